import Foundation
import OpsModel
import OpsSources
import Testing

private func failure(_ result: Result<PrometheusAPIResponse, PrometheusQueryError>) -> PrometheusQueryError? {
    if case let .failure(error) = result { return error }
    return nil
}

@Suite(.serialized) struct PrometheusClientTests {
    @Test func aQueryIsAFormPostWithTheBearerTokenAndItsVectorIsRead() throws {
        let server = try CannedHTTPServer(
            .answer(
                status: 200, contentType: "application/json",
                body:
                    #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"model":"m"},"value":[1795447363.5,"2.75"]}]}}"#
            ))
        defer { server.stop() }
        let client = PrometheusClient(server: PrometheusServer(baseURL: server.url, bearerToken: "s3cret"))
        let response = try client.query(#"sum by (model) (x{job="a b"})"#, at: 1_795_447_363.5).get()
        #expect(response.series.first?.value == 2.75)
        #expect(response.series.first?.labels == [Label("model", "m")])
        let request = server.received.first ?? ""
        #expect(request.hasPrefix("POST /api/v1/query HTTP/1.1"))
        #expect(request.lowercased().contains("authorization: bearer s3cret"))
        #expect(request.hasSuffix("query=sum%20by%20%28model%29%20%28x%7Bjob%3D%22a%20b%22%7D%29&time=1795447363.500"))
    }

    @Test func aRangeQueryPostsStartEndAndStepAndReadsTheMatrix() throws {
        let server = try CannedHTTPServer(
            .answer(
                status: 200, contentType: "application/json",
                body:
                    #"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[60,"1"],[120,"+Inf"]]}]}}"#
            ))
        defer { server.stop() }
        let client = PrometheusClient(server: PrometheusServer(baseURL: server.url))
        let response = try client.queryRange("up", start: 60, end: 120, step: 60).get()
        #expect(response.series.first?.points == [.init(time: 60, value: 1), .init(time: 120, value: .infinity)])
        let request = server.received.first ?? ""
        #expect(request.hasPrefix("POST /api/v1/query_range HTTP/1.1"))
        #expect(request.hasSuffix("query=up&start=60.000&end=120.000&step=60.000"))
    }

    @Test func anHTMLErrorPageIsAnHTTPErrorWithItsFirstLine() throws {
        let server = try CannedHTTPServer(
            .answer(status: 502, contentType: "text/html", body: "<html><body>502 Bad Gateway</body></html>\nmore"))
        defer { server.stop() }
        let error = failure(PrometheusClient(server: PrometheusServer(baseURL: server.url)).query("up"))
        #expect(error == .http(status: 502, body: "<html><body>502 Bad Gateway</body></html>"))
        #expect(error?.description == "HTTP 502: <html><body>502 Bad Gateway</body></html>")
    }

    @Test func theServersOwnErrorEnvelopeIsShownAsItsReason() throws {
        let server = try CannedHTTPServer(
            .answer(
                status: 400, contentType: "application/json",
                body:
                    #"{"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:6: parse error"}"#
            ))
        defer { server.stop() }
        let error = failure(PrometheusClient(server: PrometheusServer(baseURL: server.url)).query("up{"))
        #expect(error == .api(.rejected(type: "bad_data", message: #"invalid parameter "query": 1:6: parse error"#)))
    }

    @Test func aBodyThatIsNotTheAPIsJSONIsRefused() throws {
        let server = try CannedHTTPServer(.answer(status: 200, contentType: "text/plain", body: "# HELP up\nup 1\n"))
        defer { server.stop() }
        let error = failure(PrometheusClient(server: PrometheusServer(baseURL: server.url)).query("up"))
        #expect(error == .api(.notAPIResponse("body does not start with a JSON object (begins '# HELP up up 1 ')")))
    }

    @Test func aBodyPastTwentyMegabytesIsCutOffWhileStreaming() throws {
        let server = try CannedHTTPServer(.endless(bytes: 21_000_000))
        defer { server.stop() }
        let error = failure(PrometheusClient(server: PrometheusServer(baseURL: server.url)).query("up"))
        guard case let .api(.tooLarge(bytes, limit))? = error else {
            Issue.record("expected tooLarge, got \(String(describing: error))")
            return
        }
        #expect(limit == 20_000_000)
        #expect(bytes > 20_000_000)
    }

    @Test func aServerThatStallsMidBodyTimesOut() throws {
        let server = try CannedHTTPServer(.stall(prefix: #"{"status":"succ"#))
        defer { server.stop() }
        let client = PrometheusClient(server: PrometheusServer(baseURL: server.url, timeoutSeconds: 1))
        let error = failure(client.query("up"))
        #expect(error == .timedOut(seconds: 1))
        #expect(error?.description == "no answer within 1 s")
    }

    @Test func aRefusedConnectionSaysWhere() throws {
        let server = try CannedHTTPServer(.answer(status: 200, contentType: "text/plain", body: ""))
        let port = server.port
        server.stop()
        let client = PrometheusClient(
            server: PrometheusServer(baseURL: try #require(URL(string: "http://127.0.0.1:\(port)"))))
        #expect(failure(client.query("up")) == .refused("127.0.0.1:\(port)"))
    }

    @Test func serverURLsAreCheckedAndJoinedUnderAPathPrefix() {
        #expect((try? PrometheusServer.parse("https://prom.example/prometheus/").get())?.host == "prom.example")
        #expect((try? PrometheusServer.parse("prom:9090").get()) == nil)
        #expect((try? PrometheusServer.parse("http://prom:9090/?x=1").get()) == nil)
    }

    @Test func retriesBackOffByDoublingUpToThirtySeconds() {
        let delays = (0...6).map { PrometheusFleetSource.delay(intervalSeconds: 5, failures: $0) }
        #expect(delays == [5, 10, 20, 30, 30, 30, 30])
        #expect(PrometheusFleetSource.delay(intervalSeconds: 60, failures: 3) == 60)
        #expect(PrometheusFleetSource.delay(intervalSeconds: 1, failures: 2) == 4)
    }
}
