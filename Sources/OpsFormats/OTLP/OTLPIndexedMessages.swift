import OpsModel

/// OpenInference's flattened messages (`llm.input_messages.0.message.role`, `….0.message.content`), gathered
/// into the `[{"role": …, "content": …}]` array the trace view shows.
///
/// Kept per message: `role`, `content`, `name`, `tool_call_id`, and the text parts of `contents` when there is
/// no `content`. Indexes above ``OTLPOpenInferenceFields/maxMessageIndex`` and fields past
/// ``OTLPOpenInferenceFields/maxMessageFields`` are dropped.
struct OTLPIndexedMessages: Sendable {
    static let inputPrefix = "llm.input_messages."
    static let outputPrefix = "llm.output_messages."
    private static let kept: Set<Substring> = ["role", "content", "name", "tool_call_id"]

    private var fields: [Int: [(key: String, value: String)]] = [:]
    private var fieldCount = 0

    /// Reads `N.message.FIELD` (the key after the prefix).
    mutating func read(_ rest: Substring, _ value: OTLPAnyValue) {
        guard fieldCount < OTLPOpenInferenceFields.maxMessageFields,
              let dot = rest.firstIndex(of: "."), let index = Int(rest[..<dot]),
              (0...OTLPOpenInferenceFields.maxMessageIndex).contains(index)
        else { return }
        let path = rest[rest.index(after: dot)...]
        guard path.hasPrefix("message.") else { return }
        let field = path.dropFirst("message.".count)
        let text = value.contentText
        if Self.kept.contains(field) {
            fields[index, default: []].append((String(field), text))
        } else if field.hasPrefix("contents."), field.hasSuffix(".message_content.text") {
            fields[index, default: []].append(("text", text))
        } else {
            return
        }
        fieldCount += 1
    }

    /// The messages as a JSON array in index order; nil when none were stated.
    var json: String? {
        guard !fields.isEmpty else { return nil }
        var out = "["
        for (position, index) in fields.keys.sorted().enumerated() {
            if position > 0 { out += "," }
            let members = fields[index] ?? []
            var pairs: [OTLPKeyValue] = []
            for member in members where member.key != "text" {
                pairs.removeAll { $0.key == member.key }
                pairs.append(OTLPKeyValue(key: member.key, value: .string(member.value)))
            }
            let parts = members.filter { $0.key == "text" }.map(\.value)
            if !parts.isEmpty, !pairs.contains(where: { $0.key == "content" }) {
                pairs.append(OTLPKeyValue(key: "content", value: .string(parts.joined(separator: "\n"))))
            }
            OTLPAnyValue.kvlist(pairs).appendJSON(to: &out)
        }
        return out + "]"
    }
}
