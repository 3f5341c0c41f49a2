/// What a line in another tool's format gave: how many events went to the sink, and what was left out.
public struct ForeignLineOutcome: Sendable, Hashable {
    public var format: ForeignFormat
    /// Events handed to the sink.
    public var events = 0
    /// Records in the line that could not be used (spans, runs), while others could.
    public var rejected = 0
    /// Why the first rejected record was left out.
    public var firstRejection: String?
    /// LangSmith runs of this line held until a patch completes them.
    public var held = 0
    /// Held runs dropped to make room (the oldest first), while reading this line.
    public var evicted = 0
    /// False when an event was completed with fields of an earlier line (a LangSmith patch of a
    /// posted run): reading the line alone again would not give the same events.
    public var selfContained = true

    public init(format: ForeignFormat) {
        self.format = format
    }

    mutating func reject(_ reason: String) {
        rejected += 1
        if firstRejection == nil { firstRejection = reason }
    }
}
