import Foundation
import NIOCore
import OpsTestSupport
import Testing

@testable import OpsReceiver

/// A receiver that has accepted spans 1…5, so each hostile request can be followed by a check
/// that the receiver still serves and that nothing accepted before was lost.
private final class Fixture {
    let running: RunningReceiver
    private var nextSpan: UInt64 = 1
    /// Sent with every valid request (a token).
    private let headers: [(String, String)]

    init(headers: [(String, String)] = [], configure: (inout ReceiverConfiguration) -> Void = { _ in }) throws {
        self.headers = headers
        running = try RunningReceiver(configure: configure)
        try acceptSome()
    }

    private func acceptSome() throws {
        let response = try running.post(headers: headers, body: TraceRequestBuilder.request(firstSpan: nextSpan, count: 5))
        #expect(response.status == 200)
        nextSpan += 5
    }

    /// A valid request is still answered 200 and every span accepted so far is in the inbox.
    func expectStillServing() throws {
        try acceptSome()
        running.drain()
        let expected = (1..<nextSpan).map { String(format: "%016llx", $0) }
        #expect(expected.allSatisfy { running.received[$0] != nil })
        #expect(running.received.count == expected.count)
    }
}

@Test func aTruncatedProtobufIsA400AndNothingIsLost() throws {
    let fixture = try Fixture()
    let whole = TraceRequestBuilder.request(firstSpan: 500, count: 3)
    let response = try fixture.running.post(body: Array(whole.dropLast(7)))
    #expect(response.status == 400)
    #expect(String(decoding: response.body, as: UTF8.self).contains("length"))
    try fixture.expectStillServing()
}

@Test func aKnownFieldWithTheWrongWireTypeIsA400() throws {
    let fixture = try Fixture()
    // resource_spans (field 1) as a varint instead of a message.
    let response = try fixture.running.post(body: [0x08, 0x01])
    #expect(response.status == 400)
    #expect(String(decoding: response.body, as: UTF8.self).contains(
        "ExportTraceServiceRequest.resource_spans has wire type varint, expected length-delimited"))
    try fixture.expectStillServing()
}

@Test func aHugeLengthIsA400NotAnAllocation() throws {
    let fixture = try Fixture()
    let body: [UInt8] = [0x0A] + TraceRequestBuilder.varint(1 << 62) + [1, 2, 3]
    let response = try fixture.running.post(body: body)
    #expect(response.status == 400)
    #expect(String(decoding: response.body, as: UTF8.self).contains("exceeds the 3 bytes left"))
    try fixture.expectStillServing()
}

@Test func deeplyNestedProtobufIsA400() throws {
    let fixture = try Fixture()
    // An attribute value that is an array holding an array … 200 levels down.
    var value: [UInt8] = TraceRequestBuilder.field(1, Array("leaf".utf8))
    for _ in 0..<200 { value = TraceRequestBuilder.field(5, TraceRequestBuilder.field(1, value)) }
    let attribute = TraceRequestBuilder.field(1, Array("deep".utf8)) + TraceRequestBuilder.field(2, value)
    let span = TraceRequestBuilder.span(trace: 900, span: 900) + TraceRequestBuilder.field(9, attribute)
    let response = try fixture.running.post(body: TraceRequestBuilder.request(spans: [span]))
    #expect(response.status == 400)
    #expect(String(decoding: response.body, as: UTF8.self).contains("nested deeper than 64 levels"))
    try fixture.expectStillServing()
}

@Test func deeplyNestedJSONIsA400() throws {
    let fixture = try Fixture()
    let body = Array(("{\"resourceSpans\":" + String(repeating: "[", count: 100_000)).utf8)
    let response = try fixture.running.post(contentType: "application/json", body: body)
    #expect(response.status == 400)
    #expect(response.text == #"{"code":3,"message":"OTLP/JSON: JSON nested deeper than 64 levels"}"#)
    try fixture.expectStillServing()
}

@Test func aOneGigabyteContentLengthIsA413AtOnceWithNothingRead() throws {
    let fixture = try Fixture()
    let client = try RawHTTP(port: fixture.running.port)
    client.send("POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
        + "Content-Length: 1073741824\r\n\r\n")
    let response = try client.readResponse()
    #expect(response.status == 413)
    #expect(response.headers["connection"] == "close")
    #expect(String(decoding: response.body, as: UTF8.self).contains(
        "Content-Length 1073741824 is over the 16 MB limit (--max-body)"))
    #expect(client.isClosedByPeer())
    try fixture.expectStillServing()
}

@Test func aStreamedBodyOverTheLimitIsA413() throws {
    let fixture = try Fixture { $0.maxBodyBytes = 64 * 1024 }
    let client = try RawHTTP(port: fixture.running.port)
    client.send("POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n")
    let chunk = [UInt8](repeating: 0x0A, count: 16 * 1024)
    for _ in 0..<5 { client.send(Array("4000\r\n".utf8) + chunk + Array("\r\n".utf8)) }
    let response = try client.readResponse()
    #expect(response.status == 413)
    #expect(String(decoding: response.body, as: UTF8.self).contains("request body is larger than the 64 KB limit"))
    try fixture.expectStillServing()
}

@Test func aChunkedBodyIsAccepted() throws {
    let fixture = try Fixture()
    let body = TraceRequestBuilder.request(firstSpan: 700, count: 2)
    let client = try RawHTTP(port: fixture.running.port)
    var request = Array(("POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n").utf8)
    let middle = body.count / 2
    for part in [body[..<middle], body[middle...]] {
        request += Array((String(part.count, radix: 16) + "\r\n").utf8) + part + Array("\r\n".utf8)
    }
    request += Array("0\r\n\r\n".utf8)
    client.send(request)
    #expect(try client.readResponse().status == 200)
    fixture.running.drain()
    #expect(fixture.running.received["00000000000002bc"] != nil)  // span 700
    #expect(fixture.running.received["00000000000002bd"] != nil)
}

@Test func aSlowLorisBodyIsCutOffAfterTheIdleTimeout() throws {
    let fixture = try Fixture { $0.bodyIdleTimeout = .milliseconds(300) }
    let client = try RawHTTP(port: fixture.running.port)
    client.send("POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
        + "Content-Length: 1000\r\n\r\n0123456789")
    let response = try client.readResponse()
    #expect(response.status == 408)
    #expect(client.isClosedByPeer())
    #expect(fixture.running.receiver.statistics.shed == 1)
    try fixture.expectStillServing()
}

@Test func aMissingOrWrongTokenIsA401() throws {
    let fixture = try Fixture(headers: [("Authorization", "Bearer open-sesame")]) {
        $0.token = BearerToken("open-sesame")
    }
    #expect(fixture.running.drain() == 5)
    let body = TraceRequestBuilder.request(firstSpan: 800, count: 1)
    let missing = try fixture.running.post(body: body)
    #expect(missing.status == 401)
    #expect(missing.headers["www-authenticate"] == "Bearer")
    let wrong = try fixture.running.post(headers: [("Authorization", "Bearer open-sesamE")], body: body)
    #expect(wrong.status == 401)
    #expect(fixture.running.drain() == 0)
    let otherScheme = try fixture.running.post(headers: [("Authorization", "Basic open-sesame")], body: body)
    #expect(otherScheme.status == 401)
    #expect(fixture.running.drain() == 0)
    #expect(fixture.running.receiver.statistics.unauthorized == 3)
    try fixture.expectStillServing()
}

@Test func aGzipBombIsA413OnItsInflatedSize() throws {
    let fixture = try Fixture { $0.maxBodyBytes = 1024 * 1024 }
    let bomb = Gzip.compress([UInt8](repeating: 0, count: 32 << 20), level: 9)
    #expect(bomb.count < 64 * 1024)
    let response = try fixture.running.post(headers: [("Content-Encoding", "gzip")], body: bomb)
    #expect(response.status == 413)
    #expect(String(decoding: response.body, as: UTF8.self).contains(
        "inflated request body is larger than the 1 MB limit (--max-body)"))
    try fixture.expectStillServing()
}

@Test func aDamagedGzipBodyIsA400() throws {
    let fixture = try Fixture()
    var damaged = Gzip.compress(TraceRequestBuilder.request(firstSpan: 600, count: 3))
    damaged[12] ^= 0xFF
    damaged[13] ^= 0xFF
    let response = try fixture.running.post(headers: [("Content-Encoding", "gzip")], body: damaged)
    #expect(response.status == 400)
    try fixture.expectStillServing()
}

@Test func anUnknownContentTypeIsA415() throws {
    let fixture = try Fixture()
    let response = try fixture.running.post(contentType: "application/grpc", body: [0, 0, 0, 0, 0])
    #expect(response.status == 415)
    try fixture.expectStillServing()
}

@Test func garbageThatIsNotHTTPIsA400() throws {
    let fixture = try Fixture()
    let client = try RawHTTP(port: fixture.running.port)
    client.send("\u{01}\u{02}GARBAGE \r\n\r\n")
    #expect(try client.readResponse().status == 400)
    try fixture.expectStillServing()
}

/// Past the limit a new connection is served and the oldest idle one is closed to make room
/// (refusing the newcomer let idle connections lock every exporter out).
@Test func connectionsBeyondTheLimitCloseTheOldestIdleOne() throws {
    let fixture = try Fixture { $0.maxConnections = 2 }
    // Wait (without asserting on time) until the fixture's own connection is gone.
    var tries = 0
    while tries < 200, fixture.running.receiver.openConnections > 0 {
        usleep(10_000)
        tries += 1
    }
    let first = try RawHTTP(port: fixture.running.port)
    let second = try RawHTTP(port: fixture.running.port)
    first.send(RawHTTP.request(path: "/v1/none", body: []))
    #expect(try first.readResponse().status == 404)
    second.send(RawHTTP.request(path: "/v1/none", body: []))
    #expect(try second.readResponse().status == 404)
    let third = try RawHTTP(port: fixture.running.port, receiveTimeoutSeconds: 5)
    third.send(RawHTTP.request(path: "/v1/none", body: []))
    #expect(try third.readResponse().status == 404)
    #expect(first.isClosedByPeer())
    _ = (second, third)
    #expect(fixture.running.receiver.openConnections <= 2)
}

@Test func aHeadTrickledOneByteAtATimeIsCutOffAtTheRequestDeadline() throws {
    let fixture = try Fixture {
        $0.requestDeadline = .milliseconds(500)
        $0.bodyIdleTimeout = .seconds(30)
    }
    let client = try RawHTTP(port: fixture.running.port, receiveTimeoutSeconds: 1)
    client.send("POST /v1/traces HTTP/1.1\r\nHost: x\r\n")
    // One header byte every 100 ms: never idle, never done. Stops once the receiver hangs up.
    var stillOpen = true
    var sent = 0
    while stillOpen && sent < 300 {
        stillOpen = client.send([UInt8(ascii: "X")])
        usleep(100_000)
        sent += 1
    }
    #expect(!stillOpen || client.isClosedByPeer())
    #expect(sent < 300)
    try fixture.expectStillServing()
}
