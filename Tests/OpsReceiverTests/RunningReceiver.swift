import NIOCore
import OpsModel
import OpsSources

@testable import OpsReceiver

/// A receiver on 127.0.0.1 port 0 with its inboxes; stopped when released.
final class RunningReceiver {
    let events: EventFeed
    let metrics: Inbox<MetricsDelivery>
    let receiver: OTLPReceiver
    let port: Int
    /// Every span drained so far, by span id.
    private(set) var received: [String: Span] = [:]
    /// Evaluations drained so far, in arrival order.
    private(set) var evaluations: [Evaluation] = []

    init(inboxCapacity: Int = 200_000, configure: (inout ReceiverConfiguration) -> Void = { _ in }) throws {
        var configuration = ReceiverConfiguration(address: ListenAddress(host: "127.0.0.1", port: 0))
        configure(&configuration)
        events = EventFeed(capacity: inboxCapacity)
        metrics = Inbox<MetricsDelivery>.pushedMetrics(capacity: 4)
        receiver = OTLPReceiver(configuration: configuration, events: events, metrics: metrics)
        try receiver.start()
        port = receiver.port ?? 0
    }

    deinit { receiver.stop() }

    /// One request on a new connection.
    func post(
        path: String = "/v1/traces", contentType: String = "application/x-protobuf",
        headers: [(String, String)] = [], body: [UInt8]
    ) throws -> RawHTTP.Response {
        let client = try RawHTTP(port: port)
        client.send(RawHTTP.request(path: path, headers: [("Content-Type", contentType)] + headers, body: body))
        return try client.readResponse()
    }

    /// Moves waiting spans into `received`; returns how many arrived.
    @discardableResult
    func drain() -> Int {
        let drained = events.drain()
        for case let .span(span) in drained.events { received[span.spanID.description] = span }
        for case let .evaluation(evaluation) in drained.events { evaluations.append(evaluation) }
        if let status = drained.statuses.first(where: { $0.name.hasPrefix("otlp ") }) { lastStatus = status }
        return drained.events.count
    }

    private(set) var lastStatus: SourceStatus?

    /// The receiver's latest status line (drains waiting spans into `received`).
    var status: SourceStatus? {
        drain()
        return lastStatus
    }
}
