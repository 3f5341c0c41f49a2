import NIOCore
import NIOHTTP1

/// Answers the OTLP/HTTP requests of one connection; confined to the connection's event loop.
///
/// Errors decided from the head (404, 405, 401, 415, 503) are answered once the body has been
/// read and thrown away, so the connection stays usable; a body over the limit (by
/// `Content-Length`, while streaming, or once inflated) is answered 413 at once and the
/// connection closed without reading the rest.
final class OTLPHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private enum State {
        case idle
        case receiving(Receiving)
        /// The answer is decided; the body is read and dropped.
        case discarding(ReceiverResponse, bytes: Int, keepAlive: Bool, version: HTTPVersion)
        /// Answered early; the connection is closing.
        case closing
    }

    private struct Receiving {
        var signal: OTLPSignal
        var encoding: OTLPEncoding
        var body: RequestBody
        var keepAlive: Bool
        var version: HTTPVersion
        var deadline: NIODeadline
    }

    private let service: ReceiverService
    private var state = State.idle
    /// Idle events in a row with no request in progress.
    private var idleEvents = 0

    init(service: ReceiverService) {
        self.service = service
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        idleEvents = 0
        switch unwrapInboundIn(data) {
        case let .head(head): receiveHead(head, context: context)
        case let .body(buffer): receiveBody(buffer, context: context)
        case .end: receiveEnd(context: context)
        }
    }

    private func receiveHead(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        guard case .idle = state else { return }
        let encoding = OTLPEncoding(contentType: head.headers.first(name: "content-type"))
        let lengthText = head.headers.first(name: "content-length")
        let length = lengthText.flatMap { Int($0) }
        if let lengthText, length == nil {
            // A length no Int holds (18446744073709551615) is over any limit; anything else is not a length.
            let huge = !lengthText.isEmpty && lengthText.utf8.allSatisfy { (0x30...0x39).contains($0) }
            let response: ReceiverResponse =
                huge
                ? .failure(
                    .payloadTooLarge,
                    "Content-Length \(lengthText.prefix(40)) is over the \(ByteSize.describe(service.configuration.maxBodyBytes)) limit (--max-body)",
                    encoding: encoding, close: true)
                : .failure(.badRequest, "Content-Length '\(lengthText.prefix(40))' is not a number", encoding: encoding, close: true)
            respond(response, context: context, keepAlive: false, version: head.version)
            return
        }
        let decision = RequestTriage.decide(head, encoding: encoding, contentLength: length, service: service)
        // A client that sent `Expect: 100-continue` waits for a go-ahead before the body.
        let expectsContinue = head.headers.first(name: "expect")?.lowercased() == "100-continue"
        switch decision {
        case let .refuseNow(response):
            respond(response, context: context, keepAlive: false, version: head.version)
        case var .refuseAfterBody(response) where expectsContinue:
            response.close = true
            respond(response, context: context, keepAlive: false, version: head.version)
        case let .refuseAfterBody(response):
            state = .discarding(response, bytes: 0, keepAlive: head.isKeepAlive, version: head.version)
        case let .accept(signal, encoding, gzip):
            if expectsContinue {
                let proceed = HTTPResponseHead(version: head.version, status: .continue)
                context.writeAndFlush(wrapOutboundOut(.head(proceed)), promise: nil)
            }
            do {
                let body = try RequestBody(limit: service.configuration.maxBodyBytes, gzip: gzip,
                                           expectedLength: length)
                state = .receiving(Receiving(
                    signal: signal, encoding: encoding, body: body, keepAlive: head.isKeepAlive,
                    version: head.version, deadline: .now() + service.configuration.requestDeadline))
            } catch {
                respond(.failure(.badRequest, "cannot inflate the body", encoding: encoding), context: context,
                        keepAlive: false, version: head.version)
            }
        }
    }

    private func receiveBody(_ buffer: ByteBuffer, context: ChannelHandlerContext) {
        switch state {
        case var .receiving(request):
            state = .closing  // while `request` is out of `state`, so the body is not copied
            if NIODeadline.now() > request.deadline {
                release(request)
                respond(timedOut(request.encoding), context: context, keepAlive: false, version: request.version)
                return
            }
            do {
                try buffer.withUnsafeReadableBytes { bytes throws(RequestBody.Failure) in
                    try request.body.append(bytes) { self.service.reserveBuffer($0) }
                }
                state = .receiving(request)
            } catch {
                release(request)
                let response: ReceiverResponse
                switch error {
                case let .tooLarge(message):
                    response = .failure(.payloadTooLarge, message, encoding: request.encoding, close: true)
                case let .corrupt(message):
                    response = .failure(.badRequest, message, encoding: request.encoding, close: true)
                case .overBudget:
                    response = service.overloaded(request.encoding, close: true)
                }
                respond(response, context: context, keepAlive: false, version: request.version)
            }
        case let .discarding(response, bytes, keepAlive, version):
            let total = bytes + buffer.readableBytes
            if total > service.configuration.maxBodyBytes {
                respond(response, context: context, keepAlive: false, version: version)
            } else {
                state = .discarding(response, bytes: total, keepAlive: keepAlive, version: version)
            }
        case .idle, .closing:
            break
        }
    }

    private func receiveEnd(context: ChannelHandlerContext) {
        switch state {
        case let .receiving(request):
            state = .idle
            let response: ReceiverResponse
            do {
                let body = try request.body.finish()
                response = service.export(request.signal, encoding: request.encoding, body: body)
            } catch {
                response = .failure(.badRequest, Self.message(error), encoding: request.encoding)
            }
            release(request)
            respond(response, context: context, keepAlive: request.keepAlive, version: request.version)
        case let .discarding(response, _, keepAlive, version):
            state = .idle
            respond(response, context: context, keepAlive: keepAlive, version: version)
        case .idle, .closing:
            break
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let chunk = event as? ChunkSizeGuard.ChunkTooLarge {
            refuse(chunk, context: context)
            return
        }
        guard let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        switch state {
        case let .receiving(request):
            release(request)
            respond(timedOut(request.encoding), context: context, keepAlive: false, version: request.version)
        case let .discarding(_, _, _, version):
            respond(timedOut(nil), context: context, keepAlive: false, version: version)
        case .idle:
            idleEvents += 1
            let idleFor = service.configuration.bodyIdleTimeout.nanoseconds * Int64(idleEvents)
            if idleFor >= service.configuration.connectionIdleTimeout.nanoseconds {
                state = .closing
                context.close(promise: nil)
            }
        case .closing:
            break
        }
    }

    /// A chunk announced more bytes than the limit: 413 now, not a wait for data that never comes.
    private func refuse(_ chunk: ChunkSizeGuard.ChunkTooLarge, context: ChannelHandlerContext) {
        let limit = ByteSize.describe(service.configuration.maxBodyBytes)
        let message = "chunk of 0x\(chunk.size) bytes is over the \(limit) limit (--max-body)"
        switch state {
        case let .receiving(request):
            release(request)
            respond(.failure(.payloadTooLarge, message, encoding: request.encoding, close: true), context: context,
                    keepAlive: false, version: request.version)
        case let .discarding(response, _, _, version):
            respond(response, context: context, keepAlive: false, version: version)
        case .idle, .closing:
            state = .closing
            context.close(promise: nil)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if case let .receiving(request) = state { release(request) }
        state = .closing
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if case let .receiving(request) = state { release(request) }
        state = .closing
        context.close(promise: nil)
    }

    private func timedOut(_ encoding: OTLPEncoding?) -> ReceiverResponse {
        let seconds = Double(service.configuration.bodyIdleTimeout.nanoseconds) / 1e9
        return .failure(
            .requestTimeout, "request body stalled or too slow (no progress for \(seconds)s or over the deadline)",
            encoding: encoding, close: true)
    }

    private func release(_ request: Receiving) {
        service.releaseBuffer(request.body.reserved)
    }

    private static func message(_ error: RequestBody.Failure) -> String {
        switch error {
        case let .tooLarge(message), let .corrupt(message): return message
        case .overBudget: return "over the receiver's memory budget"
        }
    }

    private func respond(
        _ response: ReceiverResponse, context: ChannelHandlerContext, keepAlive: Bool, version: HTTPVersion
    ) {
        service.record(response)
        let close = response.close || !keepAlive
        state = close ? .closing : .idle
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: response.contentType)
        headers.add(name: "Content-Length", value: String(response.body.count))
        for (name, value) in response.extraHeaders { headers.add(name: name, value: value) }
        if close { headers.add(name: "Connection", value: "close") }
        let head = HTTPResponseHead(version: version, status: response.status, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        var buffer = context.channel.allocator.buffer(capacity: response.body.count)
        buffer.writeBytes(response.body)
        context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if close {
            written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }
}
