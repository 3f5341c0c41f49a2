import NIOHTTP1
import OpsModel
import OpsFormats
import OpsSources
import Synchronization

/// What every connection of one receiver shares: decoders, inboxes, limits and counters.
///
/// Called on event-loop threads; everything mutable is behind a `Mutex` or an `Atomic`.
final class ReceiverService: Sendable {
    let configuration: ReceiverConfiguration
    let name: String
    let events: EventFeed
    let metrics: Inbox<MetricsDelivery>?
    private let traceDecoder: OTLPTraceDecoder
    private let metricsDecoder: OTLPMetricsDecoder
    private let logsDecoder: OTLPLogsDecoder
    private let deltas = Mutex(OTLPDeltaAccumulator())
    /// LangSmith runs posted without their end, held across requests until their patch.
    let langSmithRuns: Mutex<LangSmithRunReceiver>
    private let statistics = Mutex(ReceiverStatistics())
    private let bufferedBytes = Atomic<Int>(0)
    let clock: @Sendable () -> Int64

    init(
        configuration: ReceiverConfiguration, name: String, events: EventFeed, metrics: Inbox<MetricsDelivery>?,
        keepContent: Bool, clock: @escaping @Sendable () -> Int64
    ) {
        self.configuration = configuration
        self.name = name
        self.events = events
        self.metrics = metrics
        self.clock = clock
        traceDecoder = OTLPTraceDecoder(
            options: OTLPTraceDecoder.Options(keepContent: keepContent, maxJSONBytes: configuration.maxBodyBytes))
        metricsDecoder = OTLPMetricsDecoder(maxJSONBytes: configuration.maxBodyBytes)
        logsDecoder = OTLPLogsDecoder(maxJSONBytes: configuration.maxBodyBytes)
        langSmithRuns = Mutex(LangSmithRunReceiver(keepContent: keepContent))
    }

    var currentStatistics: ReceiverStatistics { statistics.withLock { $0 } }

    func status(_ stats: ReceiverStatistics, health: SourceStatus.Health = .live) -> SourceStatus {
        var ingest = IngestStats()
        ingest.lines = stats.requests
        ingest.events = stats.spansAccepted + stats.evaluationsAccepted
        ingest.malformed = stats.spansRejected + stats.dataPointsRejected + stats.evaluationsRejected + stats.badRequests
        var status = SourceStatus(name: name, health: health, stats: ingest)
        status.note = stats.summary
        return status
    }

    func reportStatus(health: SourceStatus.Health = .live) {
        events.statuses.report(status(currentStatistics, health: health))
    }

    /// Counts one answered request and refreshes the header's status line.
    func record(_ response: ReceiverResponse) {
        let stats = statistics.withLock { stats in
            stats.requests += 1
            switch response.status.code {
            case 400, 413, 415: stats.badRequests += 1
            case 401: stats.unauthorized += 1
            case 408, 429, 503: stats.shed += 1
            default: break
            }
            return stats
        }
        events.statuses.report(status(stats))
    }

    /// Whether the inbox `signal` feeds is too full to take more.
    func isOverloaded(_ signal: OTLPSignal) -> Bool {
        switch signal {
        case .traces, .logs, .langSmith, .langfuse: return events.received.isFull
        case .metrics: return metrics?.isFull ?? false
        }
    }

    /// Takes `count` bytes of the shared body budget; false when it is spent.
    func reserveBuffer(_ count: Int) -> Bool {
        let after = bufferedBytes.add(count, ordering: .relaxed).newValue
        guard after <= configuration.maxBufferedBytes else {
            bufferedBytes.subtract(count, ordering: .relaxed)
            return false
        }
        return true
    }

    func releaseBuffer(_ count: Int) {
        if count > 0 { bufferedBytes.subtract(count, ordering: .relaxed) }
    }

    func overloaded(_ encoding: OTLPEncoding?, close: Bool = false) -> ReceiverResponse {
        var response = ReceiverResponse.failure(
            .serviceUnavailable, "opstop is behind on its input; retry after \(configuration.retryAfterSeconds)s",
            encoding: encoding, close: close)
        response.extraHeaders.append(("Retry-After", String(configuration.retryAfterSeconds)))
        return response
    }

    /// Decodes a whole body and delivers what it holds; the answer follows the OTLP/HTTP spec.
    func export(_ signal: OTLPSignal, encoding: OTLPEncoding, body: [UInt8]) -> ReceiverResponse {
        switch signal {
        case .traces: return exportTraces(encoding: encoding, body: body)
        case .metrics: return exportMetrics(encoding: encoding, body: body)
        case .logs: return exportLogs(encoding: encoding, body: body)
        case let .langSmith(route): return exportLangSmith(route, body: body)
        case let .langfuse(route): return exportLangfuse(route, body: body)
        }
    }

    /// Counts spans a request delivered (LangSmith runs), as `exportTraces` does for OTLP spans.
    func noteSpans(accepted: Int, rejected: Int) {
        let stats = statistics.withLock { stats in
            stats.spansAccepted += accepted
            stats.spansRejected += rejected
            return stats
        }
        events.statuses.report(status(stats))
    }

    private func exportTraces(encoding: OTLPEncoding, body: [UInt8]) -> ReceiverResponse {
        let batch: OTLPTraceBatch
        do {
            batch = encoding == .protobuf ? try traceDecoder.decodeProtobuf(body) : try traceDecoder.decodeJSON(body)
        } catch {
            return .failure(.badRequest, error.description, encoding: encoding)
        }
        let stats = statistics.withLock { stats in
            var next = stats
            next.spansAccepted += batch.spans.count
            next.spansRejected += batch.rejectedSpanCount
            return next
        }
        // Refused while full: `record` then reports the status without these spans.
        guard events.received.put(contentsOf: batch.events) else { return overloaded(encoding) }
        events.statuses.report(status(stats))
        statistics.withLock { stats in
            stats.spansAccepted += batch.spans.count
            stats.spansRejected += batch.rejectedSpanCount
        }
        return .success(.traces, encoding: encoding, rejected: batch.rejectedSpanCount,
                        message: batch.partialSuccessMessage)
    }

    /// Counts evaluations a request delivered (log records, LangSmith feedback, Langfuse scores).
    func noteEvaluations(accepted: Int, rejected: Int, ignored: Int = 0) {
        let stats = statistics.withLock { stats in
            stats.evaluationsAccepted += accepted
            stats.evaluationsRejected += rejected
            stats.logRecordsIgnored += ignored
            return stats
        }
        events.statuses.report(status(stats))
    }

    private func exportLogs(encoding: OTLPEncoding, body: [UInt8]) -> ReceiverResponse {
        let batch: OTLPLogsBatch
        do {
            batch = encoding == .protobuf ? try logsDecoder.decodeProtobuf(body) : try logsDecoder.decodeJSON(body)
        } catch {
            return .failure(.badRequest, error.description, encoding: encoding)
        }
        guard events.received.put(contentsOf: batch.events) else { return overloaded(encoding) }
        noteEvaluations(accepted: batch.evaluations.count, rejected: batch.rejectedRecords, ignored: batch.ignoredRecords)
        return .success(.logs, encoding: encoding, rejected: batch.rejectedRecords, message: batch.partialSuccessMessage)
    }

    private func exportMetrics(encoding: OTLPEncoding, body: [UInt8]) -> ReceiverResponse {
        let batch: OTLPMetricsBatch
        do {
            batch = try deltas.withLock { deltas throws(OTLPDecodingError) in
                encoding == .protobuf
                    ? try metricsDecoder.decodeProtobuf(body, deltas: &deltas)
                    : try metricsDecoder.decodeJSON(body, deltas: &deltas)
            }
        } catch {
            return .failure(.badRequest, error.description, encoding: encoding)
        }
        if let metrics {
            let now = clock()
            let deliveries = batch.scrapes.map {
                MetricsDelivery(source: name, target: $0.target, scrape: $0.scrape, receivedNanos: now)
            }
            guard metrics.put(contentsOf: deliveries) else { return overloaded(encoding) }
        }
        statistics.withLock { stats in
            stats.dataPointsAccepted += batch.dataPointCount
            stats.dataPointsRejected += batch.rejectedDataPoints
        }
        return .success(.metrics, encoding: encoding, rejected: batch.rejectedDataPoints,
                        message: batch.partialSuccessMessage)
    }
}
