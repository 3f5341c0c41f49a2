/// What one line of a usage log turned out to be.
public enum DecodedLine: Sendable {
    case event(Event)
    /// An empty or whitespace-only line: not counted as malformed.
    case blank
    /// Valid JSON that is not an event opstop uses (for example another tool's record); counted, not an error.
    case ignored
    /// Not valid JSON, or lacking what an event needs; the reason says which, for the user.
    case malformed(reason: String)
}

/// What `UsageLogDecoder.decode(_:lineNumber:into:)` made of a line whose event, if any, went to the sink.
enum LineOutcome {
    /// The event was handed to the sink.
    case delivered
    case blank
    case ignored
    case malformed(reason: String)
}
