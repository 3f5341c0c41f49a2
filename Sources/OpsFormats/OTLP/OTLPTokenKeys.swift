import OpsModel

/// The attribute names each producer states token counts under, in order of priority.
///
/// OTel GenAI's current names come first, then its older ones, OpenLLMetry's (`llm.usage.*`,
/// `gen_ai.usage.cache_read_input_tokens`, `gen_ai.usage.reasoning_tokens`) and OpenInference's
/// (`llm.token_count.*`). Every name counts input with cached tokens included, as OTel does.
///
/// OpenInference's `llm.token_count.total` fills in what the split leaves out: the missing side is the total
/// less the stated one, and a total alone counts as input (all an embedding has; for a chat call the split
/// is unknown, so opstop's table prices it at the input rate unless the span states its cost).
enum OTLPTokenKeys {
    static let input = [
        "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens", "llm.usage.prompt_tokens", "llm.token_count.prompt",
    ]
    static let output = [
        "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens", "llm.usage.completion_tokens",
        "llm.token_count.completion",
    ]
    static let cacheRead = [
        "gen_ai.usage.cache_read.input_tokens", "gen_ai.usage.cache_read_input_tokens",
        "llm.usage.cache_read_input_tokens", "llm.token_count.prompt_details.cache_read",
    ]
    static let cacheCreation = [
        "gen_ai.usage.cache_creation.input_tokens", "gen_ai.usage.cache_creation_input_tokens",
        "llm.usage.cache_creation_input_tokens", "llm.token_count.prompt_details.cache_write",
    ]
    static let reasoning = [
        "gen_ai.usage.reasoning.output_tokens", "gen_ai.usage.reasoning_tokens", "llm.usage.reasoning_tokens",
        "llm.token_count.completion_details.reasoning",
    ]

    static let total = "llm.token_count.total"

    /// Every name above: the attributes read as whole, non-negative counts.
    static let all: Set<String> = Set(input + output + cacheRead + cacheCreation + reasoning + [total])

    /// The usage the stated counts give, each field from its first stated name.
    static func usage(_ tokens: [String: Int64]) -> TokenUsage {
        func stated(_ keys: [String]) -> Int64? { keys.lazy.compactMap { tokens[$0] }.first }
        func first(_ keys: [String]) -> Int64 { stated(keys) ?? 0 }
        var usage = TokenUsage(
            input: first(input), output: first(output), cacheRead: first(cacheRead),
            cacheCreation: first(cacheCreation), reasoning: first(reasoning))
        if let total = tokens[total] {
            switch (stated(input), stated(output)) {
            case (nil, nil): usage.input = total
            case let (nil, output?): usage.input = Swift.max(0, total - output)
            case let (input?, nil): usage.output = Swift.max(0, total - input)
            case (_?, _?): break
            }
        }
        return usage
    }
}
