import NIOCore

/// How the OTLP/HTTP receiver listens and what it accepts.
public struct ReceiverConfiguration: Sendable {
    public var address: ListenAddress
    /// Largest request body, checked on `Content-Length`, while it streams in, and after gzip inflation.
    public var maxBodyBytes: Int
    /// When set, requests need `Authorization: Bearer <token>`.
    public var token: BearerToken?
    /// A request whose body makes no progress for this long is answered 408 and its connection closed.
    public var bodyIdleTimeout: TimeAmount
    /// A request must arrive whole within this time of its first byte, however steadily it trickles in
    /// (head included); past it the connection is closed.
    public var requestDeadline: TimeAmount
    /// A keep-alive connection with no request for this long is closed.
    public var connectionIdleTimeout: TimeAmount
    /// Further connections are closed at once.
    public var maxConnections: Int
    /// Bytes of request bodies held at once across all connections; beyond it requests get 503.
    public var maxBufferedBytes: Int
    /// Seconds the `Retry-After` header of a 429/503 asks clients to wait.
    public var retryAfterSeconds: Int
    /// Event-loop threads.
    public var threads: Int

    public static let defaultMaxBodyBytes = 16 * 1024 * 1024

    public init(
        address: ListenAddress, maxBodyBytes: Int = ReceiverConfiguration.defaultMaxBodyBytes,
        token: BearerToken? = nil, bodyIdleTimeout: TimeAmount = .seconds(10),
        requestDeadline: TimeAmount = .seconds(120), connectionIdleTimeout: TimeAmount = .seconds(120),
        maxConnections: Int = 256, maxBufferedBytes: Int? = nil, retryAfterSeconds: Int = 2, threads: Int = 1
    ) {
        self.address = address
        self.maxBodyBytes = maxBodyBytes
        self.token = token
        self.bodyIdleTimeout = bodyIdleTimeout
        self.requestDeadline = requestDeadline
        self.connectionIdleTimeout = connectionIdleTimeout
        self.maxConnections = maxConnections
        self.maxBufferedBytes = maxBufferedBytes ?? Swift.max(4 * maxBodyBytes, 64 * 1024 * 1024)
        self.retryAfterSeconds = retryAfterSeconds
        self.threads = threads
    }
}
