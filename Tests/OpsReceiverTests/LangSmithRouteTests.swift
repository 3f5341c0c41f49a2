import Foundation
import Testing
import OpsModel
import OpsSources
import OpsTestSupport
@testable import OpsReceiver

/// The LangSmith SDK's API, answered by the receiver: runs become spans as LangSmith run files do.
struct LangSmithRouteTests {
    static let trace = "01a20830-fcaf-7b6f-93c8-2563382ab12f"
    static let llm = "01a20830-fcbb-7f8a-a275-dd7e108a70be"

    static func run(_ id: String, parent: String? = nil, extra: String = "") -> String {
        var text = #"{"id":"\#(id)","trace_id":"\#(trace)","name":"\#(parent == nil ? "support_bot" : "ChatOpenAI")","#
            + #""run_type":"\#(parent == nil ? "chain" : "llm")","start_time":"2026-11-23T11:35:57.871802+00:00""#
        if let parent { text += #","parent_run_id":"\#(parent)""# }
        return text + extra + "}"
    }

    static let end = #","end_time":"2026-11-23T11:35:58.871802+00:00""#
    static let usage = #","outputs":{"usage_metadata":{"input_tokens":412,"output_tokens":38,"#
        + #""input_token_details":{"cache_read":256}}},"extra":{"metadata":{"ls_model_name":"gpt-4o-mini"}}"#

    func request(_ receiver: RunningReceiver, _ method: String, _ path: String, contentType: String = "application/json",
                 headers: [(String, String)] = [], body: String = "") throws -> RawHTTP.Response {
        let client = try RawHTTP(port: receiver.port)
        client.send(RawHTTP.request(method, path: path, headers: [("Content-Type", contentType)] + headers,
                                    body: Array(body.utf8)))
        return try client.readResponse()
    }

    @Test func infoAdvertisesMultipartWithoutCompression() throws {
        let receiver = try RunningReceiver()
        let answer = try request(receiver, "GET", "/info")
        #expect(answer.status == 200)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
        let config = try #require(json["batch_ingest_config"] as? [String: Any])
        #expect(config["use_multipart_endpoint"] as? Bool == true)
        #expect((json["instance_flags"] as? [String: Any])?["zstd_compression_enabled"] as? Bool == false)
    }

    @Test func aPostThenItsPatchBecomeOneSpanAndABatchGivesTheTree() throws {
        let receiver = try RunningReceiver()
        #expect(try request(receiver, "POST", "/runs", body: Self.run(Self.trace)).status == 202)
        #expect(receiver.drain() == 0)  // held until its end arrives
        let batch = #"{"post":["# + Self.run(Self.llm, parent: Self.trace, extra: Self.end + Self.usage) + "]}"
        #expect(try request(receiver, "POST", "/runs/batch", body: batch).status == 202)
        let patch = #"{"end_time":"2026-11-23T11:35:59.000000+00:00","outputs":{"answer":"ok"}}"#
        #expect(try request(receiver, "PATCH", "/runs/\(Self.trace)", body: patch).status == 202)
        receiver.drain()
        let spans = receiver.received.values.sorted { $0.name < $1.name }
        #expect(spans.map(\.name) == ["ChatOpenAI", "support_bot"])
        #expect(spans[0].usage == TokenUsage(input: 412, output: 38, cacheRead: 256))
        #expect(spans[0].parentID == spans[1].spanID)
        #expect(spans[1].durationNanos == 1_128_198_000)
        #expect(receiver.status?.note.contains("2 spans") == true)
    }

    @Test func multipartPartsAreJoinedIntoRuns() throws {
        let receiver = try RunningReceiver()
        let boundary = "b0undary"
        func part(_ name: String, _ json: String) -> String {
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(json.utf8.count)\r\n\r\n\(json)\r\n"
        }
        let body = part("post.\(Self.llm)", Self.run(Self.llm, parent: Self.trace, extra: Self.end))
            + part("post.\(Self.llm).outputs", #"{"usage_metadata":{"input_tokens":7,"output_tokens":3}}"#)
            + part("post.\(Self.llm).extra", #"{"metadata":{"ls_model_name":"gpt-4o"}}"#)
            + part("attachment.\(Self.llm).image", #"not json at all"#)
            + "--\(boundary)--\r\n"
        let answer = try request(receiver, "POST", "/runs/multipart",
                                 contentType: "multipart/form-data; boundary=\(boundary)", body: body)
        #expect(answer.status == 202, "\(String(decoding: answer.body, as: UTF8.self))")
        receiver.drain()
        let span = try #require(receiver.received.values.first)
        #expect(span.usage == TokenUsage(input: 7, output: 3))
        #expect(span.model == "gpt-4o")
    }

    @Test func hostileRequestsAreRefusedWithAReason() throws {
        let receiver = try RunningReceiver()
        let noBoundary = try request(receiver, "POST", "/runs/multipart", contentType: "multipart/form-data", body: "x")
        #expect(noBoundary.status == 415)
        let broken = try request(receiver, "POST", "/runs/multipart", contentType: "multipart/form-data; boundary=zz",
                                 body: "--zz\r\nContent-Disposition: form-data; name=\"post.1\"\r\n\r\n{\"id\":")
        #expect(broken.status == 400)
        #expect(String(decoding: broken.body, as: UTF8.self).contains("closing boundary"))
        #expect(try request(receiver, "POST", "/runs/batch", body: "[1,2]").status == 400)
        #expect(try request(receiver, "POST", "/runs", body: #"{"id":"x","start_time":"yesterday"}"#).status == 400)
        #expect(try request(receiver, "PATCH", "/runs/\(Self.trace)", body: "null").status == 400)
        let zstd = try request(receiver, "POST", "/runs/batch", headers: [("Content-Encoding", "zstd")], body: "{}")
        #expect(zstd.status == 415)
        #expect(try request(receiver, "GET", "/runs/batch").status == 404)
        receiver.drain()
        #expect(receiver.received.isEmpty)
    }

    @Test func theTokenMayComeAsLangSmithsApiKeyHeader() throws {
        let receiver = try RunningReceiver { $0.token = BearerToken("s3cret") }
        #expect(try request(receiver, "GET", "/info").status == 401)
        #expect(try request(receiver, "GET", "/info", headers: [("x-api-key", "wrong")]).status == 401)
        #expect(try request(receiver, "GET", "/info", headers: [("x-api-key", "s3cret")]).status == 200)
        #expect(try request(receiver, "GET", "/info", headers: [("Authorization", "Bearer s3cret")]).status == 200)
    }
}

extension LangSmithRouteTests {
    @Test func gzipBodiesAndTheSelfHostedPrefixAreTaken() throws {
        let receiver = try RunningReceiver()
        let batch = #"{"post":["# + Self.run(Self.llm, parent: Self.trace, extra: Self.end + Self.usage) + "]}"
        let client = try RawHTTP(port: receiver.port)
        client.send(RawHTTP.request("POST", path: "/api/v1/runs/batch",
                                    headers: [("Content-Type", "application/json"), ("Content-Encoding", "gzip")],
                                    body: Gzip.compress(Array(batch.utf8))))
        #expect(try client.readResponse().status == 202)
        #expect(try request(receiver, "POST", "/runs/batch", body: "{}").status == 202)
        receiver.drain()
        #expect(receiver.received.count == 1)
    }

    @Test func aBodyOverTheLimitIsRefusedUnread() throws {
        let receiver = try RunningReceiver { $0.maxBodyBytes = 64 }
        let answer = try request(receiver, "POST", "/runs/batch", body: String(repeating: " ", count: 100) + "{}")
        #expect(answer.status == 413)
        #expect(answer.headers["connection"] == "close")
    }
}
