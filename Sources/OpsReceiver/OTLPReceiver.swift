import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import OpsSources
import Synchronization

/// An OTLP/HTTP receiver: `POST /v1/traces` and `POST /v1/metrics`, protobuf or JSON, optionally gzip.
///
/// Spans go to an `EventFeed` like any other source's events (its `received` inbox, which
/// refuses while full), with a `SourceStatus` named `otlp HOST:PORT`; metrics go to an `Inbox<MetricsDelivery>` as `Scrape`s (or are decoded, counted and
/// dropped when there is none). Runs on its own event-loop threads and never waits on the
/// screen: when an inbox is full it answers 503 with `Retry-After`.
package final class OTLPReceiver: Sendable {
    package let configuration: ReceiverConfiguration
    private let events: EventFeed
    private let metrics: Inbox<MetricsDelivery>?
    private let keepContent: Bool
    private let group: MultiThreadedEventLoopGroup
    private let registry: ConnectionRegistry
    private let running = Mutex<(channel: (any Channel)?, service: ReceiverService?)>((nil, nil))

    package init(
        configuration: ReceiverConfiguration, events: EventFeed, metrics: Inbox<MetricsDelivery>? = nil,
        keepContent: Bool = true
    ) {
        self.configuration = configuration
        self.events = events
        self.metrics = metrics
        self.keepContent = keepContent
        group = MultiThreadedEventLoopGroup(numberOfThreads: Swift.max(1, configuration.threads))
        registry = ConnectionRegistry(
            limits: .init(total: configuration.maxConnections, perClient: configuration.maxConnectionsPerClient))
    }

    /// Binds and starts serving; returns once the socket listens. Throws a `ReceiverError` that says what to do.
    package func start() throws(ReceiverError) {
        let address = configuration.address
        let registry = self.registry
        let pending = PendingService()
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 16)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    guard let service = pending.service else { throw ChannelError.ioOnClosedChannel }
                    // Room is made by closing the oldest idle (else slowest) connection: never refused.
                    registry.admit(channel, client: channel.remoteAddress?.ipAddress ?? "?")
                    channel.closeFuture.whenComplete { _ in registry.leave(channel) }
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(
                        RequestDeadlineHandler(deadline: service.configuration.requestDeadline, registry: registry))
                    try sync.addHandler(ChunkSizeGuard(limit: service.configuration.maxBodyBytes))
                    try sync.addHandler(IdleStateHandler(readTimeout: service.configuration.bodyIdleTimeout))
                    try sync.configureHTTPServerPipeline(withErrorHandling: true)
                    try sync.addHandler(OTLPHTTPHandler(service: service))
                }
            }
        let channel: any Channel
        do {
            channel = try bootstrap.bind(host: address.host, port: address.port).wait()
        } catch {
            throw .bind(address: address.description, reason: Self.reason(error))
        }
        let port = channel.localAddress?.port ?? address.port
        let name = "otlp " + ListenAddress(host: address.host, port: port).description
        let service = ReceiverService(
            configuration: configuration, name: name, events: events, metrics: metrics, keepContent: keepContent,
            clock: { Int64(Date().timeIntervalSince1970 * 1e9) })
        pending.service = service
        running.withLock { $0 = (channel, service) }
        service.reportStatus()
    }

    /// The port the receiver listens on (the real one when 0 was asked for); nil before `start`.
    package var port: Int? { running.withLock { $0.channel?.localAddress?.port } }

    /// Connections open now.
    package var openConnections: Int { registry.count }

    /// Connections closed to make room for new ones (idle or slow, oldest first).
    package var evictedConnections: Int { registry.evicted }

    /// The source name in the header: `otlp 127.0.0.1:4318`.
    package var name: String? { running.withLock { $0.service?.name } }

    package var statistics: ReceiverStatistics {
        running.withLock { $0.service }?.currentStatistics ?? ReceiverStatistics()
    }

    /// Stops listening and closes every connection; waits for the threads to end.
    package func stop() {
        let channel = running.withLock { $0.channel }
        try? channel?.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// A short reason for a bind failure.
    static func reason(_ error: any Error) -> String {
        if let io = error as? IOError {
            switch io.errnoCode {
            case EADDRINUSE: return "the port is already in use"
            case EADDRNOTAVAIL: return "that address is not one of this machine's"
            case EACCES: return "permission denied (ports below 1024 need privileges)"
            default: return String(cString: strerror(io.errnoCode))
            }
        }
        if error is SocketAddressError { return "unknown host" }
        return "\(error)"
    }
}

/// The service, set once the socket is bound (its name carries the real port).
private final class PendingService: Sendable {
    private let value = Mutex<ReceiverService?>(nil)

    var service: ReceiverService? {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
