import OpsModel

/// Delivers ``DecodedBlock``s of one log in block order, so the events and counts come out exactly
/// as ``LogIngestor`` gives them reading the log line by line.
///
/// Other tools' records, left by the block decoders, are decoded here in file order by one decoder.
package struct BlockSequencer: Sendable {
    package private(set) var stats = IngestStats()
    private var decoder: UsageLogDecoder

    package init(options: UsageLogDecoder.Options) {
        decoder = UsageLogDecoder(options: options)
    }

    /// Hands the block's events to `sink` in line order; the blocks must come in `sequence` order.
    package mutating func deliver(_ block: DecodedBlock, _ sink: (Event) -> Void) {
        var next = 0
        for placed in block.notes {
            while next < placed.eventsBefore {
                sink(block.events[next])
                next += 1
            }
            switch placed.note {
            case let .malformed(line, reason):
                stats.recordMalformed(line: line, reason: reason)
            case let .foreignLine(bytes, number):
                let outcome = bytes.withUnsafeBytes { decoder.decode($0, lineNumber: number, into: sink) }
                stats.count(outcome, line: number, heldRuns: decoder.heldRuns)
            }
        }
        while next < block.events.count {
            sink(block.events[next])
            next += 1
        }
        stats.lines += block.lines
        stats.events += block.deliveredEvents
        stats.ignored += block.ignored
    }

    /// The OTLP metrics lines decoded since the last call (see ``LogIngestor/takeMetrics()``).
    package mutating func takeMetrics() -> [MetricsLine] { decoder.takeMetrics() }
}
