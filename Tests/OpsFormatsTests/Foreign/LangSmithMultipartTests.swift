import Testing
@testable import OpsModel
@testable import OpsFormats

/// The SDK's multipart body, read part by part; what is not a run part is skipped, what is broken is said.
struct LangSmithMultipartTests {
    static func body(_ parts: [(String, String)], boundary: String = "XyZ") -> [UInt8] {
        var text = ""
        for (name, json) in parts {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n"
                + "Content-Type: application/json\r\n\r\n\(json)\r\n"
        }
        return Array((text + "--\(boundary)--\r\n").utf8)
    }

    @Test func partsBecomeRunsWithTheirFieldsInFirstSeenOrder() throws {
        let batch = try LangSmithMultipart.batch(Self.body([
            ("post.a", #"{"name":"root"}"#), ("post.a.inputs", #"{"q":"?"}"#), ("patch.b", #"{"end_time":"x"}"#),
            ("post.a.error", #""boom""#), ("feedback.a", #"{"score":1}"#), ("post.a.unknown", #"{"x":1}"#),
            ("post.c.outputs", #"{"o":1}"#),
        ]), boundary: "XyZ")
        #expect(batch.compact == #"{"post":[{"id":"a","name":"root","inputs":{"q":"?"},"error":"boom"},"#
            + #"{"id":"c","outputs":{"o":1}}],"patch":[{"id":"b","end_time":"x"}]}"#)
    }

    @Test func boundariesAreReadFromTheContentType() {
        #expect(LangSmithMultipart.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(LangSmithMultipart.boundary(contentType: #"Multipart/Form-Data;boundary="a b""#) == "a b")
        #expect(LangSmithMultipart.boundary(contentType: "multipart/form-data") == nil)
        #expect(LangSmithMultipart.boundary(contentType: "application/json; boundary=abc") == nil)
        #expect(LangSmithMultipart.boundary(contentType: "multipart/form-data; boundary=") == nil)
        let long = String(repeating: "b", count: 201)
        #expect(LangSmithMultipart.boundary(contentType: "multipart/form-data; boundary=\(long)") == nil)
        // Found by the langsmith-multipart fuzz target: the limit counted characters, so 121 replacement
        // characters (363 bytes) passed as a boundary.
        let replaced = "a" + String(repeating: "\u{FFFD}", count: 121)
        #expect(LangSmithMultipart.boundary(contentType: "multipart/form-data; boundary=\(replaced)") == nil)
    }

    @Test func brokenBodiesSayWhatIsWrong() {
        func problem(_ body: [UInt8]) -> String? {
            do {
                _ = try LangSmithMultipart.batch(body, boundary: "XyZ")
                return nil
            } catch {
                return error.reason
            }
        }
        #expect(problem(Array("no boundary here".utf8)) == "no multipart boundary 'XyZ' in the body")
        #expect(problem(Array("--XyZ\r\nContent-Disposition: form-data; name=\"post.a\"".utf8))
            == "a multipart part without its headers")
        #expect(problem(Array("--XyZ\r\nContent-Disposition: form-data; name=\"post.a\"\r\n\r\n{}".utf8))
            == "the multipart body ends inside a part (no closing boundary)")
        #expect(problem(Self.body([("post.a", "[1]")])) == "part post.a is not a JSON object")
        #expect(problem(Self.body([("post.a", "{")]))?.hasPrefix("part post.a: ") == true)
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(problem(Self.body([("post.a.inputs", deep)]))?.hasPrefix("part post.a.inputs: ") == true)
        #expect(problem(Array("--XyZ".utf8)) == "a multipart part without its headers")
        #expect(problem([]) == "no multipart boundary 'XyZ' in the body")
    }

    /// Found by the langsmith-multipart fuzz target: a part with no headers trapped on a reversed range.
    @Test func aPartWithoutHeadersIsSkipped() throws {
        let headless = try LangSmithMultipart.batch(Array("--XyZ\r\n\r\n{}\r\n--XyZ--\r\n".utf8), boundary: "XyZ")
        #expect(headless.compact == #"{"post":[],"patch":[]}"#)
        let found = Array("--XyZ-\nContent-Disposition: form-data; namost.a\"\r\n\r\n{}".utf8)
        #expect(throws: ForeignProblem.self) { try LangSmithMultipart.batch(found, boundary: "XyZ") }
        let afterRun = Self.body([("post.a", #"{"name":"root"}"#)]).dropLast("--XyZ--\r\n".utf8.count)
            + Array("--XyZ\r\n\r\n[1]\r\n--XyZ--\r\n".utf8)
        #expect(try LangSmithMultipart.batch(Array(afterRun), boundary: "XyZ").compact == #"{"post":[{"id":"a","name":"root"}],"patch":[]}"#)
    }

    @Test func theSDKsOwnBodyBecomesItsThreeRuns() throws {
        #expect(LangSmithMultipart.boundary(contentType: LangSmithSDKMultipartSample.contentType)
            == LangSmithSDKMultipartSample.boundary)
        #expect(LangSmithSDKMultipartSample.body.count == 5813, "the captured body's length")
        let batch = try LangSmithMultipart.batch(LangSmithSDKMultipartSample.body, boundary: LangSmithSDKMultipartSample.boundary)
        guard case let .object(object) = batch, case let .array(posts)? = object["post"], case let .array(patches)? = object["patch"]
        else { Issue.record("not a batch: \(batch.compact.prefix(200))"); return }
        #expect(patches.isEmpty)
        let runs = posts.compactMap { post -> JSONObject? in if case let .object(run) = post { run } else { nil } }
        #expect(runs.map { $0["name"] } == [.string("support_bot"), .string("chat"), .string("lookup_order")])
        #expect(runs.map { $0.members.map(\.key).filter { LangSmithMultipart.fields.contains(Substring($0)) } } == [
            ["inputs", "outputs", "events", "extra"], ["inputs", "outputs", "events", "extra", "serialized"],
            ["inputs", "outputs", "events", "extra"],
        ])

        var receiver = LangSmithRunReceiver(keepContent: false)
        var spans: [Span] = []
        let receipt = receiver.receiveMultipart(LangSmithSDKMultipartSample.body, boundary: LangSmithSDKMultipartSample.boundary) {
            if case let .span(span) = $0 { spans.append(span) }
        }
        #expect(receipt == LangSmithRunReceiver.Receipt(spans: 3))
        let llm = try #require(spans.first { $0.name == "chat" })
        #expect(llm.usage == TokenUsage(input: 12, output: 5))
        #expect(llm.model == "gpt-4o-mini")
        #expect(spans.first { $0.name == "lookup_order" }?.component == .tool)
    }
}
