import Foundation
import OpsTestSupport
import Testing

@testable import OpsReceiver

/// `Content-Length: 18446744073709551615` does not fit an Int: it waited for the body and got a
/// 408 after 10 s. It is over any limit: 413 at once.
@Test func aLengthNoIntegerHoldsIsA413AtOnce() throws {
    let running = try RunningReceiver()
    let client = try RawHTTP(port: running.port, receiveTimeoutSeconds: 2)
    client.send(
        "POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
            + "Content-Length: 18446744073709551615\r\n\r\n")
    let response = try client.readResponse()
    #expect(response.status == 413)
    #expect(response.text.contains("18446744073709551615"))
}

/// A valid exporter's POST on a fresh connection; the answer's status (the read gives up after 1 s).
private func exportAnsweredWithinASecond(port: Int, spans: Int) throws -> Int {
    let exporter = try RawHTTP(port: port, receiveTimeoutSeconds: 1)
    exporter.send(RawHTTP.request(
        path: "/v1/traces", headers: [("Content-Type", "application/x-protobuf")],
        body: TraceRequestBuilder.request(firstSpan: 1, count: spans)))
    return try exporter.readResponse().status
}

/// 300 idle connections (more than the 256 allowed) locked the receiver out for 120 s: valid
/// requests were closed unanswered. The oldest idle connections are closed to make room instead.
@Test func aValidExporterIsAnsweredPast300IdleConnections() throws {
    let running = try RunningReceiver()
    var idle: [RawHTTP] = []
    for _ in 0..<300 { idle.append(try RawHTTP(port: running.port, receiveTimeoutSeconds: 1)) }
    // Each one has sent nothing: wait (without asserting on time) until the receiver has seen them all.
    var tries = 0
    while tries < 300, running.receiver.openConnections + running.receiver.evictedConnections < 300 {
        usleep(10_000)
        tries += 1
    }
    #expect(try exportAnsweredWithinASecond(port: running.port, spans: 3) == 200)
    #expect(running.receiver.openConnections <= 256)
    #expect(running.receiver.evictedConnections >= 45)
    // The oldest went first: the first idle connection was closed, the newest still stands.
    #expect(idle[0].isClosedByPeer())
    _ = idle
}

/// Trickling clients (a byte at a time, never finishing a request) cannot lock it out either.
@Test func aValidExporterIsAnsweredPastTricklingConnections() throws {
    let running = try RunningReceiver { $0.maxConnections = 20 }
    var tricklers: [RawHTTP] = []
    for _ in 0..<30 {
        let client = try RawHTTP(port: running.port, receiveTimeoutSeconds: 1)
        client.send("POST /v1/traces HTTP/1.1\r\nHo")
        tricklers.append(client)
    }
    #expect(try exportAnsweredWithinASecond(port: running.port, spans: 2) == 200)
    #expect(running.receiver.openConnections <= 20)
    _ = tricklers
}

/// A chunk size of `ffffffffffffffff` waited for its data and got a 408 after 10 s: 413 on sight.
@Test(arguments: ["ffffffffffffffff", "1000001", "fffffffffffffffffffff"])
func aChunkOverTheLimitIsA413AtOnce(size: String) throws {
    let running = try RunningReceiver { $0.maxBodyBytes = 1 << 20 }
    let client = try RawHTTP(port: running.port, receiveTimeoutSeconds: 2)
    client.send(
        "POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n\(size)\r\n")
    let response = try client.readResponse()
    #expect(response.status == 413 || response.status == 400, "\(response.status) \(response.text)")
    if size.count <= 16 { #expect(response.status == 413) }
}

/// Chunked requests within the limit still go through, across pipelined requests.
@Test func chunkedRequestsWithinTheLimitAreServed() throws {
    let running = try RunningReceiver()
    let client = try RawHTTP(port: running.port, receiveTimeoutSeconds: 2)
    for first in [1, 10] {
        let body = TraceRequestBuilder.request(firstSpan: UInt64(first), count: 3)
        let half = body.count / 2
        var bytes = Array(
            ("POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + String(half, radix: 16) + "\r\n").utf8)
        bytes += body[..<half] + Array(("\r\n" + String(body.count - half, radix: 16) + "\r\n").utf8)
        bytes += body[half...] + Array("\r\n0\r\n\r\n".utf8)
        client.send(bytes)
        #expect(try client.readResponse().status == 200)
    }
}
