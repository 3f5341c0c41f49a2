/// What the receiver has taken in and turned away since it started.
package struct ReceiverStatistics: Sendable, Hashable {
    /// Requests answered, whatever the answer.
    package var requests = 0
    package var spansAccepted = 0
    /// Spans left out of 200 answers (partial success).
    package var spansRejected = 0
    package var dataPointsAccepted = 0
    package var dataPointsRejected = 0
    /// Evaluations taken from OTLP log records, LangSmith feedback and Langfuse scores.
    package var evaluationsAccepted = 0
    /// Log records that are not evaluations (counted, not read).
    package var logRecordsIgnored = 0
    /// Evaluation records left out of 200 answers (partial success).
    package var evaluationsRejected = 0
    /// Requests refused as unreadable (400), too large (413) or of an unknown type (415).
    package var badRequests = 0
    /// Requests refused for a missing or wrong token (401).
    package var unauthorized = 0
    /// Requests turned away under load (503) or for being too slow (408).
    package var shed = 0

    package init() {}

    /// `12 req · 340 spans · 2 rejected · 1 shed`, leaving out what is zero.
    package var summary: String {
        var parts = ["\(requests) req", "\(spansAccepted) spans"]
        if dataPointsAccepted > 0 { parts.append("\(dataPointsAccepted) points") }
        if evaluationsAccepted > 0 { parts.append("\(evaluationsAccepted) evals") }
        let rejected = spansRejected + dataPointsRejected + evaluationsRejected + badRequests
        if rejected > 0 { parts.append("\(rejected) rejected") }
        if unauthorized > 0 { parts.append("\(unauthorized) unauthorized") }
        if shed > 0 { parts.append("\(shed) shed") }
        return parts.joined(separator: " · ")
    }
}
