import CPrefetch
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
        handOut(&block, keeping: false, sink)
        block.events.removeAll(keepingCapacity: true)
    }

    /// Hands the block's events to `sink` in line order, as ``deliver(_:_:)`` does, but leaves them
    /// in `block.events`: whoever empties that array frees them. The readers give it back to a
    /// decoding worker, so the engine's thread spends no time freeing events.
    package mutating func lend(_ block: inout DecodedBlock, _ sink: (Event) -> Void) {
        handOut(&block, keeping: true, sink)
    }

    /// The block's events in line order as one array, other tools' records decoded in among them,
    /// as ``deliver(_:_:)`` hands them out. A block with no such lines (nearly every block) gives its
    /// own array, moving nothing; `block.events` is then empty, without capacity.
    package mutating func take(_ block: inout DecodedBlock) -> [Event] {
        guard block.notes.isEmpty else {
            // Sized once: growing it would copy (retain) the events moved in so far.
            var events: [Event] = []
            events.reserveCapacity(block.events.count + block.notes.count)
            deliver(&block) { events.append($0) }
            return events
        }
        count(block)
        var events: [Event] = []
        swap(&events, &block.events)
        return events
    }

    private mutating func handOut(_ block: inout DecodedBlock, keeping: Bool, _ sink: (Event) -> Void) {
        decoder.syntheticSource = block.syntheticSource
        // Taken out of the block while its notes are read (the block stays whole for `notes`).
        var events: [Event] = []
        swap(&events, &block.events)
        events.withUnsafeMutableBufferPointer { buffer in
            var next = 0
            for placed in block.notes {
                Self.handOut(buffer, next..<placed.eventsBefore, keeping: keeping, sink)
                next = placed.eventsBefore
                switch placed.note {
                case let .malformed(line, reason):
                    stats.recordMalformed(line: line, reason: reason)
                case let .foreignLine(bytes, number):
                    let outcome = bytes.withUnsafeBytes { decoder.decode($0, lineNumber: number, into: sink) }
                    stats.count(outcome, line: number, heldRuns: decoder.heldRuns)
                }
            }
            Self.handOut(buffer, next..<buffer.count, keeping: keeping, sink)
        }
        swap(&events, &block.events)
        count(block)
    }

    private mutating func count(_ block: DecodedBlock) {
        stats.lines += block.lines
        stats.events += block.deliveredEvents
        stats.ignored += block.ignored
    }

    /// Hands `events[range]` to `sink` in order without copying them, leaving them in `events` (as
    /// ``lend(_:_:)`` does): for whoever holds decoded events and feeds an engine from them.
    package static func lend(_ events: inout [Event], _ range: Range<Int>, _ sink: (Event) -> Void) {
        events.withUnsafeMutableBufferPointer { handOut($0, range, keeping: true, sink) }
    }

    /// An event holding no references, left in the slot an event was moved out of.
    private static let placeholder = Event.breaker(BreakerEvent(timeNanos: 0, target: "", state: .closed))

    /// Hands `events[range]` to `sink`, moving each out of its slot rather than copying it: a copy
    /// retains every string and array of a span, and releasing it releases them again, which cost
    /// more than a tenth of the decoding. The slot is at once re-initialised, so the array stays
    /// fully initialised: with the event itself when `keeping` (its bits are put back untouched),
    /// else with `placeholder`.
    private static func handOut(
        _ events: UnsafeMutableBufferPointer<Event>, _ range: Range<Int>, keeping: Bool, _ sink: (Event) -> Void
    ) {
        guard !range.isEmpty, let base = events.baseAddress, range.upperBound <= events.count else { return }
        for index in range {
            if index + prefetchDistance < events.count { prefetchSpan(at: base + index + prefetchDistance) }
            let event = (base + index).move()
            sink(event)
            if keeping {
                (base + index).initialize(to: event)
            } else {
                (base + index).initialize(to: placeholder)
            }
        }
    }

    /// How many events ahead of the one handed out `handOut` prefetches: the engine takes a span in
    /// about a microsecond, and a line from the other core's cache comes in a fraction of that.
    static let prefetchDistance = 4

    /// The bytes of a span's box: its object header (two words) and its fields.
    static let spanBoxBytes = 2 * MemoryLayout<Int>.size + MemoryLayout<Span.Fields>.size

    /// Asks the CPU to fetch the span box the event at `event` refers to (its ids, names, times,
    /// usage: what the engine reads first), without reading it or retaining it. A decoding worker
    /// wrote the box on the other core, so the engine's first read of it missed the cache (17 % of
    /// `report`'s engine thread). For an event that is not a span the hint is wasted (``Event/boxAddress(at:)``).
    @inline(__always)
    static func prefetchSpan(at event: UnsafePointer<Event>) {
        opstop_prefetch(Event.boxAddress(at: event), spanBoxBytes)
    }

    /// The OTLP metrics lines decoded since the last call (see ``LogIngestor/takeMetrics()``).
    package mutating func takeMetrics() -> [MetricsLine] { decoder.takeMetrics() }
}
