import OpsModel

/// What one line of a usage log turned out to be.
package enum DecodedLine: Sendable {
    case event(Event)
    /// A line in another tool's format (see `ForeignFormat`): its events, possibly none (a held
    /// LangSmith run, an OTLP metrics line), and what was left out.
    case foreign([Event], ForeignLineOutcome)
    /// An empty or whitespace-only line: not counted as malformed.
    case blank
    /// Valid JSON that is not an event opstop uses (for example another tool's record); counted, not an error.
    case ignored
    /// Not valid JSON, or lacking what an event needs; the reason says which, for the user.
    case malformed(reason: String)
}

/// What `UsageLogDecoder.decode(_:lineNumber:into:)` made of a line whose events, if any, went to the sink.
package enum LineOutcome: Sendable {
    /// The line's one event was handed to the sink.
    case delivered
    /// A line in another tool's format; its events (any number) were handed to the sink.
    /// Boxed, so the outcome of every native line stays a few bytes.
    indirect case foreign(ForeignLineOutcome)
    case blank
    case ignored
    case malformed(reason: String)
}
