import OpsModel

/// What a span's attributes and events say, gathered before the span is built.
///
/// Aliases of one field are kept apart and combined by priority (current OTel name, older
/// name, Langfuse name), so the order of attributes does not matter.
struct OTLPSpanFields: Sendable {
    var operation: String?
    var component: Component?
    var providerName: String?
    var genAISystem: String?
    var requestModelAttribute: String?
    var langfuseModel: String?
    var responseModel: String?
    var tool: String?
    var conversationID: String?
    var errorTypeAttribute: String?
    var errorMessage: String?
    var errorCategory: ErrorCategory?
    var exceptionType: String?
    var exceptionMessage: String?
    /// An HTTP status stated beside the error (`http.response.status_code`, `error_code`, …).
    var errorStatus: Int64?
    var userIDAttribute: String?
    var langfuseUserID: String?
    var sessionIDAttribute: String?
    var langfuseSessionID: String?
    var costs: [String: Double] = [:]
    var tokens: [String: Int64] = [:]
    var langfuseUsage: TokenUsage?
    var langfuseCost: Double?
    var langfuseType: String?
    var langfuseLevelError = false
    var langfuseStatusMessage: String?
    var inputAttribute: String?
    var outputAttribute: String?
    var inputMessages: [String] = []
    var outputMessages: [String] = []
    var openInference = OTLPOpenInferenceFields()
    var checks = OTLPCheckFields()
    /// `gen_ai.evaluation.result` events of the span, with their times (at most ``maxEvaluationEvents``).
    var evaluationEvents: [(timeNanos: UInt64, fields: OTLPEvaluationFields)] = []
    static let maxEvaluationEvents = 64

    static let costKeys = ["opstop.cost.usd", "gen_ai.usage.cost", "gen_ai.cost.total_cost", "llm.cost.total"]

    var provider: String? { providerName ?? genAISystem ?? openInference.provider ?? openInference.system }
    var requestModel: String? { requestModelAttribute ?? langfuseModel ?? openInference.invocationModel }
    var answeringModel: String? { responseModel ?? openInference.modelName }
    var userID: String? { userIDAttribute ?? langfuseUserID }
    var sessionID: String? { sessionIDAttribute ?? langfuseSessionID }
    var errorType: String? { errorTypeAttribute }
    var costUSD: Double? { Self.costKeys.lazy.compactMap { costs[$0] }.first ?? langfuseCost }

    var usage: TokenUsage {
        tokens.isEmpty ? (langfuseUsage ?? .zero) : OTLPTokenKeys.usage(tokens)
    }

    /// The Langfuse observation type as a component: generation and embedding are LLM calls, agents are queries.
    var langfuseComponent: Component? {
        switch langfuseType {
        case "generation", "embedding": return .llm
        case "tool": return .tool
        case "agent": return .query
        case "retriever": return .retrieval
        default: return nil
        }
    }

    var contentInput: String? { inputAttribute ?? Self.joined(inputMessages) ?? openInference.input }
    var contentOutput: String? { outputAttribute ?? Self.joined(outputMessages) ?? openInference.output }

    private static func joined(_ messages: [String]) -> String? {
        messages.isEmpty ? nil : "[" + messages.joined(separator: ",") + "]"
    }

    /// Reads one span attribute; a problem for a value the span cannot be used with.
    mutating func read(_ pair: OTLPKeyValue, keepContent: Bool) -> OTLPMappingProblem? {
        let key = pair.key
        let value = pair.value
        switch key {
        case "gen_ai.operation.name": operation = value.text
        case "opstop.component":
            guard let text = value.text else { break }
            guard let parsed = Component(rawValue: text.lowercased()) else {
                return OTLPMappingProblem(
                    "unknown opstop.component '\(text.prefix(40))' (expected llm, tool, query, retrieval, cache, guardrail or other)")
            }
            component = parsed
        case "gen_ai.provider.name": providerName = value.text
        case "gen_ai.system": genAISystem = value.text
        case "gen_ai.request.model": requestModelAttribute = value.text
        case "langfuse.observation.model.name": langfuseModel = value.text
        case "gen_ai.response.model": responseModel = value.text
        case "gen_ai.tool.name": tool = value.text
        case "gen_ai.conversation.id": conversationID = value.text
        case "error.type": errorTypeAttribute = value.text
        case "error.message": errorMessage = value.text
        case "http.response.status_code", "http.status_code", "error_code", "exception_status":
            errorStatus = Self.status(value) ?? errorStatus
        case "opstop.error.category":
            guard let text = value.text else { break }
            guard let parsed = ErrorCategory(rawValue: text.lowercased()) else {
                return OTLPMappingProblem(
                    "unknown opstop.error.category '\(text.prefix(40))' (expected transient, user or system)")
            }
            errorCategory = parsed
        case "user.id": userIDAttribute = value.text
        case "langfuse.user.id": langfuseUserID = value.text
        case "session.id": sessionIDAttribute = value.text
        case "langfuse.session.id": langfuseSessionID = value.text
        case "langfuse.observation.type": langfuseType = value.text?.lowercased()
        case "langfuse.observation.level": langfuseLevelError = value.text?.uppercased() == "ERROR"
        case "langfuse.observation.status_message": langfuseStatusMessage = value.text
        case "langfuse.observation.usage_details":
            if case let .string(text) = value { langfuseUsage = OTLPLangfuseDetails.usage(fromJSON: text) }
        case "langfuse.observation.cost_details":
            if case let .string(text) = value { langfuseCost = OTLPLangfuseDetails.totalCost(fromJSON: text) }
        case "gen_ai.input.messages", "langfuse.observation.input":
            if keepContent, inputAttribute == nil || key == "gen_ai.input.messages" {
                inputAttribute = value.contentText
            }
        case "gen_ai.output.messages", "langfuse.observation.output":
            if keepContent, outputAttribute == nil || key == "gen_ai.output.messages" {
                outputAttribute = value.contentText
            }
        default:
            if OTLPTokenKeys.all.contains(key) {
                switch OTLPNumbers.count(value, key: key) {
                case let .success(count): if let count { tokens[key] = count }
                case let .failure(problem): return problem
                }
            } else if Self.costKeys.contains(key) {
                switch OTLPNumbers.money(value, key: key) {
                case let .success(cost): if let cost { costs[key] = cost }
                case let .failure(problem): return problem
                }
            } else if OTLPCheckFields.handles(key) {
                if let problem = checks.read(pair) { return problem }
            } else if OTLPOpenInferenceFields.handles(key) {
                openInference.read(pair, keepContent: keepContent)
            }
        }
        return nil
    }

    /// A status code stated as an int, a whole double or digits; nil for anything else.
    static func status(_ value: OTLPAnyValue) -> Int64? {
        switch value {
        case let .int(int): return int
        case let .double(double): return double.isFinite && abs(double) < 1e6 ? Int64(double) : nil
        case let .string(text): return Int64(text)
        default: return nil
        }
    }

    /// Reads a span event: exceptions give the error, GenAI content events give messages.
    mutating func read(_ event: OTLPEventRecord, keepContent: Bool) {
        switch event.name {
        case "exception":
            for pair in event.attributes {
                switch pair.key {
                case "exception.type": exceptionType = pair.value.text ?? exceptionType
                case "exception.message": exceptionMessage = pair.value.text ?? exceptionMessage
                default: break
                }
            }
        case OTLPEvaluationFields.eventName:
            guard evaluationEvents.count < Self.maxEvaluationEvents else { return }
            evaluationEvents.append((event.timeNanos, OTLPEvaluationFields(event.attributes)))
        case "gen_ai.content.prompt":
            guard keepContent else { return }
            if let prompt = event.attributes.last(where: { $0.key == "gen_ai.prompt" }) {
                inputAttribute = inputAttribute ?? prompt.value.contentText
            }
        case "gen_ai.content.completion":
            guard keepContent else { return }
            if let completion = event.attributes.last(where: { $0.key == "gen_ai.completion" }) {
                outputAttribute = outputAttribute ?? completion.value.contentText
            }
        case "gen_ai.system.message", "gen_ai.user.message", "gen_ai.assistant.message", "gen_ai.tool.message":
            guard keepContent else { return }
            let role = event.name.dropFirst("gen_ai.".count).dropLast(".message".count)
            inputMessages.append(Self.messageJSON(role: String(role), attributes: event.attributes))
        case "gen_ai.choice":
            guard keepContent else { return }
            outputMessages.append(Self.messageJSON(role: nil, attributes: event.attributes))
        case "gen_ai.client.inference.operation.details":
            guard keepContent else { return }
            for pair in event.attributes {
                if pair.key == "gen_ai.input.messages" { inputAttribute = inputAttribute ?? pair.value.contentText }
                if pair.key == "gen_ai.output.messages" { outputAttribute = outputAttribute ?? pair.value.contentText }
            }
        default:
            break
        }
    }

    /// An event's attributes as one JSON object, with `role` from the event name unless stated.
    private static func messageJSON(role: String?, attributes: [OTLPKeyValue]) -> String {
        var pairs = attributes.filter { $0.key != "gen_ai.system" }
        if let role, !pairs.contains(where: { $0.key == "role" }) {
            pairs.insert(OTLPKeyValue(key: "role", value: .string(role)), at: 0)
        }
        var out = ""
        OTLPAnyValue.kvlist(pairs).appendJSON(to: &out)
        return out
    }
}
