import Foundation
import OpsModel
import OpsSources
import OpsTestSupport
import Testing

@testable import OpsReceiver

/// Reads a protobuf message's top-level fields: varints as numbers, length-delimited as bytes.
private func fields(_ bytes: [UInt8]) -> [UInt32: [UInt8]] {
    var out: [UInt32: [UInt8]] = [:]
    var index = 0
    func varint() -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }
    while index < bytes.count {
        let key = varint()
        if key & 7 == 0 {
            out[UInt32(key >> 3)] = TraceRequestBuilder.varint(varint())
        } else {
            let length = Int(varint())
            out[UInt32(key >> 3)] = Array(bytes[index..<Swift.min(index + length, bytes.count)])
            index += length
        }
    }
    return out
}

@Test func aProtobufExportIsAnsweredWithAnEmptyResponseAndItsSpansArrive() throws {
    let running = try RunningReceiver()
    let response = try running.post(body: TraceRequestBuilder.request(firstSpan: 1, count: 3))
    #expect(response.status == 200)
    #expect(response.headers["content-type"] == "application/x-protobuf")
    #expect(response.body.isEmpty)
    #expect(running.drain() == 3)
    let span = try #require(running.received["0000000000000002"])
    #expect(span.name == "chat gpt-4o-mini")
    #expect(span.requestModel == "gpt-4o-mini")
    #expect(span.usage.input == 10)
    #expect(span.usage.output == 5)
    #expect(span.serviceName == "svc")
    #expect(span.endNanos - span.startNanos == 100_000_000)
}

@Test func aJSONExportIsAnsweredWithAnEmptyJSONObject() throws {
    let running = try RunningReceiver()
    let body = """
        {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"bot"}}]},
        "scopeSpans":[{"spans":[{"traceId":"0102030405060708090a0b0c0d0e0f10","spanId":"0102030405060708",
        "name":"chat","startTimeUnixNano":"1795000000000000000","endTimeUnixNano":"1795000000250000000",
        "attributes":[{"key":"gen_ai.usage.input_tokens","value":{"intValue":"42"}}],"status":{"code":2}}]}]}]}
        """
    let response = try running.post(contentType: "application/json; charset=utf-8", body: Array(body.utf8))
    #expect(response.status == 200)
    #expect(response.headers["content-type"] == "application/json")
    #expect(response.text == "{}")
    running.drain()
    let span = try #require(running.received["0102030405060708"])
    #expect(span.usage.input == 42)
    #expect(span.status == .error)
    #expect(span.serviceName == "bot")
}

@Test func rejectedSpansGiveAPartialSuccessInProtobuf() throws {
    let running = try RunningReceiver()
    let body = TraceRequestBuilder.request(spans: [
        TraceRequestBuilder.span(trace: 1, span: 1), TraceRequestBuilder.span(trace: 2, span: 2, badTraceID: true),
        TraceRequestBuilder.span(trace: 3, span: 3),
    ])
    let response = try running.post(body: body)
    #expect(response.status == 200)
    let partial = fields(try #require(fields(response.body)[1]))
    #expect(partial[1] == [1])  // rejected_spans = 1
    let message = String(decoding: partial[2] ?? [], as: UTF8.self)
    #expect(message == "1 span rejected: span 1 'chat gpt-4o-mini': trace_id must be 16 bytes, got 5")
    #expect(running.drain() == 2)
}

@Test func rejectedSpansGiveAPartialSuccessInJSON() throws {
    let running = try RunningReceiver()
    let body = """
        {"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"zz","spanId":"0102030405060708","name":"bad",
        "startTimeUnixNano":"1795000000000000000","endTimeUnixNano":"1795000000250000000"}]}]}]}
        """
    let response = try running.post(contentType: "application/json", body: Array(body.utf8))
    #expect(response.status == 200)
    #expect(response.text == """
        {"partialSuccess":{"rejectedSpans":"1","errorMessage":"1 span rejected: span 0 'bad': traceId 'zz' is not hex (OTLP/JSON ids are hex, not base64)"}}
        """)
}

@Test func anUnreadableProtobufBodyIsA400WithAStatusMessage() throws {
    let running = try RunningReceiver()
    let response = try running.post(body: [0x0A, 0x05, 0x01])
    #expect(response.status == 400)
    #expect(response.headers["content-type"] == "application/x-protobuf")
    let status = fields(response.body)
    #expect(status[1] == [3])  // INVALID_ARGUMENT
    #expect(String(decoding: status[2] ?? [], as: UTF8.self)
        == "OTLP protobuf: protobuf byte 1: length 5 exceeds the 1 bytes left in the message")
}

@Test func unknownPathsMethodsAndContentTypesAreRefusedAndTheConnectionStaysUsable() throws {
    let running = try RunningReceiver()
    let client = try RawHTTP(port: running.port)
    client.send(RawHTTP.request(path: "/v1/profiles", headers: [("Content-Type", "application/json")], body: [1, 2]))
    let notFound = try client.readResponse()
    #expect(notFound.status == 404)
    #expect(notFound.text == #"{"code":5,"message":"no such path; OTLP/HTTP uses POST /v1/traces, /v1/metrics and /v1/logs"}"#)
    client.send(RawHTTP.request("PUT", headers: [("Content-Type", "application/json")], body: []))
    let wrongMethod = try client.readResponse()
    #expect(wrongMethod.status == 405)
    #expect(wrongMethod.headers["allow"] == "POST")
    client.send(RawHTTP.request(headers: [("Content-Type", "text/plain")], body: Array("hello".utf8)))
    let wrongType = try client.readResponse()
    #expect(wrongType.status == 415)
    #expect(wrongType.text.contains("Content-Type 'text/plain' is not OTLP"))
    client.send(RawHTTP.request(headers: [("Content-Type", "application/x-protobuf"), ("Content-Encoding", "br")],
                                body: [1]))
    #expect(try client.readResponse().status == 415)
    client.send(RawHTTP.request(headers: [("Content-Type", "application/x-protobuf")],
                                body: TraceRequestBuilder.request(firstSpan: 7, count: 1)))
    #expect(try client.readResponse().status == 200)
    #expect(running.drain() == 1)
}

@Test func aGzipBodyIsInflated() throws {
    let running = try RunningReceiver()
    let body = Gzip.compress(TraceRequestBuilder.request(firstSpan: 1, count: 20))
    let response = try running.post(headers: [("Content-Encoding", "gzip")], body: body)
    #expect(response.status == 200)
    #expect(running.drain() == 20)
}

@Test func theStatusLineCountsRequestsSpansAndRejections() throws {
    let running = try RunningReceiver()
    _ = try running.post(body: TraceRequestBuilder.request(firstSpan: 1, count: 4))
    _ = try running.post(body: [0xFF])
    _ = try running.post(body: TraceRequestBuilder.request(spans: [
        TraceRequestBuilder.span(trace: 9, span: 9, badTraceID: true),
    ]))
    let status = try #require(running.status)
    #expect(status.name == "otlp 127.0.0.1:\(running.port)")
    #expect(status.note == "3 req · 4 spans · 2 rejected")
    #expect(status.stats.events == 4)
    #expect(status.stats.malformed == 2)
    #expect(running.receiver.statistics.badRequests == 1)
}

@Test func aFullInboxIsAnswered503WithRetryAfterInsteadOfGrowing() throws {
    let running = try RunningReceiver(inboxCapacity: 5)
    #expect(try running.post(body: TraceRequestBuilder.request(firstSpan: 1, count: 10)).status == 200)
    let shed = try running.post(body: TraceRequestBuilder.request(firstSpan: 100, count: 10))
    #expect(shed.status == 503)
    #expect(shed.headers["retry-after"] == "2")
    #expect(fields(shed.body)[1] == [14])  // UNAVAILABLE
    #expect(running.drain() == 10)
    #expect(try running.post(body: TraceRequestBuilder.request(firstSpan: 100, count: 10)).status == 200)
    #expect(running.drain() == 10)
    #expect(running.receiver.statistics.shed == 1)
}

@Test func metricsArriveAsScrapesInTheMetricsInbox() throws {
    let running = try RunningReceiver()
    let body = """
        {"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"bot"}}]},
        "scopeMetrics":[{"metrics":[{"name":"gen_ai.client.token.usage","unit":"{token}","sum":{
        "aggregationTemporality":2,"isMonotonic":true,"dataPoints":[{"asInt":"1234","timeUnixNano":"1795000000000000000"}]}}]}]}]}
        """
    let response = try running.post(path: "/v1/metrics", contentType: "application/json", body: Array(body.utf8))
    #expect(response.status == 200)
    #expect(response.text == "{}")
    let deliveries = running.metrics.drain()
    #expect(deliveries.count == 1)
    #expect(deliveries.first?.target == "bot")
    let family = try #require(deliveries.first?.scrape.family(named: "gen_ai_client_token_usage"))
    #expect(family.type == .counter)
    #expect(family.series.first?.value == 1234)
    #expect(family.series.first?.labels == [Label("job", "bot")])
}

@Test func listenAddressesAndSizesParse() {
    #expect(ListenAddress(parsing: "127.0.0.1:4318") == ListenAddress(host: "127.0.0.1", port: 4318))
    #expect(ListenAddress(parsing: ":4318") == ListenAddress(host: "127.0.0.1", port: 4318))
    #expect(ListenAddress(parsing: "4318") == ListenAddress(host: "127.0.0.1", port: 4318))
    #expect(ListenAddress(parsing: "[::1]:4318") == ListenAddress(host: "::1", port: 4318))
    #expect(ListenAddress(parsing: "0.0.0.0:0") == ListenAddress(host: "0.0.0.0", port: 0))
    #expect(ListenAddress(parsing: "host:70000") == nil)
    #expect(ListenAddress(parsing: "host:") == nil)
    #expect(ListenAddress(parsing: "::1:4318") == nil)
    #expect(ByteSize.parse("16MB") == 16 * 1024 * 1024)
    #expect(ByteSize.parse("512KB") == 512 * 1024)
    #expect(ByteSize.parse("1048576") == 1_048_576)
    #expect(ByteSize.parse("1.5k") == 1536)
    #expect(ByteSize.parse("0") == nil)
    #expect(ByteSize.parse("12 parsecs") == nil)
    #expect(ByteSize.describe(16 * 1024 * 1024) == "16 MB")
}

@Test func theTokenIsTrimmedAndComparedWhole() throws {
    let token = try #require(BearerToken("  s3cret\n"))
    #expect(token.accepts(authorization: "Bearer s3cret"))
    #expect(token.accepts(authorization: "bearer s3cret"))
    #expect(!token.accepts(authorization: "Bearer s3cre"))
    #expect(!token.accepts(authorization: "Bearer s3cret2"))
    #expect(!token.accepts(authorization: "Basic s3cret"))
    #expect(!token.accepts(authorization: nil))
    #expect(BearerToken(" \n") == nil)
}

@Test func anUnreadableOrEmptyTokenFileIsAClearError() throws {
    #expect(throws: ReceiverError.tokenFile(
        "cannot read the token file '/nonexistent/token'; check the path and its permissions")) {
        try BearerToken.load(path: "/nonexistent/token")
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("opstop-empty-token-\(getpid())").path
    _ = FileManager.default.createFile(atPath: path, contents: Data("\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: ReceiverError.tokenFile("the token file '\(path)' is empty; put the bearer token in it")) {
        try BearerToken.load(path: path)
    }
}

@Test func aPortInUseIsABindErrorThatSaysWhatToDo() throws {
    let first = try RunningReceiver()
    let second = OTLPReceiver(
        configuration: ReceiverConfiguration(address: ListenAddress(host: "127.0.0.1", port: first.port)),
        events: EventFeed())
    defer { second.stop() }
    #expect(throws: ReceiverError.bind(address: "127.0.0.1:\(first.port)", reason: "the port is already in use")) {
        try second.start()
    }
}

@Test func expectContinueGetsAGoAheadOrAnEarlyRefusal() throws {
    let running = try RunningReceiver()
    let body = TraceRequestBuilder.request(firstSpan: 1, count: 2)
    let client = try RawHTTP(port: running.port)
    client.send("POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
        + "Expect: 100-continue\r\nContent-Length: \(body.count)\r\n\r\n")
    let proceed = try client.readResponse()
    #expect(proceed.status == 100)
    client.send(body)
    #expect(try client.readResponse().status == 200)
    #expect(running.drain() == 2)
    let refused = try RawHTTP(port: running.port)
    refused.send("POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
        + "Expect: 100-continue\r\nContent-Length: 10\r\n\r\n")
    #expect(try refused.readResponse().status == 415)
    #expect(refused.isClosedByPeer())
}

@Test func langfuseExportsArriveOnItsOwnPathWithObservationAttributes() throws {
    let running = try RunningReceiver()
    func attribute(_ key: String, _ value: String) -> String {
        #"{"key":"\#(key)","value":{"stringValue":"\#(value.replacingOccurrences(of: "\"", with: "\\\""))"}}"#
    }
    let attributes = [
        attribute("langfuse.observation.type", "generation"),
        attribute("langfuse.observation.model.name", "gpt-4o-mini"),
        attribute("langfuse.observation.usage_details", #"{"input":1200,"output":80}"#),
        attribute("langfuse.observation.cost_details", #"{"input":0.00018,"output":0.000048,"total":0.000228}"#),
        attribute("langfuse.observation.level", "ERROR"),
        attribute("langfuse.observation.status_message", "upstream 503"),
        attribute("langfuse.observation.input", #"[{"role":"user","content":"where is my order?"}]"#),
        attribute("langfuse.user.id", "u-7"),
    ].joined(separator: ",")
    let body = """
        {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"shop"}}]},
        "scopeSpans":[{"scope":{"name":"langfuse-sdk","version":"5.0.4"},"spans":[{"traceId":"3d2bb93ef42f94ab8ef8b30afff9985f",
        "spanId":"bf0dcc9bbf65b6c8","name":"chat gpt-4o-mini","kind":1,"startTimeUnixNano":"1795433793267592544",
        "endTimeUnixNano":"1795433794267592544","attributes":[\(attributes)]}]}]}]}
        """
    let response = try running.post(
        path: "/api/public/otel/v1/traces", contentType: "application/json",
        headers: [("Authorization", "Basic cGstbGY6c2stbGY=")], body: Array(body.utf8))
    #expect(response.status == 200)
    running.drain()
    let span = try #require(running.received["bf0dcc9bbf65b6c8"])
    #expect(span.component == .llm)
    #expect(span.requestModel == "gpt-4o-mini")
    #expect(span.usage.input == 1200)
    #expect(span.usage.output == 80)
    #expect(span.reportedCostUSD == 0.000228)
    #expect(span.status == .error)
    #expect(span.error?.message == "upstream 503")
    #expect(span.userID == "u-7")
    #expect(span.content?.input == #"[{"role":"user","content":"where is my order?"}]"#)
}

@Test func exceptionAndContentEventsFromTheSDKReachTheSpan() throws {
    let running = try RunningReceiver()
    let body = """
        {"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"0102030405060708090a0b0c0d0e0f10",
        "spanId":"1112131415161718","name":"execute_tool lookup_order","startTimeUnixNano":"1795000000000000000",
        "endTimeUnixNano":"1795000000120000000","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"execute_tool"}},
        {"key":"gen_ai.tool.name","value":{"stringValue":"lookup_order"}}],"status":{"code":2},
        "events":[{"name":"gen_ai.user.message","timeUnixNano":"1795000000000000000","attributes":[
        {"key":"content","value":{"stringValue":"order 42?"}}]},
        {"name":"exception","timeUnixNano":"1795000000110000000","attributes":[
        {"key":"exception.type","value":{"stringValue":"TimeoutError"}},
        {"key":"exception.message","value":{"stringValue":"order service did not answer"}}]}]}]}]}]}
        """
    #expect(try running.post(contentType: "application/json", body: Array(body.utf8)).status == 200)
    running.drain()
    let span = try #require(running.received["1112131415161718"])
    #expect(span.component == .tool)
    #expect(span.tool == "lookup_order")
    #expect(span.error?.type == "TimeoutError")
    #expect(span.error?.message == "order service did not answer")
    #expect(span.content?.input == #"[{"role":"user","content":"order 42?"}]"#)
}
