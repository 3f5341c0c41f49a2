import OpsFormats
import OpsModel

/// Turns span content (OTel GenAI messages as JSON, or plain text) into readable paragraphs.
///
/// Understands the OTel shape `[{"role": "user", "parts": [{"type": "text", "content": "…"},
/// {"type": "tool_call", "name": "…", "arguments": {…}}]}]`, the older `content` string or
/// list, and OpenAI-style `tool_calls`; anything else is shown as it is.
enum MessageText {
    /// Deepest JSON shown as messages; deeper content is shown as the text it is.
    static let maxDepth = 64

    struct Message: Sendable, Hashable {
        /// `user`, `assistant (finish: stop)`, …; nil for plain text.
        var heading: String?
        /// Paragraphs of the body, unwrapped.
        var paragraphs: [String]
    }

    static func messages(_ text: String) -> [Message] {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.first == "[" || trimmed.first == "{", let json = JSONValue.parse(text, maxDepth: maxDepth) else {
            return [Message(heading: nil, paragraphs: [text])]
        }
        switch json {
        case .array(let items):
            return items.map(message)
        case .object:
            if case .array(let items)? = json["messages"] { return items.map(message) }
            if json["role"] != nil || json["parts"] != nil { return [message(json)] }
            return [Message(heading: nil, paragraphs: [json.compact])]
        default:
            return [Message(heading: nil, paragraphs: [json.compact])]
        }
    }

    private static func message(_ json: JSONValue) -> Message {
        guard case .object = json else { return Message(heading: nil, paragraphs: [plain(json)]) }
        var heading = json["role"]?.stringValue ?? "message"
        if let name = json["name"]?.stringValue { heading += " \(name)" }
        if let finish = json["finish_reason"]?.stringValue { heading += " (finish: \(finish))" }
        var paragraphs: [String] = []
        if case .array(let parts)? = json["parts"] { paragraphs += parts.map(part) }
        switch json["content"] {
        case .string(let text)?: paragraphs.append(text)
        case .array(let parts)?: paragraphs += parts.map(part)
        case .none, .null?: break
        case let other?: paragraphs.append(other.compact)
        }
        if case .array(let calls)? = json["tool_calls"] {
            for call in calls {
                let function = call["function"] ?? call
                let name = function["name"]?.stringValue ?? "?"
                paragraphs.append("→ \(name)(\(function["arguments"].map(plain) ?? ""))")
            }
        }
        return Message(heading: heading, paragraphs: paragraphs.isEmpty ? ["(empty)"] : paragraphs)
    }

    private static func part(_ json: JSONValue) -> String {
        switch json["type"]?.stringValue {
        case "text":
            return (json["content"] ?? json["text"]).map(plain) ?? ""
        case "tool_call":
            let name = json["name"]?.stringValue ?? "?"
            return "→ \(name)(\(json["arguments"].map(plain) ?? ""))"
        case "tool_call_response":
            return "← " + ((json["response"] ?? json["result"]).map(plain) ?? "")
        case "reasoning":
            return "(reasoning) " + ((json["content"] ?? json["text"]).map(plain) ?? "")
        default:
            if let text = json["text"]?.stringValue { return text }
            return plain(json)
        }
    }

    /// A string as itself, anything else as compact JSON.
    private static func plain(_ json: JSONValue) -> String {
        json.stringValue ?? json.compact
    }
}
