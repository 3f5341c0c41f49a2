import Foundation
import Glibc
import Synchronization

/// A one-thread HTTP/1.1 server on 127.0.0.1 that answers every request as `reply` says, for hostile-response tests.
final class CannedHTTPServer: @unchecked Sendable {
    enum Reply: Sendable {
        case answer(status: Int, contentType: String, body: String)
        /// Headers without a length, then `bytes` of filler in chunks, then close.
        case endless(bytes: Int)
        /// Headers and `prefix` of a body that claims to be longer, then silence until the client gives up.
        case stall(prefix: String)
        /// A gzip body (`Content-Encoding: gzip`): `member` sent `copies` times (RFC 1952 allows many members).
        case gzip(member: [UInt8], copies: Int, contentType: String)
    }

    let port: Int
    private let socket: Int32
    private let reply: Reply
    private let requests = Mutex([String]())
    private let stopped = Atomic<Bool>(false)

    init(_ reply: Reply) throws {
        self.reply = reply
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socket = socket
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        guard bound == 0, listen(socket, 16) == 0 else { throw CannedServerError() }
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    var url: URL { URL(string: "http://127.0.0.1:\(port)") ?? URL(fileURLWithPath: "/") }

    /// The raw requests received so far (headers and body).
    var received: [String] { requests.withLock { $0 } }

    func stop() {
        stopped.store(true, ordering: .relaxed)
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func serve() {
        while !stopped.load(ordering: .relaxed) {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            let thread = Thread { [self] in handle(client) }
            thread.start()
        }
    }

    private func handle(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { return }
            request.append(contentsOf: buffer[0..<count])
            let text = String(decoding: request, as: UTF8.self)
            guard let headerEnd = text.range(of: "\r\n\r\n") else { continue }
            let headers = text[..<headerEnd.lowerBound].lowercased()
            let length =
                headers.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) } ?? 0
            if text.utf8.distance(from: text.utf8.startIndex, to: headerEnd.upperBound) + length <= request.count {
                requests.withLock { $0.append(text) }
                break
            }
        }
        switch reply {
        case let .answer(status, contentType, body):
            send(
                client,
                "HTTP/1.1 \(status) Canned\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
            )
        case let .endless(bytes):
            send(
                client,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"status\":\"success\","
            )
            let chunk = [UInt8](repeating: 0x20, count: 65_536)
            var sent = 0
            while sent < bytes {
                let written = chunk.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
                guard written > 0 else { return }
                sent += written
            }
        case let .gzip(member, copies, contentType):
            send(
                client,
                "HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Encoding: gzip\r\n"
                    + "Content-Length: \(member.count * copies)\r\nConnection: close\r\n\r\n")
            for _ in 0..<copies {
                let written = member.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
                guard written == member.count else { return }
            }
        case let .stall(prefix):
            send(client, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n\(prefix)")
            var waited = 0
            while !stopped.load(ordering: .relaxed) && waited < 200 {
                usleep(50_000)
                waited += 1
                var probe: UInt8 = 0
                if recv(client, &probe, 1, Int32(MSG_DONTWAIT)) == 0 { return }
            }
        }
    }

    private func send(_ client: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            offset += written
        }
    }
}

struct CannedServerError: Error {}
