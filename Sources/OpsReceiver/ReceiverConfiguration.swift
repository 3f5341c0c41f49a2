import NIOCore

/// How the OTLP/HTTP receiver listens and what it accepts.
package struct ReceiverConfiguration: Sendable {
    package var address: ListenAddress
    /// Largest request body, checked on `Content-Length`, while it streams in, and after gzip inflation.
    package var maxBodyBytes: Int
    /// When set, requests need `Authorization: Bearer <token>`.
    package var token: BearerToken?
    /// A request whose body makes no progress for this long is answered 408 and its connection closed.
    package var bodyIdleTimeout: TimeAmount
    /// A request must arrive whole within this time of its first byte, however steadily it trickles in
    /// (head included); past it the connection is closed.
    package var requestDeadline: TimeAmount
    /// A keep-alive connection with no request for this long is closed.
    package var connectionIdleTimeout: TimeAmount
    /// Connections open at once; a new one past it closes the oldest idle one (else the slowest).
    package var maxConnections: Int
    /// Connections open at once from one client address; past it the client's own oldest goes.
    package var maxConnectionsPerClient: Int
    /// Bytes of request bodies held at once across all connections; beyond it requests get 503.
    package var maxBufferedBytes: Int
    /// Seconds the `Retry-After` header of a 429/503 asks clients to wait.
    package var retryAfterSeconds: Int
    /// Event-loop threads.
    package var threads: Int

    package static let defaultMaxBodyBytes = 16 * 1024 * 1024

    package init(
        address: ListenAddress, maxBodyBytes: Int = ReceiverConfiguration.defaultMaxBodyBytes,
        token: BearerToken? = nil, bodyIdleTimeout: TimeAmount = .seconds(10),
        requestDeadline: TimeAmount = .seconds(120), connectionIdleTimeout: TimeAmount = .seconds(120),
        maxConnections: Int = 256, maxConnectionsPerClient: Int? = nil, maxBufferedBytes: Int? = nil, retryAfterSeconds: Int = 2, threads: Int = 1
    ) {
        self.address = address
        self.maxBodyBytes = maxBodyBytes
        self.token = token
        self.bodyIdleTimeout = bodyIdleTimeout
        self.requestDeadline = requestDeadline
        self.connectionIdleTimeout = connectionIdleTimeout
        self.maxConnections = maxConnections
        self.maxConnectionsPerClient = maxConnectionsPerClient ?? Swift.max(1, maxConnections / 4)
        self.maxBufferedBytes = maxBufferedBytes ?? Swift.max(4 * maxBodyBytes, 64 * 1024 * 1024)
        self.retryAfterSeconds = retryAfterSeconds
        self.threads = threads
    }
}
