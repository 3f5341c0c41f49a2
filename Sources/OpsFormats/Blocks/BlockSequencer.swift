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
    /// The events are moved out of `block`, whose emptied `events` may be reused for another block.
    package mutating func deliver(_ block: inout DecodedBlock, _ sink: (Event) -> Void) {
        decoder.syntheticSource = block.syntheticSource
        var next = 0
        for placed in block.notes {
            Self.moveOut(&block.events, next..<placed.eventsBefore, sink)
            next = placed.eventsBefore
            switch placed.note {
            case let .malformed(line, reason):
                stats.recordMalformed(line: line, reason: reason)
            case let .foreignLine(bytes, number):
                let outcome = bytes.withUnsafeBytes { decoder.decode($0, lineNumber: number, into: sink) }
                stats.count(outcome, line: number, heldRuns: decoder.heldRuns)
            }
        }
        Self.moveOut(&block.events, next..<block.events.count, sink)
        block.events.removeAll(keepingCapacity: true)
        stats.lines += block.lines
        stats.events += block.deliveredEvents
        stats.ignored += block.ignored
    }

    /// An event holding no references, left in the slot an event was moved out of.
    private static let placeholder = Event.breaker(BreakerEvent(timeNanos: 0, target: "", state: .closed))

    /// Hands `events[range]` to `sink`, moving each out of the array rather than copying it: a copy
    /// retains every string and array of a span, and releasing the array releases them again,
    /// which cost more than a tenth of the decoding. Each slot is at once re-initialised with
    /// `placeholder`, so the array stays fully initialised (and is emptied by the caller).
    private static func moveOut(_ events: inout [Event], _ range: Range<Int>, _ sink: (Event) -> Void) {
        guard !range.isEmpty else { return }
        events.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, range.upperBound <= buffer.count else { return }
            for index in range {
                let event = (base + index).move()
                (base + index).initialize(to: placeholder)
                sink(event)
            }
        }
    }

    /// The OTLP metrics lines decoded since the last call (see ``LogIngestor/takeMetrics()``).
    package mutating func takeMetrics() -> [MetricsLine] { decoder.takeMetrics() }
}
