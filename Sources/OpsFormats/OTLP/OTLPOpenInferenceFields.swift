import OpsModel

/// What OpenInference (Arize Phoenix's instrumentors) and OpenLLMetry (Traceloop) state beyond token counts.
///
/// OpenInference: `openinference.span.kind`, `llm.model_name`, `llm.provider`, `llm.system`,
/// `llm.invocation_parameters` (its `model`), `tool.name`, `input.value`, `output.value` and the indexed
/// `llm.input_messages.N.message.*` / `llm.output_messages.N.message.*`. OpenLLMetry: `traceloop.span.kind`,
/// `traceloop.entity.name`, `traceloop.entity.input`, `traceloop.entity.output`, `llm.request.type`.
/// Token counts are in ``OTLPTokenKeys``; `session.id`, `user.id` and exceptions are read as for GenAI spans.
struct OTLPOpenInferenceFields: Sendable {
    /// Highest message index kept, and most message fields kept per span: hostile spans stay small.
    static let maxMessageIndex = 1_000
    static let maxMessageFields = 512
    /// Longest `llm.invocation_parameters` looked into for the model.
    static let maxParametersBytes = 64 * 1024

    var spanKind: String?
    var traceloopKind: String?
    var requestType: String?
    var modelName: String?
    var invocationModel: String?
    var provider: String?
    var system: String?
    var toolName: String?
    var entityName: String?
    var inputValue: String?
    var outputValue: String?
    var inputMessages = OTLPIndexedMessages()
    var outputMessages = OTLPIndexedMessages()

    static func handles(_ key: String) -> Bool {
        key.hasPrefix("llm.") || key.hasPrefix("openinference.") || key.hasPrefix("traceloop.")
            || key == "tool.name" || key == "input.value" || key == "output.value"
    }

    /// The component the span kind names; nil for kinds that do not say (unknown ones).
    var component: Component? {
        switch spanKind?.uppercased() {
        case "LLM", "EMBEDDING": return .llm
        case "TOOL": return .tool
        case "RETRIEVER", "RERANKER": return .retrieval
        case "AGENT": return .query
        case "GUARDRAIL": return .guardrail
        case "CHAIN", "EVALUATOR", "PROMPT": return .other
        default: break
        }
        switch traceloopKind?.lowercased() {
        case "tool": return .tool
        case "agent", "workflow": return .query
        case "task": return .other
        default: break
        }
        switch requestType?.lowercased() {
        case "chat", "completion", "embedding", "rerank": return .llm
        default: return nil
        }
    }

    /// The tool's name: `tool.name`, else the entity name of an OpenLLMetry tool span.
    var tool: String? {
        toolName ?? (traceloopKind?.lowercased() == "tool" ? entityName : nil)
    }

    var input: String? { inputMessages.json ?? inputValue }
    var output: String? { outputMessages.json ?? outputValue }

    /// Reads one attribute this type handles; other keys are ignored.
    mutating func read(_ pair: OTLPKeyValue, keepContent: Bool) {
        let key = pair.key
        switch key {
        case "openinference.span.kind": spanKind = pair.value.text
        case "traceloop.span.kind": traceloopKind = pair.value.text
        case "llm.request.type": requestType = pair.value.text
        case "llm.model_name": modelName = pair.value.text
        case "llm.provider": provider = pair.value.text
        case "llm.system": system = pair.value.text
        case "tool.name": toolName = pair.value.text
        case "traceloop.entity.name": entityName = pair.value.text
        case "llm.invocation_parameters":
            if case let .string(text) = pair.value { invocationModel = Self.model(inParameters: text) }
        case "input.value", "traceloop.entity.input":
            if keepContent, inputValue == nil || key == "input.value" { inputValue = pair.value.contentText }
        case "output.value", "traceloop.entity.output":
            if keepContent, outputValue == nil || key == "output.value" { outputValue = pair.value.contentText }
        default:
            guard keepContent else { return }
            if key.hasPrefix(OTLPIndexedMessages.inputPrefix) {
                inputMessages.read(key.dropFirst(OTLPIndexedMessages.inputPrefix.utf8.count), pair.value)
            } else if key.hasPrefix(OTLPIndexedMessages.outputPrefix) {
                outputMessages.read(key.dropFirst(OTLPIndexedMessages.outputPrefix.utf8.count), pair.value)
            }
        }
    }

    /// The `model` member of the invocation parameters (a JSON object in a string), when it is a string.
    static func model(inParameters text: String) -> String? {
        guard text.utf8.count <= maxParametersBytes, case let .object(object)? = JSONValue.parse(text, maxDepth: 8),
              case let .string(model)? = object["model"], !model.isEmpty
        else { return nil }
        return model
    }
}
