import OpsModel

/// A key of the usage-log formats (native v1, the short form and older OTel names), exactly as written.
///
/// Several keys are aliases of one field; `UsageLogDecoder` maps each to its field, so an
/// error can name the key the line actually used.
enum KnownKey: UInt8, CaseIterable {
    case kind
    case version
    case traceID
    case spanID
    case parentSpanID
    case parentID
    case name
    case status
    case startTimeUnixNano
    case endTimeUnixNano
    case startTime
    case endTime
    case durationMs
    case ts
    case timeUnixNano
    case time
    case operationName
    case opstopComponent
    case component
    case providerName
    case genAISystem
    case provider
    case requestModel
    case model
    case responseModel
    case inputTokens
    case promptTokensOTel
    case inputTokensShort
    case promptTokens
    case outputTokens
    case completionTokensOTel
    case outputTokensShort
    case completionTokens
    case cacheReadTokens
    case cachedTokens
    case cacheCreationTokens
    case reasoningTokens
    case toolName
    case tool
    case conversationID
    case errorType
    case errorTypeShort
    case errorMessage
    case errorMessageShort
    case errorCategory
    case errorCategoryShort
    case opstopCost
    case costUSD
    case genAICost
    case llmCostTotal
    case totalCost
    case responseCost
    case userID
    case userIDShort
    case sessionID
    case sessionIDShort
    case serviceName
    case inputMessages
    case input
    case outputMessages
    case output
    case attributes
    case resource
    case breakerName
    case breakerState
    case state
    case breakerTargetType
    case breakerReason
    case target
    case budgetName
    case budgetLimit
    case budgetSpent
    case budgetEvent
    // Semantic cache, guardrails and evaluations (issue 13).
    case cacheHit
    case opstopCacheHit
    case savedUSD
    case opstopCacheSaved
    case cacheName
    case opstopCacheName
    case guardrail
    case opstopGuardrailName
    case outcome
    case opstopGuardrailOutcome
    case reason
    case opstopGuardrailReason
    case rateLimited
    case opstopRateLimited
    case httpStatus
    case httpStatusOld
    case evaluationName
    case score
    case scoreValue
    case label
    case scoreLabel
    case explanation
    case evaluationExplanation
    case evaluator
    // Keys that mark another tool's format (read at the top level only; see `ForeignFormat`).
    case resourceSpans
    case resourceMetrics
    case callType
    case runType
    case dottedOrder
    case post
    case patch

    /// The key as it appears in a line.
    var text: StaticString {
        switch self {
        case .kind: return "kind"
        case .version: return "v"
        case .traceID: return "trace_id"
        case .spanID: return "span_id"
        case .parentSpanID: return "parent_span_id"
        case .parentID: return "parent_id"
        case .name: return "name"
        case .status: return "status"
        case .startTimeUnixNano: return "start_time_unix_nano"
        case .endTimeUnixNano: return "end_time_unix_nano"
        case .startTime: return "start_time"
        case .endTime: return "end_time"
        case .durationMs: return "duration_ms"
        case .ts: return "ts"
        case .timeUnixNano: return "time_unix_nano"
        case .time: return "time"
        case .operationName: return "gen_ai.operation.name"
        case .opstopComponent: return "opstop.component"
        case .component: return "component"
        case .providerName: return "gen_ai.provider.name"
        case .genAISystem: return "gen_ai.system"
        case .provider: return "provider"
        case .requestModel: return "gen_ai.request.model"
        case .model: return "model"
        case .responseModel: return "gen_ai.response.model"
        case .inputTokens: return "gen_ai.usage.input_tokens"
        case .promptTokensOTel: return "gen_ai.usage.prompt_tokens"
        case .inputTokensShort: return "input_tokens"
        case .promptTokens: return "prompt_tokens"
        case .outputTokens: return "gen_ai.usage.output_tokens"
        case .completionTokensOTel: return "gen_ai.usage.completion_tokens"
        case .outputTokensShort: return "output_tokens"
        case .completionTokens: return "completion_tokens"
        case .cacheReadTokens: return "gen_ai.usage.cache_read.input_tokens"
        case .cachedTokens: return "cached_tokens"
        case .cacheCreationTokens: return "gen_ai.usage.cache_creation.input_tokens"
        case .reasoningTokens: return "gen_ai.usage.reasoning.output_tokens"
        case .toolName: return "gen_ai.tool.name"
        case .tool: return "tool"
        case .conversationID: return "gen_ai.conversation.id"
        case .errorType: return "error.type"
        case .errorTypeShort: return "error_type"
        case .errorMessage: return "error.message"
        case .errorMessageShort: return "error_message"
        case .errorCategory: return "opstop.error.category"
        case .errorCategoryShort: return "error_category"
        case .opstopCost: return "opstop.cost.usd"
        case .costUSD: return "cost_usd"
        case .genAICost: return "gen_ai.usage.cost"
        case .llmCostTotal: return "llm.cost.total"
        case .totalCost: return "total_cost"
        case .responseCost: return "response_cost"
        case .userID: return "user.id"
        case .userIDShort: return "user_id"
        case .sessionID: return "session.id"
        case .sessionIDShort: return "session_id"
        case .serviceName: return "service.name"
        case .inputMessages: return "gen_ai.input.messages"
        case .input: return "input"
        case .outputMessages: return "gen_ai.output.messages"
        case .output: return "output"
        case .attributes: return "attributes"
        case .resource: return "resource"
        case .breakerName: return "breaker.name"
        case .breakerState: return "breaker.state"
        case .state: return "state"
        case .breakerTargetType: return "breaker.target_type"
        case .breakerReason: return "breaker.reason"
        case .target: return "target"
        case .budgetName: return "budget.name"
        case .budgetLimit: return "budget.limit_usd"
        case .budgetSpent: return "budget.spent_usd"
        case .budgetEvent: return "budget.event"
        case .cacheHit: return "cache_hit"
        case .opstopCacheHit: return "opstop.cache.hit"
        case .savedUSD: return "saved_usd"
        case .opstopCacheSaved: return "opstop.cache.saved_usd"
        case .cacheName: return "cache_name"
        case .opstopCacheName: return "opstop.cache.name"
        case .guardrail: return "guardrail"
        case .opstopGuardrailName: return "opstop.guardrail.name"
        case .outcome: return "outcome"
        case .opstopGuardrailOutcome: return "opstop.guardrail.outcome"
        case .reason: return "reason"
        case .opstopGuardrailReason: return "opstop.guardrail.reason"
        case .rateLimited: return "rate_limited"
        case .opstopRateLimited: return "opstop.guardrail.rate_limited"
        case .httpStatus: return "http.response.status_code"
        case .httpStatusOld: return "http.status_code"
        case .evaluationName: return "gen_ai.evaluation.name"
        case .score: return "score"
        case .scoreValue: return "gen_ai.evaluation.score.value"
        case .label: return "label"
        case .scoreLabel: return "gen_ai.evaluation.score.label"
        case .explanation: return "explanation"
        case .evaluationExplanation: return "gen_ai.evaluation.explanation"
        case .evaluator: return "evaluator"
        case .resourceSpans: return "resourceSpans"
        case .resourceMetrics: return "resourceMetrics"
        case .callType: return "call_type"
        case .runType: return "run_type"
        case .dottedOrder: return "dotted_order"
        case .post: return "post"
        case .patch: return "patch"
        }
    }

    /// The known key spelled by `count` bytes at `bytes`, if any.
    @inline(__always)
    static func match(_ bytes: UnsafeRawPointer, count: Int) -> KnownKey? {
        switch count {
        case 1:
            if same(bytes, "v") { return .version }
        case 2:
            if same(bytes, "ts") { return .ts }
        case 4:
            if same(bytes, "kind") { return .kind }
            if same(bytes, "name") { return .name }
            if same(bytes, "time") { return .time }
            if same(bytes, "tool") { return .tool }
            if same(bytes, "post") { return .post }
        case 5:
            if same(bytes, "model") { return .model }
            if same(bytes, "input") { return .input }
            if same(bytes, "state") { return .state }
            if same(bytes, "patch") { return .patch }
            if same(bytes, "score") { return .score }
            if same(bytes, "label") { return .label }
        case 6:
            if same(bytes, "status") { return .status }
            if same(bytes, "output") { return .output }
            if same(bytes, "target") { return .target }
            if same(bytes, "reason") { return .reason }
        case 7:
            if same(bytes, "span_id") { return .spanID }
            if same(bytes, "user.id") { return .userID }
            if same(bytes, "user_id") { return .userIDShort }
            if same(bytes, "outcome") { return .outcome }
        case 8:
            if same(bytes, "trace_id") { return .traceID }
            if same(bytes, "end_time") { return .endTime }
            if same(bytes, "provider") { return .provider }
            if same(bytes, "cost_usd") { return .costUSD }
            if same(bytes, "resource") { return .resource }
            if same(bytes, "run_type") { return .runType }
        case 9:
            if same(bytes, "parent_id") { return .parentID }
            if same(bytes, "component") { return .component }
            if same(bytes, "call_type") { return .callType }
            if same(bytes, "cache_hit") { return .cacheHit }
            if same(bytes, "saved_usd") { return .savedUSD }
            if same(bytes, "guardrail") { return .guardrail }
            if same(bytes, "evaluator") { return .evaluator }
        case 10:
            if same(bytes, "start_time") { return .startTime }
            if same(bytes, "error.type") { return .errorType }
            if same(bytes, "error_type") { return .errorTypeShort }
            if same(bytes, "total_cost") { return .totalCost }
            if same(bytes, "session.id") { return .sessionID }
            if same(bytes, "session_id") { return .sessionIDShort }
            if same(bytes, "attributes") { return .attributes }
            if same(bytes, "cache_name") { return .cacheName }
        case 11:
            if same(bytes, "duration_ms") { return .durationMs }
            if same(bytes, "budget.name") { return .budgetName }
            if same(bytes, "explanation") { return .explanation }
        case 12:
            if same(bytes, "input_tokens") { return .inputTokensShort }
            if same(bytes, "service.name") { return .serviceName }
            if same(bytes, "breaker.name") { return .breakerName }
            if same(bytes, "budget.event") { return .budgetEvent }
            if same(bytes, "dotted_order") { return .dottedOrder }
            if same(bytes, "rate_limited") { return .rateLimited }
        case 13:
            if same(bytes, "gen_ai.system") { return .genAISystem }
            if same(bytes, "prompt_tokens") { return .promptTokens }
            if same(bytes, "output_tokens") { return .outputTokensShort }
            if same(bytes, "cached_tokens") { return .cachedTokens }
            if same(bytes, "error.message") { return .errorMessage }
            if same(bytes, "error_message") { return .errorMessageShort }
            if same(bytes, "response_cost") { return .responseCost }
            if same(bytes, "breaker.state") { return .breakerState }
            if same(bytes, "resourceSpans") { return .resourceSpans }
        case 14:
            if same(bytes, "parent_span_id") { return .parentSpanID }
            if same(bytes, "time_unix_nano") { return .timeUnixNano }
            if same(bytes, "error_category") { return .errorCategoryShort }
            if same(bytes, "llm.cost.total") { return .llmCostTotal }
            if same(bytes, "breaker.reason") { return .breakerReason }
        case 15:
            if same(bytes, "opstop.cost.usd") { return .opstopCost }
            if same(bytes, "resourceMetrics") { return .resourceMetrics }
        case 16:
            if same(bytes, "opstop.component") { return .opstopComponent }
            if same(bytes, "gen_ai.tool.name") { return .toolName }
            if same(bytes, "budget.limit_usd") { return .budgetLimit }
            if same(bytes, "budget.spent_usd") { return .budgetSpent }
            if same(bytes, "opstop.cache.hit") { return .opstopCacheHit }
            if same(bytes, "http.status_code") { return .httpStatusOld }
        case 17:
            if same(bytes, "completion_tokens") { return .completionTokens }
            if same(bytes, "gen_ai.usage.cost") { return .genAICost }
            if same(bytes, "opstop.cache.name") { return .opstopCacheName }
        case 18:
            if same(bytes, "end_time_unix_nano") { return .endTimeUnixNano }
        case 19:
            if same(bytes, "breaker.target_type") { return .breakerTargetType }
        case 20:
            if same(bytes, "start_time_unix_nano") { return .startTimeUnixNano }
            if same(bytes, "gen_ai.provider.name") { return .providerName }
            if same(bytes, "gen_ai.request.model") { return .requestModel }
        case 21:
            if same(bytes, "gen_ai.operation.name") { return .operationName }
            if same(bytes, "gen_ai.response.model") { return .responseModel }
            if same(bytes, "opstop.error.category") { return .errorCategory }
            if same(bytes, "gen_ai.input.messages") { return .inputMessages }
            if same(bytes, "opstop.guardrail.name") { return .opstopGuardrailName }
        case 22:
            if same(bytes, "gen_ai.conversation.id") { return .conversationID }
            if same(bytes, "gen_ai.output.messages") { return .outputMessages }
            if same(bytes, "opstop.cache.saved_usd") { return .opstopCacheSaved }
            if same(bytes, "gen_ai.evaluation.name") { return .evaluationName }
        case 23:
            if same(bytes, "opstop.guardrail.reason") { return .opstopGuardrailReason }
        case 24:
            if same(bytes, "opstop.guardrail.outcome") { return .opstopGuardrailOutcome }
        case 25:
            if same(bytes, "gen_ai.usage.input_tokens") { return .inputTokens }
            if same(bytes, "http.response.status_code") { return .httpStatus }
        case 26:
            if same(bytes, "gen_ai.usage.prompt_tokens") { return .promptTokensOTel }
            if same(bytes, "gen_ai.usage.output_tokens") { return .outputTokens }
        case 29:
            if same(bytes, "opstop.guardrail.rate_limited") { return .opstopRateLimited }
            if same(bytes, "gen_ai.evaluation.score.value") { return .scoreValue }
            if same(bytes, "gen_ai.evaluation.score.label") { return .scoreLabel }
            if same(bytes, "gen_ai.evaluation.explanation") { return .evaluationExplanation }
        case 30:
            if same(bytes, "gen_ai.usage.completion_tokens") { return .completionTokensOTel }
        case 36:
            if same(bytes, "gen_ai.usage.cache_read.input_tokens") { return .cacheReadTokens }
            if same(bytes, "gen_ai.usage.reasoning.output_tokens") { return .reasoningTokens }
        case 40:
            if same(bytes, "gen_ai.usage.cache_creation.input_tokens") { return .cacheCreationTokens }
        default: break
        }
        return nil
    }

    @inline(__always)
    private static func same(_ bytes: UnsafeRawPointer, _ key: StaticString) -> Bool {
        StringInterner.equal(bytes, UnsafeRawPointer(key.utf8Start), key.utf8CodeUnitCount)
    }
}
