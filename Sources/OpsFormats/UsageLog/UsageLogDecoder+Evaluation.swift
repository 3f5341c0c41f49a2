import OpsModel

/// Guardrail verdicts on spans and native evaluation lines.
extension UsageLogDecoder {
    /// The verdict of a guardrail span, or of any span naming a guardrail, an outcome or `rate_limited`.
    ///
    /// The application's own limiter is recognised from `rate_limited: true`, or from a guardrail span
    /// answered with HTTP 429; a 429 anywhere else is left to the error figures (a provider's 429 often
    /// reaches the request's root span too). Without a stated outcome a rate-limited request is blocked
    /// and any other check passed.
    mutating func verdict(component: Component, name: String, line: UnsafeRawPointer) -> GuardrailVerdict {
        let isRateLimit = fields.rateLimited ?? (component == .guardrail && fields.httpStatus == 429)
        let stated = string(fields.guardrail, in: line, interned: true)
        let guardrail = stated ?? (component == .guardrail ? name : isRateLimit ? "rate_limit" : "guardrail")
        var reason = string(fields.reason, in: line, interned: true)
        if reason == nil && isRateLimit && fields.httpStatus == 429 { reason = "HTTP 429" }
        return GuardrailVerdict(
            guardrail: guardrail, outcome: fields.outcome ?? (isRateLimit ? .blocked : .pass), reason: reason,
            isRateLimit: isRateLimit)
    }

    /// `{"kind":"eval","trace_id":…,"span_id":…,"name":"faithfulness","score":0.82,"label":…,"explanation":…,"time":…}`.
    mutating func makeEvaluation(_ line: UnsafeRawPointer, into sink: (consuming Event) -> Void) -> LineOutcome {
        if let problem = problems.softProblem { return .malformed(reason: problem) }
        guard let time = fields.eventNanos ?? fields.endNanos else {
            return .malformed(reason: "eval without a time (time_unix_nano, time or ts)")
        }
        guard let name = string(fields.evaluationName, in: line, interned: true) ?? string(fields.name, in: line, interned: true)
        else {
            return .malformed(reason: "eval without a metric name (name or gen_ai.evaluation.name)")
        }
        let label = string(fields.label, in: line, interned: true)
        guard fields.score != nil || label != nil else {
            return .malformed(reason: "eval '\(name.prefix(40))' without a score or label (score, label)")
        }
        sink(.evaluation(Evaluation(
            timeNanos: time, traceID: traceID(fields.traceID, in: line), spanID: spanID(fields.spanID, in: line),
            name: name, score: fields.score, label: label,
            explanation: string(fields.explanation, in: line, interned: false),
            evaluator: string(fields.evaluator, in: line, interned: true))))
        return .delivered
    }
}
