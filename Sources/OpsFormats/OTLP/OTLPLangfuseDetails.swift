import OpsModel

/// Reads Langfuse's `usage_details` and `cost_details` attributes: flat JSON objects in a string.
enum OTLPLangfuseDetails {
    /// Longest details string looked at; real ones are a few hundred bytes.
    static let maxBytes = 16 * 1024
    /// Deepest nesting looked at; the details are flat.
    static let maxDepth = 4

    /// Token counts; input includes cached tokens, as in Langfuse's OpenAI mapping and in OTel.
    static func usage(fromJSON text: String) -> TokenUsage? {
        guard let numbers = numbers(text) else { return nil }
        func first(_ keys: [String]) -> Int64 {
            for key in keys {
                if let number = numbers.first(where: { $0.key == key })?.value, number.isFinite, number >= 0,
                   number < 9.2e18
                {
                    return Int64(number)
                }
            }
            return 0
        }
        let usage = TokenUsage(
            input: first(["input", "input_tokens", "prompt_tokens"]),
            output: first(["output", "output_tokens", "completion_tokens"]),
            cacheRead: first(["cache_read_input_tokens", "input_cached_tokens", "input_cache_read"]),
            cacheCreation: first(["cache_creation_input_tokens", "input_cache_creation"]),
            reasoning: first(["output_reasoning_tokens", "reasoning_tokens", "output_reasoning"]))
        return usage.isZero ? nil : usage
    }

    /// The `total` when stated, else the sum of the parts (in document order).
    static func totalCost(fromJSON text: String) -> Double? {
        guard let numbers = numbers(text) else { return nil }
        if let total = numbers.first(where: { $0.key == "total" })?.value {
            return total.isFinite && total >= 0 ? total : nil
        }
        let parts = numbers.map(\.value).filter { $0.isFinite && $0 >= 0 }
        return parts.isEmpty ? nil : parts.reduce(0, +)
    }

    /// The number-valued members of a JSON object, in document order; nil when the text is not one.
    private static func numbers(_ text: String) -> [(key: String, value: Double)]? {
        guard text.utf8.count <= maxBytes, case let .object(object)? = JSONValue.parse(text, maxDepth: maxDepth)
        else { return nil }
        return object.compactMap { member in member.value.numberValue.map { (member.key, $0.double) } }
    }
}
