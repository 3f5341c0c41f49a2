import OpsModel

/// Reads a LiteLLM payload's `guardrail_information` into one verdict for the call.
///
/// LiteLLM 1.106 writes a list of entries (older versions one object), each with `guardrail_name` and
/// `guardrail_status`: `success`, `guardrail_intervened` (legacy `blocked`), `guardrail_flagged`,
/// `guardrail_failed_to_respond` (legacy `failure`) or `not_run`. As LiteLLM's own `status_fields` does, the
/// most severe entry stands for the call: intervened over failed-to-respond over flagged over success.
/// Entries of the wrong shape are skipped: a guardrail is free to write anything there.
enum LiteLLMGuardrails {
    static func verdict(_ payload: ForeignJSON) -> GuardrailVerdict? {
        let entries: [JSONValue]
        switch payload["guardrail_information"] {
        case let .array(items)?: entries = items
        case let .object(object)?: entries = [.object(object)]
        default: return nil
        }
        var worst: (rank: Int, verdict: GuardrailVerdict)?
        for case let .object(entry) in entries.prefix(64) {
            guard case let .string(status)? = entry["guardrail_status"], let (rank, outcome) = rank(status) else { continue }
            let name = EvaluationText.name(entry["guardrail_name"]?.stringValue) ?? "guardrail"
            let reason: String? = rank == 2 ? "guardrail failed to respond" : nil
            let verdict = GuardrailVerdict(guardrail: name, outcome: outcome, reason: reason)
            if worst.map({ rank > $0.rank }) ?? true { worst = (rank, verdict) }
        }
        return worst?.verdict
    }

    /// Severity and outcome of a status; nil for `not_run` and unknown values.
    private static func rank(_ status: String) -> (Int, GuardrailVerdict.Outcome)? {
        switch status.lowercased() {
        case "success": return (0, .pass)
        case "guardrail_flagged": return (1, .flagged)
        case "guardrail_failed_to_respond", "failure": return (2, .flagged)
        case "guardrail_intervened", "blocked": return (3, .blocked)
        default: return nil
        }
    }
}
