import OpsModel

/// Native-format lines for demo spans, breaker changes and budget thresholds.
extension DemoLineWriter {
    mutating func span(_ span: DemoSpan) {
        raw("{\"v\":1,\"kind\":\"span\",\"trace_id\":\"")
        hex(span.traceHigh)
        hex(span.traceLow)
        raw("\",\"span_id\":\"")
        hex(span.spanID)
        if span.parentID == 0 {
            raw("\",\"parent_span_id\":null,\"name\":\"")
        } else {
            raw("\",\"parent_span_id\":\"")
            hex(span.parentID)
            raw("\",\"name\":\"")
        }
        switch span.role {
        case .root: raw("invoke_agent support_bot")
        case .chat: raw(DemoCatalog.models[span.model].spanName)
        case .tool: raw(DemoCatalog.tools[span.tool].spanName)
        case .cacheLookup, .guardrail: signalName(span)
        }
        raw("\",\"start_time_unix_nano\":")
        quotedNanos(span.start)
        raw(",\"end_time_unix_nano\":")
        quotedNanos(span.end)
        if let failure = span.failure {
            failureAttributes(failure)
        }
        switch span.role {
        case .root: rootAttributes(span)
        case .chat: chatAttributes(span)
        case .tool: toolAttributes(span)
        case .cacheLookup, .guardrail: signalAttributes(span, userKey: ",\"user.id\":\"u_")
        }
        raw("}\n")
    }

    private mutating func failureAttributes(_ failure: DemoFailure) {
        raw(",\"status\":\"error\",\"error.type\":\"")
        raw(failure.errorType)
        raw("\",\"error.message\":\"")
        raw(failure.message)
        byte(UInt8(ascii: "\""))
        if let status = failure.httpStatus {
            raw(",\"http.response.status_code\":")
            decimal(status)
        }
        if failure.statesSystemCategory {
            raw(",\"opstop.error.category\":\"system\"")
        }
    }

    /// `service.name` only on roots: children share their trace's service, and it keeps lines short.
    private mutating func rootAttributes(_ span: DemoSpan) {
        raw(",\"service.name\":\"support-bot\",\"gen_ai.operation.name\":\"invoke_agent\",\"gen_ai.agent.name\":\"support_bot\"")
        user(span.user)
        raw(",\"session.id\":\"s_")
        hex(UInt64(span.session), width: 8)
        byte(UInt8(ascii: "\""))
    }

    private mutating func chatAttributes(_ span: DemoSpan) {
        let model = DemoCatalog.models[span.model]
        raw(",\"gen_ai.operation.name\":\"chat\",\"gen_ai.provider.name\":\"")
        raw(model.provider)
        raw("\",\"gen_ai.request.model\":\"")
        raw(model.name)
        byte(UInt8(ascii: "\""))
        if span.showsResponseModel {
            raw(",\"gen_ai.response.model\":\"")
            raw(model.responseAlias)
            byte(UInt8(ascii: "\""))
        }
        tokens(
            span, input: ",\"gen_ai.usage.input_tokens\":", output: ",\"gen_ai.usage.output_tokens\":",
            cached: ",\"gen_ai.usage.cache_read.input_tokens\":")
        user(span.user)
        if withText { messages(span) }
    }

    /// A chat span's token counts under the keys of one log form (none when the call failed).
    mutating func tokens(_ span: DemoSpan, input: StaticString, output: StaticString, cached: StaticString) {
        guard span.failure == nil else { return }
        raw(input)
        decimal(span.inputTokens)
        raw(output)
        decimal(span.outputTokens)
        if span.cacheReadTokens > 0 {
            raw(cached)
            decimal(span.cacheReadTokens)
        }
    }

    private mutating func messages(_ span: DemoSpan) {
        let tool = DemoCatalog.tools[span.tool]
        switch span.content {
        case .none:
            return
        case .askTool:
            raw(",\"gen_ai.input.messages\":[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"")
            raw(tool.question)
            if tool.takesOrder {
                decimal(Int64(span.orderNumber))
            }
            raw("\"}]}]")
            guard span.failure == nil else { return }
            raw(",\"gen_ai.output.messages\":[{\"role\":\"assistant\",\"parts\":[{\"type\":\"tool_call\",\"name\":\"")
            raw(tool.name)
            raw("\"}],\"finish_reason\":\"tool_call\"}]")
        case .answer:
            raw(",\"gen_ai.input.messages\":[{\"role\":\"tool\",\"parts\":[{\"type\":\"tool_call_response\",\"response\":")
            raw(tool.result)
            raw("}]}]")
            guard span.failure == nil else { return }
            raw(",\"gen_ai.output.messages\":[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"")
            raw(tool.answer)
            raw("\"}],\"finish_reason\":\"stop\"}]")
        }
    }

    private mutating func toolAttributes(_ span: DemoSpan) {
        let tool = DemoCatalog.tools[span.tool]
        raw(",\"gen_ai.operation.name\":\"execute_tool\",\"gen_ai.tool.name\":\"")
        raw(tool.name)
        byte(UInt8(ascii: "\""))
        if tool.isRetrieval {
            raw(",\"opstop.component\":\"retrieval\"")
        }
    }

    /// The user's id under `key` (the native form's `user.id`, else the short form's).
    mutating func user(_ number: Int32, key: StaticString = ",\"user.id\":\"u_") {
        raw(key)
        decimal(Int64(number))
        byte(UInt8(ascii: "\""))
    }

    mutating func breaker(_ change: DemoTimeline.BreakerChange) {
        raw("{\"v\":1,\"kind\":\"breaker\",\"time_unix_nano\":")
        quotedNanos(change.timeNanos)
        raw(",\"breaker.name\":\"tool:cancel_order\",\"breaker.target_type\":\"tool\"")
        raw(",\"gen_ai.tool.name\":\"cancel_order\",\"breaker.state\":\"")
        breakerState(change.state)
        raw("\",\"breaker.previous_state\":\"")
        breakerState(change.previous)
        byte(UInt8(ascii: "\""))
        switch change.state {
        case .open where change.previous == .closed:
            raw(",\"breaker.reason\":\"5 consecutive failures (db_connection_lost)\"")
        case .open:
            raw(",\"breaker.reason\":\"probe failed (db_connection_lost)\"")
        case .halfOpen, .closed:
            break
        }
        raw(",\"breaker.source\":\"app\"}\n")
    }

    mutating func breakerState(_ state: BreakerState) {
        switch state {
        case .open: raw("open")
        case .halfOpen: raw("half_open")
        case .closed: raw("closed")
        }
    }

    mutating func budget(time: Int64, limit: Double, spent: Double, threshold: Double) {
        raw("{\"v\":1,\"kind\":\"budget\",\"time_unix_nano\":")
        quotedNanos(time)
        raw(",\"budget.name\":\"daily\",\"budget.window\":\"1d\",\"budget.limit_usd\":")
        cents(limit)
        raw(",\"budget.spent_usd\":")
        cents(spent)
        raw(threshold >= 1 ? ",\"budget.event\":\"exhausted\"" : ",\"budget.event\":\"threshold_crossed\"")
        raw(",\"budget.threshold\":")
        cents(threshold)
        raw("}\n")
    }
}
