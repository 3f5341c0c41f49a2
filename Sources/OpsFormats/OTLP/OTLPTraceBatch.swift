import OpsModel

/// The spans of one OTLP export request, and the spans it could not use.
package struct OTLPTraceBatch: Sendable {
    /// Kept spans, in request order.
    package var spans: [Span]
    /// Evaluations the spans carry (`gen_ai.evaluation.result` events, OpenInference evaluations).
    package var evaluations: [Evaluation] = []
    /// How many spans were rejected; feeds `ExportTracePartialSuccess.rejected_spans`.
    package var rejectedSpanCount: Int
    /// The first rejections with their reasons (at most `OTLPTraceBatch.maxKeptRejections`).
    package var rejections: [OTLPRejectedSpan]

    package static let maxKeptRejections = 16

    package init(spans: [Span] = [], rejectedSpanCount: Int = 0, rejections: [OTLPRejectedSpan] = []) {
        self.spans = spans
        self.rejectedSpanCount = rejectedSpanCount
        self.rejections = rejections
    }

    /// The spans, then their evaluations.
    package var events: [Event] { spans.map(Event.span) + evaluations.map(Event.evaluation) }

    /// Text for `ExportTracePartialSuccess.error_message`; nil when nothing was rejected.
    package var partialSuccessMessage: String? {
        guard rejectedSpanCount > 0 else { return nil }
        let noun = rejectedSpanCount == 1 ? "span" : "spans"
        let shown = rejections.prefix(3).map { $0.description }.joined(separator: "; ")
        return "\(rejectedSpanCount) \(noun) rejected: \(shown)"
    }

    mutating func reject(_ rejection: OTLPRejectedSpan) {
        rejectedSpanCount += 1
        if rejections.count < Self.maxKeptRejections { rejections.append(rejection) }
    }
}

/// A span the decoder could not turn into a `Span`, and why.
package struct OTLPRejectedSpan: Sendable, Hashable, CustomStringConvertible {
    /// Position of the span in the request, counting from 0 across all resources and scopes.
    package var index: Int
    package var name: String
    package var reason: String

    package init(index: Int, name: String, reason: String) {
        self.index = index
        self.name = name
        self.reason = reason
    }

    package var description: String {
        name.isEmpty ? "span \(index): \(reason)" : "span \(index) '\(name.prefix(60))': \(reason)"
    }
}
