/// What a line in another tool's format gave: how many events went to the sink, and what was left out.
package struct ForeignLineOutcome: Sendable, Hashable {
    package var format: ForeignFormat
    /// Events handed to the sink.
    package var events = 0
    /// Records in the line that could not be used (spans, runs), while others could.
    package var rejected = 0
    /// Why the first rejected record was left out.
    package var firstRejection: String?
    /// LangSmith runs of this line held until a patch completes them.
    package var held = 0
    /// Held runs dropped to make room (the oldest first), while reading this line.
    package var evicted = 0
    /// False when an event was completed with fields of an earlier line (a LangSmith patch of a
    /// posted run): reading the line alone again would not give the same events.
    package var selfContained = true

    package init(format: ForeignFormat) {
        self.format = format
    }

    package mutating func reject(_ reason: String) {
        rejected += 1
        if firstRejection == nil { firstRejection = reason }
    }
}
