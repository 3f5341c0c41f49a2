import OpsModel
import OpsEngine

extension TraceFilter {
    /// Whether a whole trace passes: each condition holds for the trace or for some span of it.
    package func matches(_ record: TraceRecord, summary: TraceSummary) -> Bool {
        matches(record, durationNanos: summary.durationNanos, isFailed: summary.isFailed)
    }

    func matches(_ record: TraceRecord, durationNanos: Int64, isFailed: Bool) -> Bool {
        if let status {
            guard (status == .error) == isFailed else { return false }
        }
        if let minDurationNanos, durationNanos < minDurationNanos { return false }
        if let maxDurationNanos, durationNanos > maxDurationNanos { return false }
        let entries = record.entries
        if !models.isEmpty, !entries.contains(where: { Self.matchesModel($0.span, models) }) { return false }
        if !tools.isEmpty, !entries.contains(where: { Self.matchesAny($0.span.tool, tools) }) { return false }
        if !users.isEmpty, !entries.contains(where: { Self.matchesAny($0.span.userID, users) }) { return false }
        if !components.isEmpty, !entries.contains(where: { components.contains($0.span.component) }) { return false }
        if !errorTypes.isEmpty, !entries.contains(where: { $0.span.isError && Self.matchesAny($0.span.error?.type, errorTypes) }) {
            return false
        }
        if !categories.isEmpty,
            !entries.contains(where: { entry in entry.errorCategory.map(categories.contains) ?? false })
        {
            return false
        }
        if let cacheHit, !entries.contains(where: { $0.span.cache?.hit == cacheHit }) { return false }
        if hasGuardrailConditions, !entries.contains(where: { matchesVerdict($0.span.guardrail) }) { return false }
        if !evaluations.isEmpty {
            let scores = record.evaluations
            guard evaluations.allSatisfy({ condition in scores.contains(where: condition.holds) }) else { return false }
        }
        for term in terms {
            let inID = Self.contains(record.traceID.description, term)
            guard inID || entries.contains(where: { Self.spanMentions($0.span, term) }) else { return false }
        }
        return true
    }

    /// Whether one span passes every condition on its own (the trace view's search); an `eval:`
    /// condition holds for a span its scores name, or for the root when a score names no span.
    package func matches(_ entry: TraceRecord.Entry, evaluations scores: [Evaluation] = []) -> Bool {
        let span = entry.span
        if let status, (status == .error) != span.isError { return false }
        if let minDurationNanos, span.durationNanos < minDurationNanos { return false }
        if let maxDurationNanos, span.durationNanos > maxDurationNanos { return false }
        if !models.isEmpty, !Self.matchesModel(span, models) { return false }
        if !tools.isEmpty, !Self.matchesAny(span.tool, tools) { return false }
        if !users.isEmpty, !Self.matchesAny(span.userID, users) { return false }
        if !components.isEmpty, !components.contains(span.component) { return false }
        if !errorTypes.isEmpty, !(span.isError && Self.matchesAny(span.error?.type, errorTypes)) { return false }
        if !categories.isEmpty, !(entry.errorCategory.map(categories.contains) ?? false) { return false }
        if let cacheHit, span.cache?.hit != cacheHit { return false }
        if hasGuardrailConditions, !matchesVerdict(span.guardrail) { return false }
        if !evaluations.isEmpty {
            let own = scores.filter { $0.spanID.map { $0 == span.spanID } ?? span.isRoot }
            guard evaluations.allSatisfy({ condition in own.contains(where: condition.holds) }) else { return false }
        }
        return terms.allSatisfy { Self.spanMentions(span, $0) }
    }

    private var hasGuardrailConditions: Bool { !guardrailOutcomes.isEmpty || !guardrails.isEmpty || !reasons.isEmpty }

    /// Whether a verdict passes the `guardrail:` and `reason:` conditions together.
    func matchesVerdict(_ verdict: GuardrailVerdict?) -> Bool {
        guard let verdict else { return false }
        if !guardrailOutcomes.isEmpty, !guardrailOutcomes.contains(verdict.outcome) { return false }
        if !guardrails.isEmpty, !Self.matchesAny(verdict.guardrail, guardrails) { return false }
        if !reasons.isEmpty {
            guard let reason = verdict.reason, reasons.contains(where: { Self.contains(reason, $0) }) else { return false }
        }
        return true
    }

    static func matchesModel(_ span: Span, _ wanted: [String]) -> Bool {
        matchesAny(span.requestModel, wanted) || matchesAny(span.responseModel, wanted)
    }

    static func matchesAny(_ value: String?, _ wanted: [String]) -> Bool {
        guard let value else { return false }
        return wanted.contains { equalIgnoringCase(value, $0) }
    }

    static func spanMentions(_ span: Span, _ term: String) -> Bool {
        contains(span.name, term) || span.requestModel.map { contains($0, term) } ?? false
            || span.responseModel.map { contains($0, term) } ?? false || span.tool.map { contains($0, term) } ?? false
    }

    /// Case-insensitive equality without allocating for ASCII text.
    static func equalIgnoringCase(_ lhs: String, _ rhs: String) -> Bool {
        if lhs.utf8.count == rhs.utf8.count, lhs.utf8.allSatisfy({ $0 < 0x80 }), rhs.utf8.allSatisfy({ $0 < 0x80 }) {
            return zip(lhs.utf8, rhs.utf8).allSatisfy { lowered($0) == lowered($1) }
        }
        return lhs.lowercased() == rhs.lowercased()
    }

    /// Whether `text` contains `term` (already lower-cased), ignoring case.
    static func contains(_ text: String, _ term: String) -> Bool {
        guard !term.isEmpty else { return true }
        if text.utf8.allSatisfy({ $0 < 0x80 }) && term.utf8.allSatisfy({ $0 < 0x80 }) {
            let haystack = Array(text.utf8)
            let needle = Array(term.utf8)
            guard needle.count <= haystack.count else { return false }
            for start in 0...(haystack.count - needle.count) {
                var index = 0
                while index < needle.count, lowered(haystack[start + index]) == needle[index] { index += 1 }
                if index == needle.count { return true }
            }
            return false
        }
        return text.lowercased().contains(term)
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
