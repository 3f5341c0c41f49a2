import OpsModel

extension BreakerBoard {
    /// Counts a finished span as a call outcome: a tool span for its tool, an LLM span for its model (the
    /// requested one, else the one that answered). Other spans, and spans naming neither, are not calls to a
    /// guarded target and are skipped.
    ///
    /// A recent target is found by its name's identity, without copying the name.
    package mutating func recordOutcome(of span: Span) {
        switch span.component {
        case .tool:
            guard let tool = span.toolIdentity else { return }
            recordOutcome(target: tool, name: { span.tool }, kind: .tool, failed: span.isError, at: span.endNanos)
        case .llm:
            guard let model = span.modelIdentity else { return }
            recordOutcome(target: model, name: { span.model }, kind: .model, failed: span.isError, at: span.endNanos)
        case .query, .retrieval, .cache, .guardrail, .other:
            return
        }
    }
}
