import OpsModel

/// Reads Langfuse's `usage_details` and `cost_details` attributes: JSON objects in a string.
///
/// `usage_details` comes in the shape of whoever filled it (see ``usage(of:)``); `cost_details` is flat.
enum OTLPLangfuseDetails {
    /// Longest details string looked at; real ones are a few hundred bytes.
    static let maxBytes = 16 * 1024
    /// Deepest nesting looked at: the usage of a provider nests its details one level down.
    static let maxDepth = 4
    /// Largest count believed, as for other tools' records.
    static let maxCount: Int64 = 1_000_000_000_000

    /// Token counts with cached input inside `input` and reasoning inside `output`, as in OTel; nil for none.
    static func usage(fromJSON text: String) -> TokenUsage? {
        guard text.utf8.count <= maxBytes, case let .object(object)? = JSONValue.parse(text, maxDepth: maxDepth)
        else { return nil }
        let usage = usage(of: object)
        return usage.isZero ? nil : usage
    }

    /// The usage, read by its shape:
    /// - OpenAI chat (`prompt_tokens`, `prompt_tokens_details.cached_tokens`,
    ///   `completion_tokens_details.reasoning_tokens`): counts include their details;
    /// - OpenAI responses (`input_tokens` with `input_tokens_details.cached_tokens`,
    ///   `output_tokens_details.reasoning_tokens`): the same;
    /// - Google (`promptTokenCount`, `cachedContentTokenCount`, `candidatesTokenCount`, `thoughtsTokenCount`,
    ///   or their snake_case names): the prompt includes the cache, the thoughts are on top of the candidates;
    /// - Anthropic (`input_tokens`, `cache_read_input_tokens`, `cache_creation_input_tokens`): input excludes
    ///   the cache;
    /// - Langfuse's own keys (`input`, `output`, `input_cache_read`, `input_cached_tokens`,
    ///   `input_cache_creation`, `output_reasoning`, `output_reasoning_tokens`): each usage type apart, as
    ///   Langfuse prices them, so input and output exclude their details.
    static func usage(of object: JSONObject) -> TokenUsage {
        let top = Counts(object)
        if top.has("prompt_tokens") || top.has("completion_tokens") {
            let input = Counts(object["prompt_tokens_details"]?.objectValue)
            let output = Counts(object["completion_tokens_details"]?.objectValue)
            return TokenUsage(
                input: top["prompt_tokens"], output: top["completion_tokens"], cacheRead: input["cached_tokens"],
                cacheCreation: input.first("cache_creation_tokens") ?? top["cache_creation_input_tokens"],
                reasoning: output["reasoning_tokens"])
        }
        if let prompt = top.first("promptTokenCount", "prompt_token_count") {
            let thoughts = top.first("thoughtsTokenCount", "thoughts_token_count") ?? 0
            return TokenUsage(
                input: prompt, output: (top.first("candidatesTokenCount", "candidates_token_count") ?? 0) + thoughts,
                cacheRead: top.first("cachedContentTokenCount", "cached_content_token_count") ?? 0, reasoning: thoughts)
        }
        if top.has("input_tokens") || top.has("output_tokens") {
            if let details = object["input_tokens_details"]?.objectValue {
                let output = Counts(object["output_tokens_details"]?.objectValue)
                return TokenUsage(
                    input: top["input_tokens"], output: top["output_tokens"],
                    cacheRead: Counts(details)["cached_tokens"], reasoning: output["reasoning_tokens"])
            }
            let cacheRead = top["cache_read_input_tokens"]
            let cacheCreation = top["cache_creation_input_tokens"]
            return TokenUsage(
                input: top["input_tokens"] + cacheRead + cacheCreation, output: top["output_tokens"],
                cacheRead: cacheRead, cacheCreation: cacheCreation)
        }
        let cacheRead = top.first("input_cache_read", "input_cached_tokens", "cache_read_input_tokens") ?? 0
        let cacheCreation = top.first("input_cache_creation", "cache_creation_input_tokens") ?? 0
        let reasoning = top.first("output_reasoning", "output_reasoning_tokens") ?? 0
        return TokenUsage(
            input: top["input"] + cacheRead + cacheCreation, output: top["output"] + reasoning,
            cacheRead: cacheRead, cacheCreation: cacheCreation, reasoning: reasoning)
    }

    /// The `total` when stated, else the sum of the parts (in document order).
    static func totalCost(fromJSON text: String) -> Double? {
        guard text.utf8.count <= maxBytes, case let .object(object)? = JSONValue.parse(text, maxDepth: maxDepth)
        else { return nil }
        let numbers = object.compactMap { member in member.value.numberValue.map { (member.key, $0.double) } }
        if let total = numbers.first(where: { $0.0 == "total" })?.1 {
            return total.isFinite && total >= 0 ? total : nil
        }
        let parts = numbers.map(\.1).filter { $0.isFinite && $0 >= 0 }
        return parts.isEmpty ? nil : parts.reduce(0, +)
    }

    /// Whole counts from 0 to ``maxCount`` in one object; other values read as absent. The last duplicate wins.
    private struct Counts {
        let object: JSONObject?

        init(_ object: JSONObject?) { self.object = object }

        func has(_ key: String) -> Bool { value(key) != nil }

        func first(_ keys: String...) -> Int64? { keys.lazy.compactMap(value).first }

        subscript(key: String) -> Int64 { value(key) ?? 0 }

        private func value(_ key: String) -> Int64? {
            guard let object, let member = object.last(where: { $0.key == key }),
                  let count = member.value.numberValue?.int64, (0...OTLPLangfuseDetails.maxCount).contains(count)
            else { return nil }
            return count
        }
    }
}
