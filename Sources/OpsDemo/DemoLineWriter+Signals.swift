/// Lines of cache lookups, guardrail checks and evaluation scores, in the native and the short form.
extension DemoLineWriter {
    /// The attributes after the times of a cache or guardrail span (both forms use the same keys).
    mutating func signalAttributes(_ span: DemoSpan, userKey: StaticString) {
        guard let signal = span.signal else { return }
        switch signal {
        case let .lookup(hit, saved):
            raw(",\"component\":\"cache\",\"cache_name\":\"redis_semantic\"")
            if hit {
                raw(",\"cache_hit\":true,\"saved_usd\":0.")
                thousandths(saved, digits: 6)
            } else {
                raw(",\"cache_hit\":false")
            }
            return
        case .jailbreakPassed:
            raw(",\"component\":\"guardrail\",\"guardrail\":\"jailbreak\",\"outcome\":\"pass\"")
        case let .jailbreakBlocked(reason):
            raw(",\"component\":\"guardrail\",\"guardrail\":\"jailbreak\",\"outcome\":\"blocked\",\"reason\":\"")
            raw(DemoSignal.blockReasons[reason])
            byte(UInt8(ascii: "\""))
        case .piiFlagged:
            raw(",\"component\":\"guardrail\",\"guardrail\":\"pii\",\"outcome\":\"flagged\",\"reason\":\"email address in prompt\"")
        case .rateLimited:
            raw(",\"component\":\"guardrail\",\"guardrail\":\"rate_limit\",\"outcome\":\"blocked\",\"rate_limited\":true")
            raw(",\"reason\":\"per-user limit 20/min\"")
        }
        user(span.user, key: userKey)
    }

    /// The span name of a cache or guardrail span.
    mutating func signalName(_ span: DemoSpan) {
        switch span.signal {
        case .lookup?, nil: raw("semantic_cache lookup")
        case .jailbreakPassed?, .jailbreakBlocked?: raw("guardrail jailbreak")
        case .piiFlagged?: raw("guardrail pii")
        case .rateLimited?: raw("rate_limit check")
        }
    }

    mutating func evaluation(_ evaluation: DemoEvaluation) {
        raw("{\"v\":1,\"kind\":\"eval\",\"trace_id\":\"")
        hex(evaluation.traceHigh)
        hex(evaluation.traceLow)
        raw("\",\"time_unix_nano\":")
        quotedNanos(evaluation.time)
        evaluationBody(evaluation)
    }

    mutating func shortEvaluation(_ evaluation: DemoEvaluation) {
        raw("{\"kind\":\"eval\",\"trace_id\":\"")
        hex(evaluation.traceHigh)
        hex(evaluation.traceLow)
        raw("\",\"ts\":")
        decimal(evaluation.time / 1_000_000)
        evaluationBody(evaluation)
    }

    private mutating func evaluationBody(_ evaluation: DemoEvaluation) {
        switch evaluation.metric {
        case .faithfulness: raw(",\"name\":\"faithfulness\",\"score\":")
        case .answerRelevancy: raw(",\"name\":\"answer_relevancy\",\"score\":")
        }
        if evaluation.milli >= 1000 {
            raw("1.0")
        } else {
            raw("0.")
            thousandths(evaluation.milli, digits: 3)
        }
        raw(",\"evaluator\":\"ragas\"")
        if evaluation.metric == .faithfulness && evaluation.milli < 800 {
            raw(",\"explanation\":\"the answer states an order status the tool result does not contain\"")
        }
        raw("}\n")
    }

    /// `value` as exactly `digits` decimal digits, zero-padded (the part after a decimal point).
    mutating func thousandths(_ value: Int64, digits: Int) {
        var divisor: Int64 = 1
        for _ in 1..<digits { divisor *= 10 }
        var rest = Swift.max(0, value)
        while divisor > 0 {
            byte(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
