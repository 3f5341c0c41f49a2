import OpsModel

/// Decodes the lines `UsageLogDecoder` recognised as another tool's format (see `ForeignFormat`).
///
/// `JSONParser` reads these lines whole (they are rarer and richer than native lines); the native
/// scanner has already checked that the line is valid JSON. Holds the LangSmith runs waiting
/// for their patch, so one decoder reads one source.
struct ForeignLineDecoder: Sendable {
    var keepContent: Bool
    /// Hold posted runs until their patch (off for replay, which reads lines out of file order).
    var holdsRuns: Bool
    /// Decode `resourceMetrics` lines for `takeMetrics()` (else they are only counted).
    var readsMetrics: Bool
    var book = LangSmithRunBook()
    /// Metrics lines decoded and not yet taken (see `takeMetrics`); at most `maxPendingMetrics`.
    private(set) var pendingMetrics: [MetricsLine] = []
    /// Metrics lines dropped because nobody took them in time.
    private(set) var droppedMetrics = 0
    private var metricDeltas = OTLPDeltaAccumulator()
    static let maxPendingMetrics = 10_000

    init(keepContent: Bool, holdsRuns: Bool, readsMetrics: Bool) {
        self.keepContent = keepContent
        self.holdsRuns = holdsRuns
        self.readsMetrics = readsMetrics
    }

    mutating func decode(_ format: ForeignFormat, _ line: UnsafeRawBufferPointer, into sink: (Event) -> Void)
        -> LineOutcome
    {
        var outcome = ForeignLineOutcome(format: format)
        do throws(ForeignProblem) {
            switch format {
            case .otlpTraces: try decodeOTLP(line, &outcome, sink)
            case .otlpMetrics: if readsMetrics { try decodeMetrics(line, &outcome) }
            case .liteLLM:
                let payload = try ForeignJSON.parseObject(line)
                sink(.span(try LiteLLMPayloadMapper(keepContent: keepContent).span(payload)))
                outcome.events = 1
            case .langSmithRun:
                let object = try ForeignJSON.parseObject(line)
                receive(try LangSmithRun(object, keepContent: keepContent), isPatch: false, &outcome, sink)
            case .langSmithBatch: try decodeBatch(line, &outcome, sink)
            }
        } catch {
            return .malformed(reason: "\(format.displayName): \(error.reason)")
        }
        if outcome.events == 0, outcome.held == 0, let reason = outcome.firstRejection {
            return .malformed(reason: "\(format.displayName): \(reason)")
        }
        return .foreign(outcome)
    }

    /// Hands over the metrics lines decoded so far.
    mutating func takeMetrics() -> [MetricsLine] {
        defer { pendingMetrics.removeAll(keepingCapacity: true) }
        return pendingMetrics
    }

    private mutating func decodeMetrics(
        _ line: UnsafeRawBufferPointer, _ outcome: inout ForeignLineOutcome
    ) throws(ForeignProblem) {
        let batch: OTLPMetricsBatch
        do {
            batch = try OTLPMetricsDecoder(maxDepth: ForeignJSON.maxDepth, maxJSONBytes: .max)
                .decodeJSON(Array(line), deltas: &metricDeltas)
        } catch {
            throw ForeignProblem(error.description)
        }
        for target in batch.scrapes {
            if pendingMetrics.count >= Self.maxPendingMetrics {
                pendingMetrics.removeFirst()
                droppedMetrics += 1
            }
            pendingMetrics.append(MetricsLine(target))
        }
        outcome.rejected = batch.rejectedDataPoints
        // A line whose every data point was rejected is malformed; otherwise its good points count.
        if batch.scrapes.isEmpty { outcome.firstRejection = batch.rejections.first }
    }

    private func decodeOTLP(_ line: UnsafeRawBufferPointer, _ outcome: inout ForeignLineOutcome,
                            _ sink: (Event) -> Void) throws(ForeignProblem) {
        let decoder = OTLPTraceDecoder(options: OTLPTraceDecoder.Options(
            keepContent: keepContent, maxDepth: ForeignJSON.maxDepth, maxJSONBytes: .max))
        let batch: OTLPTraceBatch
        do {
            batch = try decoder.decodeJSON(Array(line))
        } catch {
            throw ForeignProblem(error.description)
        }
        for event in batch.events { sink(event) }
        outcome.events = batch.spans.count + batch.evaluations.count
        outcome.rejected = batch.rejectedSpanCount
        outcome.firstRejection = batch.rejections.first?.description
    }

    private mutating func decodeBatch(_ line: UnsafeRawBufferPointer, _ outcome: inout ForeignLineOutcome,
                                      _ sink: (Event) -> Void) throws(ForeignProblem) {
        let body = try ForeignJSON.parseObject(line)
        for (key, isPatch) in [("post", false), ("patch", true)] {
            for (index, element) in (try body.array(key) ?? []).enumerated() {
                guard case let .object(object) = element else {
                    outcome.reject("\(key)[\(index)] is not a JSON object")
                    continue
                }
                do throws(ForeignProblem) {
                    receive(try LangSmithRun(ForeignJSON(object), keepContent: keepContent), isPatch: isPatch,
                            &outcome, sink)
                } catch {
                    outcome.reject("\(key)[\(index)]: \(error.reason)")
                }
            }
        }
    }

    /// A run from a post, a patch or a run line: completes a held run, waits for its patch, or becomes a span.
    private mutating func receive(_ incoming: LangSmithRun, isPatch: Bool, _ outcome: inout ForeignLineOutcome,
                                  _ sink: (Event) -> Void) {
        var run = incoming
        if holdsRuns, let held = book.take(run.id) {
            run = held.completed(by: incoming)
            outcome.selfContained = false
        }
        if run.endNanos == nil, holdsRuns, !isPatch || run.startNanos != nil {
            outcome.evicted += book.hold(run)
            outcome.held += 1
            return
        }
        do throws(ForeignProblem) {
            sink(.span(try run.span()))
            outcome.events += 1
        } catch {
            outcome.reject(isPatch && run.startNanos == nil
                ? "patch of run \(run.id.prefix(40)) whose post was not seen" : error.reason)
        }
    }
}
