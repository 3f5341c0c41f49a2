/// Lines of the short hand-written form (`ts`, `duration_ms`, `model`, `input`, …) for demo spans
/// and breaker changes, as an application's own logging writes them (docs/log-format.md).
extension DemoLineWriter {
    static let shortUserKey: StaticString = ",\"user_id\":\"u_"

    mutating func shortSpan(_ span: DemoSpan) {
        raw("{\"trace_id\":\"")
        hex(span.traceHigh)
        hex(span.traceLow)
        raw("\",\"span_id\":\"")
        hex(span.spanID)
        if span.parentID != 0 {
            raw("\",\"parent_id\":\"")
            hex(span.parentID)
        }
        raw("\",\"ts\":")
        // Epoch milliseconds and a duration in milliseconds with microseconds, as loggers write them.
        decimal(span.start / 1_000_000)
        raw(",\"duration_ms\":")
        milliseconds(span.end - span.start)
        switch span.role {
        case .root:
            raw(",\"component\":\"query\",\"name\":\"support_bot\"")
            user(span.user, key: Self.shortUserKey)
            raw(",\"session_id\":\"s_")
            hex(UInt64(span.session), width: 8)
            byte(UInt8(ascii: "\""))
        case .chat:
            let model = DemoCatalog.models[span.model]
            raw(",\"component\":\"llm\",\"model\":\"")
            raw(model.name)
            raw("\",\"provider\":\"")
            raw(model.provider)
            byte(UInt8(ascii: "\""))
            tokens(span, input: ",\"input_tokens\":", output: ",\"output_tokens\":", cached: ",\"cached_tokens\":")
            user(span.user, key: Self.shortUserKey)
            if withText { shortText(span) }
        case .tool:
            let tool = DemoCatalog.tools[span.tool]
            raw(tool.isRetrieval ? ",\"component\":\"retrieval\",\"tool\":\"" : ",\"component\":\"tool\",\"tool\":\"")
            raw(tool.name)
            byte(UInt8(ascii: "\""))
        case .cacheLookup, .guardrail:
            raw(",\"name\":\"")
            signalName(span)
            byte(UInt8(ascii: "\""))
            signalAttributes(span, userKey: Self.shortUserKey)
        }
        if let failure = span.failure {
            raw(",\"status\":\"error\",\"error_type\":\"")
            raw(failure.errorType)
            raw("\",\"error_message\":\"")
            raw(failure.message)
            byte(UInt8(ascii: "\""))
            if failure.statesSystemCategory { raw(",\"error_category\":\"system\"") }
        }
        raw("}\n")
    }

    /// `input` and `output` as plain text: the question and the call, or the tool's result and the answer.
    private mutating func shortText(_ span: DemoSpan) {
        let tool = DemoCatalog.tools[span.tool]
        switch span.content {
        case .none:
            return
        case .askTool:
            raw(",\"input\":\"")
            raw(tool.question)
            if tool.takesOrder { decimal(Int64(span.orderNumber)) }
            byte(UInt8(ascii: "\""))
            guard span.failure == nil else { return }
            raw(",\"output\":\"calling ")
            raw(tool.name)
            byte(UInt8(ascii: "\""))
        case .answer:
            raw(",\"input\":\"")
            escaped(tool.result)
            byte(UInt8(ascii: "\""))
            guard span.failure == nil else { return }
            raw(",\"output\":\"")
            raw(tool.answer)
            byte(UInt8(ascii: "\""))
        }
    }

    mutating func shortBreaker(_ change: DemoTimeline.BreakerChange) {
        raw("{\"kind\":\"breaker\",\"ts\":")
        decimal(change.timeNanos / 1_000_000)
        raw(",\"target\":\"cancel_order\",\"state\":\"")
        breakerState(change.state)
        raw("\"}\n")
    }

    /// A duration in milliseconds with three decimals, such as `812.504`.
    private mutating func milliseconds(_ nanos: Int64) {
        let micros = Swift.max(0, nanos) / 1_000
        decimal(micros / 1_000)
        byte(UInt8(ascii: "."))
        let rest = micros % 1_000
        if rest < 100 { byte(UInt8(ascii: "0")) }
        if rest < 10 { byte(UInt8(ascii: "0")) }
        decimal(rest)
    }

    /// Text as the inside of a JSON string: quotes and backslashes escaped.
    private mutating func escaped(_ text: StaticString) {
        text.withUTF8Buffer { bytes in
            for value in bytes {
                if value == UInt8(ascii: "\"") || value == UInt8(ascii: "\\") { byte(UInt8(ascii: "\\")) }
                byte(value)
            }
        }
    }
}
