import OpsModel

/// Maps a LiteLLM `StandardLoggingPayload` onto an LLM span.
///
/// Each payload is one model call (an attempt), a root span of the trace its `trace_id`
/// names: retries and fallbacks of one request share the trace, each counted as a query of
/// its own with its own latency, cost and error. See docs/formats.md for why.
struct LiteLLMPayloadMapper {
    var keepContent: Bool

    func span(_ payload: ForeignJSON) throws(ForeignProblem) -> Span {
        guard let id = ForeignJSON.first(try payload.label("id"), try payload.label("litellm_call_id"),
                                         try payload.label("request_id")) else {
            throw ForeignProblem("LiteLLM payload without id")
        }
        guard let start = try payload.epochSeconds("startTime") else {
            throw ForeignProblem("LiteLLM payload without startTime")
        }
        guard let end = try payload.epochSeconds("endTime") else {
            throw ForeignProblem("LiteLLM payload without endTime")
        }
        guard end >= start else { throw ForeignProblem("endTime is before startTime") }
        let metadata = payload.object("metadata")
        let errorInformation = payload.object("error_information")
        let callType = try payload.string("call_type")
        let deployment = try payload.string("model")
        let group = try payload.string("model_group")
        let requestModel = group ?? deployment
        let error = try self.error(payload, information: errorInformation)
        let failed: Bool
        switch try payload.string("status")?.lowercased() {
        case "success"?: failed = false
        case "failure"?, "failed"?, "error"?: failed = true
        case nil: failed = error != nil
        case let other?: throw ForeignProblem("unknown status '\(other.prefix(40))' (expected success or failure)")
        }
        var usage = TokenUsage(input: try payload.count("prompt_tokens") ?? 0,
                               output: try payload.count("completion_tokens") ?? 0)
        let usageObject = metadata?.object("usage_object")
        usage.cacheRead = try usageObject?.object("prompt_tokens_details")?.count("cached_tokens") ?? 0
        usage.reasoning = try usageObject?.object("completion_tokens_details")?.count("reasoning_tokens") ?? 0
        let cacheHit = try payload.bool("cache_hit")
        if cacheHit == true { usage.cacheRead = usage.input }
        var cost = ForeignJSON.first(try payload.money("response_cost"), try payload.money("spend"),
                                     try payload.object("hidden_params")?.money("response_cost"))
        // LiteLLM writes 0 when it could not price the call, and says why: opstop prices it instead.
        if cost == 0, payload.has("response_cost_failure_debug_info") { cost = nil }
        let team = ForeignJSON.first(try metadata?.string("user_api_key_team_alias"),
                                     try metadata?.string("user_api_key_team_id"))
        let user = ForeignJSON.first(try metadata?.string("user_api_key_user_id"),
                                     try metadata?.string("user_api_key_end_user_id"), try payload.string("end_user"))
        let operation = Self.operation(callType)
        let provider = ForeignJSON.first(try payload.string("custom_llm_provider"),
                                         try errorInformation?.string("llm_provider"))
        return Span(
            traceID: ForeignIDs.traceID(ForeignJSON.first(try payload.label("trace_id"), id) ?? id), spanID: ForeignIDs.spanID(id),
            name: requestModel.map { "\(operation) \($0)" } ?? operation, component: .llm,
            status: failed ? .error : .ok, startNanos: start, endNanos: end,
            provider: provider,
            requestModel: requestModel, responseModel: group == nil ? nil : deployment,
            usage: usage, reportedCostUSD: cost,
            error: failed ? (error ?? SpanError(type: "error")) : nil,
            userID: user, sessionID: try payload.string("session_id"), serviceName: team,
            content: keepContent ? content(payload) : nil,
            cache: try cacheHit.map { hit throws(ForeignProblem) in
                CacheLookup(hit: hit, savedUSD: hit ? try payload.money("saved_cache_cost") : nil, cacheName: "litellm")
            },
            guardrail: LiteLLMGuardrails.verdict(payload))
    }

    /// The error of a failed call: the exception class when the classifier knows it, else the HTTP status.
    private func error(_ payload: ForeignJSON, information: ForeignJSON?) throws(ForeignProblem) -> SpanError? {
        let errorClass = try information?.string("error_class")
        let code = try information?.label("error_code")
        let message = ForeignJSON.first(try payload.string("error_str"), try information?.string("error_message"))
        guard errorClass != nil || code != nil || message != nil else { return nil }
        let status = code.flatMap { ErrorTypeName.httpStatus(in: $0) }
        let type: String
        if let errorClass, BuiltInErrorNames.knows(errorClass) || status == nil {
            type = errorClass
        } else if let status {
            type = "HTTP \(status)"
        } else {
            type = UntypedErrorName.name(status: nil, message: message) ?? code ?? "error"
        }
        return SpanError(type: type, message: message)
    }

    /// The OTel operation name for a LiteLLM `call_type` (`acompletion` → `chat`).
    static func operation(_ callType: String?) -> String {
        switch callType {
        case "completion"?, "acompletion"?: return "chat"
        case "embedding"?, "aembedding"?: return "embeddings"
        case "text_completion"?, "atext_completion"?: return "text_completion"
        case "image_generation"?, "aimage_generation"?: return "image_generation"
        case let other?: return other
        case nil: return "chat"
        }
    }

    /// The messages sent and the choices' messages received, as JSON arrays.
    private func content(_ payload: ForeignJSON) -> SpanContent? {
        let input = payload["messages"].flatMap(ForeignJSON.contentText)
        var output: String?
        if let response = payload.object("response"), case let .array(choices)? = response["choices"] {
            let messages = choices.compactMap { $0["message"] }
            output = messages.isEmpty ? nil : ForeignJSON.contentText(.array(messages))
        } else if let response = payload["response"] {
            output = ForeignJSON.contentText(response)
        }
        return input == nil && output == nil ? nil : SpanContent(input: input, output: output)
    }
}
