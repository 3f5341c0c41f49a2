import NIOCore

/// Closes a connection whose request is not answered within the deadline of its first byte.
///
/// Sits before the HTTP decoder, so it also catches a head sent one byte at a time (which the
/// idle timeout cannot: every byte is progress). A request's clock starts with its first bytes
/// and stops when the answer is written; a slow decode or a full inbox answers well within it.
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let deadline: TimeAmount
    private let registry: ConnectionRegistry?
    private var timer: Scheduled<Void>?

    init(deadline: TimeAmount, registry: ConnectionRegistry? = nil) {
        self.deadline = deadline
        self.registry = registry
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if timer == nil {
            registry?.busy(context.channel)
            timer = context.eventLoop.assumeIsolated().scheduleTask(in: deadline) {
                context.close(promise: nil)
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // Bytes going out are the answer (or a 100 Continue): the client is being served.
        if timer != nil { registry?.idle(context.channel) }
        timer?.cancel()
        timer = nil
        context.write(data, promise: promise)
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }
}
