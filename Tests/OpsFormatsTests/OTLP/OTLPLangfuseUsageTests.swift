import Testing
@testable import OpsModel
@testable import OpsFormats

/// Langfuse's `usage_details` in the shapes real SDKs fill it with.
struct OTLPLangfuseUsageTests {
    func usage(_ json: String) -> TokenUsage? { OTLPLangfuseDetails.usage(fromJSON: json) }

    @Test func openAIChatUsageAsLangfuseOpenAIWrapperSendsIt() {
        // What langfuse 5.0.4's langfuse.openai wrapper writes: OpenAI's raw usage.
        let raw = #"{"completion_tokens": 27, "prompt_tokens": 80, "total_tokens": 107, "#
            + #""completion_tokens_details": {"accepted_prediction_tokens": 0, "audio_tokens": 0, "reasoning_tokens": 6, "#
            + #""rejected_prediction_tokens": 0}, "prompt_tokens_details": {"audio_tokens": 0, "cached_tokens": 32}}"#
        #expect(usage(raw) == TokenUsage(input: 80, output: 27, cacheRead: 32, reasoning: 6))
    }

    @Test func openAIResponsesUsage() {
        let raw = #"{"input_tokens": 100, "input_tokens_details": {"cached_tokens": 40}, "output_tokens": 30, "#
            + #""output_tokens_details": {"reasoning_tokens": 12}, "total_tokens": 130}"#
        #expect(usage(raw) == TokenUsage(input: 100, output: 30, cacheRead: 40, reasoning: 12))
    }

    @Test func anthropicUsageCountsTheCacheOnTopOfInput() {
        let raw = #"{"input_tokens": 10, "output_tokens": 50, "cache_read_input_tokens": 2000, "#
            + #""cache_creation_input_tokens": 300}"#
        #expect(usage(raw) == TokenUsage(input: 2310, output: 50, cacheRead: 2000, cacheCreation: 300))
    }

    @Test func googleUsageInBothSpellings() {
        let camel = #"{"promptTokenCount": 500, "cachedContentTokenCount": 200, "candidatesTokenCount": 40, "#
            + #""thoughtsTokenCount": 60, "totalTokenCount": 600}"#
        #expect(usage(camel) == TokenUsage(input: 500, output: 100, cacheRead: 200, reasoning: 60))
        let snake = #"{"prompt_token_count": 500, "cached_content_token_count": 200, "candidates_token_count": 40}"#
        #expect(usage(snake) == TokenUsage(input: 500, output: 40, cacheRead: 200))
    }

    @Test func langfuseOwnUsageTypesAreApartFromEachOther() {
        // As Langfuse's LangChain handler writes them: input and output with their details taken out.
        let own = #"{"input": 60, "output": 20, "total": 100, "input_cache_read": 15, "input_cache_creation": 5, "#
            + #""output_reasoning": 10}"#
        #expect(usage(own) == TokenUsage(input: 80, output: 30, cacheRead: 15, cacheCreation: 5, reasoning: 10))
    }

    @Test func hostileDetailsAreReadAsAbsent() {
        #expect(usage(#"{"prompt_tokens": "80", "completion_tokens": -1}"#) == nil)
        #expect(usage(#"{"prompt_tokens": 1e300, "completion_tokens": 2.5}"#) == nil)
        #expect(usage(#"{"prompt_tokens": 1000000000001, "completion_tokens": 3}"#) == TokenUsage(output: 3))
        #expect(usage(#"{"prompt_tokens": 9, "prompt_tokens_details": [32]}"#) == TokenUsage(input: 9))
        #expect(usage(#"{"prompt_tokens": 9, "prompt_tokens_details": {"cached_tokens": {"deep": 1}}}"#)
            == TokenUsage(input: 9))
        #expect(usage(#"{"a":{"b":{"c":{"d":{"e":1}}}},"input":1}"#) == nil)
        #expect(usage(String(repeating: " ", count: OTLPLangfuseDetails.maxBytes) + #"{"input":1}"#) == nil)
        #expect(usage("null") == nil)
        #expect(usage("") == nil)
    }
}
