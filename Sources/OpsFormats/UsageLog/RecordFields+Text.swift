/// Storing a text value read for one of the keys that hold text as they stand.
extension RecordFields {
    /// Stores `text` in the field `key` writes (aliases share one); `UsageLogDecoder.readValue` reads
    /// all these keys with one inlined `readText` and then chooses the field here.
    @inline(__always)
    mutating func setText(_ text: TextRef, for key: KnownKey) {
        switch key {
        case .name: name = text
        case .operationName: operation = text
        case .providerName, .genAISystem, .provider: provider = text
        case .requestModel, .model: requestModel = text
        case .responseModel: responseModel = text
        case .toolName, .tool: tool = text
        case .conversationID: conversationID = text
        case .errorType, .errorTypeShort: errorType = text
        case .errorMessage, .errorMessageShort: errorMessage = text
        case .userID, .userIDShort: userID = text
        case .sessionID, .sessionIDShort: sessionID = text
        case .serviceName: serviceName = text
        case .breakerName: breakerName = text
        case .breakerState, .state: breakerState = text
        case .breakerTargetType: breakerTargetType = text
        case .breakerReason: breakerReason = text
        case .target: target = text
        case .budgetName: budgetName = text
        case .budgetEvent: budgetEvent = text
        case .cacheName, .opstopCacheName: cacheName = text
        case .guardrail, .opstopGuardrailName: guardrail = text
        case .opstopGuardrailReason: reason = text
        case .evaluationName: evaluationName = text
        case .scoreLabel: label = text
        case .evaluationExplanation: explanation = text
        default: break
        }
    }
}
