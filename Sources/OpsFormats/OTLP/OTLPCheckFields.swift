import OpsModel

/// What a span states about a semantic-cache lookup, a guardrail check or evaluations of itself.
///
/// Read from opstop's own attributes (`opstop.cache.*`, `opstop.guardrail.*`), LiteLLM's `otel` callback
/// guardrail spans (`guardrail_name`, `guardrail_status`), NeMo Guardrails' rail spans (`rail.name`,
/// `rail.stop`, `guardrails.rail.reason`) and cache marker (`llm.cache.hit`), a bare `cache_hit`, and
/// OpenInference's flattened `evaluations.N.evaluation.*`.
struct OTLPCheckFields: Sendable {
    /// Highest `evaluations.N` index read, and most evaluations kept per span.
    static let maxEvaluationIndex = 1_000
    static let maxEvaluations = 64

    var cacheHit: Bool?
    var cacheSavedUSD: Double?
    var cacheName: String?
    var opstopGuardrailName: String?
    var liteLLMGuardrailName: String?
    var railName: String?
    var outcome: GuardrailVerdict.Outcome?
    var liteLLMStatus: String?
    var railStop: Bool?
    var reason: String?
    var rateLimit = false
    var evaluations: [Int: OTLPEvaluationFields] = [:]

    static let keys: Set<String> = [
        "cache_hit", "opstop.cache.hit", "llm.cache.hit", "opstop.cache.saved_usd", "opstop.cache.name",
        "opstop.guardrail.name", "guardrail_name", "rail.name", "opstop.guardrail.outcome", "guardrail_status",
        "rail.stop", "opstop.guardrail.reason", "guardrails.rail.reason", "opstop.guardrail.rate_limit",
    ]

    static func handles(_ key: String) -> Bool {
        keys.contains(key) || key.hasPrefix("evaluations.")
    }

    /// Reads one attribute this type handles; a problem only for an opstop attribute with a value it cannot take.
    mutating func read(_ pair: OTLPKeyValue) -> OTLPMappingProblem? {
        let value = pair.value
        switch pair.key {
        case "opstop.cache.hit": cacheHit = Self.flag(value) ?? cacheHit
        case "cache_hit", "llm.cache.hit": if cacheHit == nil || pair.key == "cache_hit" { cacheHit = Self.flag(value) ?? cacheHit }
        case "opstop.cache.saved_usd":
            switch OTLPNumbers.money(value, key: pair.key) {
            case let .success(amount): cacheSavedUSD = amount
            case let .failure(problem): return problem
            }
        case "opstop.cache.name": cacheName = EvaluationText.name(value.text)
        case "opstop.guardrail.name": opstopGuardrailName = EvaluationText.name(value.text)
        case "guardrail_name": liteLLMGuardrailName = EvaluationText.name(value.text)
        case "rail.name": railName = EvaluationText.name(value.text)
        case "opstop.guardrail.outcome":
            guard let text = value.text else { break }
            guard let parsed = GuardrailVerdict.Outcome(rawValue: text.lowercased()) else {
                return OTLPMappingProblem(
                    "unknown opstop.guardrail.outcome '\(text.prefix(40))' (expected pass, blocked or flagged)")
            }
            outcome = parsed
        case "guardrail_status": liteLLMStatus = value.text?.lowercased()
        case "rail.stop": railStop = Self.flag(value)
        case "opstop.guardrail.reason", "guardrails.rail.reason":
            if reason == nil || pair.key == "opstop.guardrail.reason" { reason = EvaluationText.explanation(value.text) }
        case "opstop.guardrail.rate_limit": rateLimit = Self.flag(value) ?? false
        default: readEvaluation(pair)
        }
        return nil
    }

    /// `evaluations.N.evaluation.FIELD`, OpenInference's flattened list of evaluations.
    private mutating func readEvaluation(_ pair: OTLPKeyValue) {
        let rest = pair.key.dropFirst("evaluations.".count)
        guard let dot = rest.firstIndex(of: "."), let index = Int(rest[..<dot]),
              (0...Self.maxEvaluationIndex).contains(index),
              evaluations[index] != nil || evaluations.count < Self.maxEvaluations
        else { return }
        let field = rest[rest.index(after: dot)...]
        var fields = evaluations[index] ?? OTLPEvaluationFields([])
        switch field {
        case "evaluation.name": fields.name = EvaluationText.name(pair.value.text)
        case "evaluation.score": fields.score = OTLPEvaluationFields.score(pair.value)
        case "evaluation.label": fields.label = EvaluationText.name(pair.value.text)
        case "evaluation.explanation": fields.explanation = EvaluationText.explanation(pair.value.text)
        default: return
        }
        evaluations[index] = fields
    }

    /// True or false from a bool, or from `"true"`/`"false"` text; nil for anything else.
    static func flag(_ value: OTLPAnyValue) -> Bool? {
        switch value {
        case let .bool(flag): return flag
        case let .string(text):
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// The cache lookup, when the span states a hit or a miss.
    func cache(spanName: String, isCacheSpan: Bool) -> CacheLookup? {
        guard let cacheHit else { return nil }
        let name = cacheName ?? (isCacheSpan && !spanName.isEmpty ? EvaluationText.name(spanName) : nil)
        return CacheLookup(hit: cacheHit, savedUSD: cacheHit ? cacheSavedUSD : nil, cacheName: name)
    }

    /// Whether the attributes alone mark a guardrail check (a LiteLLM guardrail status, a NeMo rail).
    var marksGuardrail: Bool {
        outcome != nil || liteLLMStatus != nil || railStop != nil || railName != nil || opstopGuardrailName != nil
    }

    /// The verdict of a guardrail span; `failed` is the span's error status. Nil for a guardrail that did not run.
    func verdict(spanName: String, failed: Bool, httpStatus: Int64?) -> GuardrailVerdict? {
        var decided: GuardrailVerdict.Outcome
        var why = reason
        if let outcome {
            decided = outcome
        } else if let liteLLMStatus {
            switch liteLLMStatus {
            case "success": decided = .pass
            case "guardrail_intervened", "blocked": decided = .blocked
            case "guardrail_flagged": decided = .flagged
            case "guardrail_failed_to_respond", "failure":
                decided = .flagged
                why = why ?? "guardrail failed to respond"
            case "not_run": return nil
            default: decided = failed ? .blocked : .pass
            }
        } else if let railStop {
            decided = railStop ? .blocked : .pass
        } else {
            decided = failed ? .blocked : .pass
        }
        let name = opstopGuardrailName ?? liteLLMGuardrailName ?? railName
            ?? EvaluationText.name(spanName.isEmpty ? nil : spanName) ?? "guardrail"
        let limited = rateLimit || (decided == .blocked && httpStatus == 429)
        return GuardrailVerdict(guardrail: name, outcome: decided, reason: decided == .pass ? nil : why,
                                isRateLimit: limited)
    }

    /// OpenInference evaluations of this span, in index order.
    func openInferenceEvaluations(timeNanos: Int64, traceID: TraceID, spanID: SpanID) -> [Evaluation] {
        evaluations.keys.sorted().compactMap { index in
            evaluations[index]?.evaluation(timeNanos: timeNanos, traceID: traceID, spanID: spanID)
        }
    }
}
