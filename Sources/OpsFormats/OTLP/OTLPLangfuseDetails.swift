import Foundation
import OpsModel

/// Reads Langfuse's `usage_details` and `cost_details` attributes: flat JSON objects in a string.
enum OTLPLangfuseDetails {
    /// Longest details string looked at; real ones are a few hundred bytes.
    static let maxBytes = 16 * 1024

    /// Token counts; input includes cached tokens, as in Langfuse's OpenAI mapping and in OTel.
    static func usage(fromJSON text: String) -> TokenUsage? {
        guard let object = flatObject(text) else { return nil }
        func first(_ keys: [String]) -> Int64 {
            for key in keys {
                if let number = object[key], number.isFinite, number >= 0, number < 9.2e18 { return Int64(number) }
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

    /// The `total` when stated, else the sum of the parts.
    static func totalCost(fromJSON text: String) -> Double? {
        guard let object = flatObject(text) else { return nil }
        if let total = object["total"] { return total.isFinite && total >= 0 ? total : nil }
        let parts = object.values.filter { $0.isFinite && $0 >= 0 }
        return parts.isEmpty ? nil : parts.reduce(0, +)
    }

    /// The number-valued members of a JSON object; nil when the text is not one.
    private static func flatObject(_ text: String) -> [String: Double]? {
        guard text.utf8.count <= maxBytes, let data = text.data(using: .utf8),
              OTLPJSONParser.nestingDepth(Array(data)) <= 4,
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        var numbers: [String: Double] = [:]
        for (key, value) in object {
            if let number = value as? NSNumber { numbers[key] = number.doubleValue }
        }
        return numbers
    }
}
