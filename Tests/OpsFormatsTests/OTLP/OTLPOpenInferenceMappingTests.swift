import Testing
@testable import OpsModel
@testable import OpsFormats

/// OpenInference (Arize Phoenix's instrumentors) and OpenLLMetry spans map like GenAI spans.
struct OTLPOpenInferenceMappingTests {
    typealias M = OTLPSpanMappingTests

    func span(_ extra: String, keepContent: Bool = true) throws -> Span {
        let options = OTLPTraceDecoder.Options(keepContent: keepContent)
        let batch = try OTLPTestSupport.decodeJSON(M.request([extra]), options: options)
        #expect(batch.rejections == [])
        return try #require(batch.spans.first)
    }

    func rejection(_ extra: String) throws -> String? { try M().rejection(extra) }

    /// What openinference-instrumentation-openai 0.1.66 writes for one chat completion.
    static let llmSpan = M.attributes(
        M.string("openinference.span.kind", "LLM"), M.string("llm.system", "openai"),
        M.string("llm.provider", "azure"), M.string("llm.model_name", "gpt-4o-mini-2024-07-18"),
        M.string("llm.invocation_parameters", #"{\"model\": \"gpt-4o-mini\", \"temperature\": 0}"#),
        M.int("llm.token_count.prompt", 80), M.int("llm.token_count.completion", 27),
        M.int("llm.token_count.total", 107), M.int("llm.token_count.prompt_details.cache_read", 32),
        M.int("llm.token_count.prompt_details.cache_write", 8),
        M.int("llm.token_count.completion_details.reasoning", 6),
        M.string("llm.input_messages.1.message.role", "user"),
        M.string("llm.input_messages.1.message.content", "where is order 7?"),
        M.string("llm.input_messages.0.message.role", "system"),
        M.string("llm.input_messages.0.message.content", "be brief"),
        M.string("llm.output_messages.0.message.role", "assistant"),
        M.string("llm.output_messages.0.message.content", "shipped"),
        M.string("input.value", "raw input"), M.string("session.id", "s-1"), M.string("user.id", "u-1"))

    @Test func anOpenInferenceLLMSpanHasModelProviderTokensAndMessages() throws {
        let llm = try span(Self.llmSpan)
        #expect(llm.component == .llm)
        #expect(llm.requestModel == "gpt-4o-mini")
        #expect(llm.responseModel == "gpt-4o-mini-2024-07-18")
        #expect(llm.provider == "azure")
        #expect(llm.usage == TokenUsage(input: 80, output: 27, cacheRead: 32, cacheCreation: 8, reasoning: 6))
        #expect(llm.sessionID == "s-1")
        #expect(llm.userID == "u-1")
        #expect(llm.content?.input
            == #"[{"role":"system","content":"be brief"},{"role":"user","content":"where is order 7?"}]"#)
        #expect(llm.content?.output == #"[{"role":"assistant","content":"shipped"}]"#)
        #expect(try span(Self.llmSpan, keepContent: false).content == nil)
    }

    @Test func everySpanKindNamesItsComponent() throws {
        let kinds: [(String, Component)] = [
            ("LLM", .llm), ("EMBEDDING", .llm), ("TOOL", .tool), ("RETRIEVER", .retrieval), ("RERANKER", .retrieval),
            ("AGENT", .query), ("CHAIN", .other), ("GUARDRAIL", .guardrail), ("EVALUATOR", .other), ("llm", .llm),
        ]
        for (kind, component) in kinds {
            #expect(try span(M.attributes(M.string("openinference.span.kind", kind))).component == component, "\(kind)")
        }
        // An unknown kind says nothing: the span falls back to what else it states.
        let unknown = try span(M.attributes(M.string("openinference.span.kind", "TELEPORT"), M.string("llm.model_name", "m")))
        #expect(unknown.component == .llm)
        // GenAI's operation name wins over the span kind.
        let both = try span(M.attributes(
            M.string("openinference.span.kind", "CHAIN"), M.string("gen_ai.operation.name", "execute_tool")))
        #expect(both.component == .tool)
    }

    @Test func aToolSpanNamesItsToolAndKeepsInputAndOutputValues() throws {
        let tool = try span(M.attributes(
            M.string("openinference.span.kind", "TOOL"), M.string("tool.name", "lookup_order"),
            M.string("input.value", #"{\"id\": 7}"#), M.string("output.value", "found")))
        #expect(tool.component == .tool)
        #expect(tool.tool == "lookup_order")
        #expect(tool.content == SpanContent(input: #"{"id": 7}"#, output: "found"))
    }

    @Test func aFailedOpenInferenceSpanTakesItsModelFromTheInvocationParametersAndTheExceptionEvent() throws {
        let failed = try span(
            M.attributes(
                M.string("openinference.span.kind", "LLM"),
                M.string("llm.invocation_parameters", #"{\"model\": \"gpt-4o-mini\"}"#))
                + #","events":[{"name":"exception","timeUnixNano":"1795433595000000000","attributes":["#
                + M.string("exception.type", "openai.RateLimitError") + "]}]"
                + #","status":{"code":2,"message":"RateLimitError: Error code: 429"}"#)
        #expect(failed.model == "gpt-4o-mini")
        #expect(failed.error?.type == "openai.RateLimitError")
    }

    @Test func openLLMetryNamesAreReadWhereTheyDifferFromGenAI() throws {
        let llm = try span(M.attributes(
            M.string("llm.request.type", "chat"), M.string("gen_ai.request.model", "gpt-4o"),
            M.int("llm.usage.prompt_tokens", 100), M.int("llm.usage.completion_tokens", 20),
            M.int("gen_ai.usage.cache_read_input_tokens", 40), M.int("gen_ai.usage.cache_creation_input_tokens", 10),
            M.int("gen_ai.usage.reasoning_tokens", 5), M.int("llm.usage.total_tokens", 120)))
        #expect(llm.component == .llm)
        #expect(llm.usage == TokenUsage(input: 100, output: 20, cacheRead: 40, cacheCreation: 10, reasoning: 5))
        let tool = try span(M.attributes(
            M.string("traceloop.span.kind", "tool"), M.string("traceloop.entity.name", "cancel_order"),
            M.string("traceloop.entity.input", "in"), M.string("traceloop.entity.output", "out")))
        #expect(tool.component == .tool)
        #expect(tool.tool == "cancel_order")
        #expect(tool.content == SpanContent(input: "in", output: "out"))
        #expect(try span(M.attributes(M.string("traceloop.span.kind", "workflow"))).component == .query)
        #expect(try span(M.attributes(M.string("traceloop.span.kind", "task"))).component == .other)
    }

    @Test func currentGenAINamesWinOverOpenInferenceAndOpenLLMetryOnes() throws {
        let both = try span(M.attributes(
            M.int("llm.token_count.prompt", 1), M.int("gen_ai.usage.input_tokens", 2),
            M.int("llm.usage.prompt_tokens", 3), M.string("llm.model_name", "a"), M.string("gen_ai.response.model", "b"),
            M.string("llm.system", "x"), M.string("gen_ai.provider.name", "y")))
        #expect(both.usage.input == 2)
        #expect(both.responseModel == "b")
        #expect(both.provider == "y")
    }

    /// A span that states only `llm.token_count.total` used to count 0 tokens.
    @Test func aTotalAloneCountsAsInputAndFillsInAMissingSide() throws {
        let embedding = try span(M.attributes(
            M.string("openinference.span.kind", "EMBEDDING"), M.string("llm.model_name", "text-embedding-3-small"),
            M.int("llm.token_count.total", 42)))
        #expect(embedding.usage == TokenUsage(input: 42))
        #expect(embedding.usage.total == 42)
        let promptOnly = try span(M.attributes(M.int("llm.token_count.prompt", 30), M.int("llm.token_count.total", 42)))
        #expect(promptOnly.usage == TokenUsage(input: 30, output: 12))
        let completionOnly = try span(M.attributes(
            M.int("llm.token_count.completion", 5), M.int("llm.token_count.total", 42),
            M.int("llm.token_count.prompt_details.cache_read", 20)))
        #expect(completionOnly.usage == TokenUsage(input: 37, output: 5, cacheRead: 20))
        // A stated split wins over a total that disagrees; a total below the stated side adds nothing.
        let both = try span(M.attributes(
            M.int("llm.token_count.prompt", 1), M.int("llm.token_count.completion", 2), M.int("llm.token_count.total", 99)))
        #expect(both.usage == TokenUsage(input: 1, output: 2))
        let short = try span(M.attributes(M.int("llm.token_count.prompt", 50), M.int("llm.token_count.total", 42)))
        #expect(short.usage == TokenUsage(input: 50))
        // Zero stated is stated: the other side is the rest of the total.
        let zeroPrompt = try span(M.attributes(M.int("gen_ai.usage.input_tokens", 0), M.int("llm.token_count.total", 7)))
        #expect(zeroPrompt.usage == TokenUsage(input: 0, output: 7))
        #expect(OTLPTokenKeys.usage(["llm.token_count.total": 9]) == TokenUsage(input: 9))
        #expect(OTLPTokenKeys.usage([:]) == .zero)
    }

    @Test func hostileOpenInferenceValuesRejectTheSpanOrAreIgnored() throws {
        #expect(try rejection(M.attributes(M.string("llm.token_count.total", "many")))
            == "expected a number for llm.token_count.total")
        #expect(try rejection(M.attributes(M.int("llm.token_count.total", -3)))
            == "llm.token_count.total must not be negative")
        #expect(try rejection(M.attributes(M.double("llm.token_count.total", 1e300)))
            == "llm.token_count.total is out of range")
        #expect(try rejection(M.attributes(M.string("llm.token_count.prompt", "many")))
            == "expected a number for llm.token_count.prompt")
        #expect(try rejection(M.attributes(M.int("llm.token_count.completion", -1)))
            == "llm.token_count.completion must not be negative")
        #expect(try rejection(M.attributes(M.double("llm.token_count.prompt_details.cache_read", 1e300)))
            == "llm.token_count.prompt_details.cache_read is out of range")
        // Wrong types on names and kinds are not read; a non-JSON or huge parameter string gives no model.
        let odd = try span(M.attributes(
            #"{"key":"openinference.span.kind","value":{"arrayValue":{"values":[]}}}"#,
            #"{"key":"llm.model_name","value":{"boolValue":true}}"#,
            M.string("llm.invocation_parameters", "not json"),
            M.string("llm.input_messages.99999999999999999999.message.content", "x"),
            M.string("llm.input_messages.5000.message.content", "x"),
            M.string("llm.input_messages.-1.message.content", "x"),
            M.string("llm.input_messages.2.other.content", "x")))
        #expect(odd.component == .llm)  // the boolean model name reads as text "true"
        #expect(odd.content == nil)
        let huge = String(repeating: " ", count: OTLPOpenInferenceFields.maxParametersBytes) + #"{"model":"m"}"#
        #expect(OTLPOpenInferenceFields.model(inParameters: huge) == nil)
        #expect(OTLPOpenInferenceFields.model(inParameters: #"{"model": 4}"#) == nil)
        #expect(OTLPOpenInferenceFields.model(inParameters: "[1]") == nil)
    }

    @Test func messagesStopAtTheFieldLimit() throws {
        var messages = OTLPIndexedMessages()
        for index in 0..<(OTLPOpenInferenceFields.maxMessageFields + 10) {
            messages.read("\(index).message.content"[...], .string("m"))
        }
        let json = try #require(messages.json)
        #expect(json.split(separator: "{").count - 1 == OTLPOpenInferenceFields.maxMessageFields)
    }
}

/// The producers' own cost attributes are the span's stated cost.
struct OTLPStatedCostTests {
    typealias M = OTLPSpanMappingTests

    @Test func liteLLMAndOpenInferenceCostsAreStated() throws {
        for key in ["gen_ai.cost.total_cost", "llm.cost.total"] {
            let batch = try OTLPTestSupport.decodeJSON(M.request([M.attributes(M.double(key, 0.0125))]))
            #expect(batch.spans.first?.reportedCostUSD == 0.0125, "\(key)")
        }
        // LiteLLM's breakdown beside the total is not added to it; a string tier is not a cost.
        let batch = try OTLPTestSupport.decodeJSON(M.request([M.attributes(
            M.double("gen_ai.cost.total_cost", 0.02), M.double("gen_ai.cost.input_cost", 0.01),
            M.string("gen_ai.cost.service_tier", "default"))]))
        #expect(batch.spans.first?.reportedCostUSD == 0.02)
    }

    @Test func hostileCostsRejectTheSpan() throws {
        for (value, reason) in [(M.string("gen_ai.cost.total_cost", "cheap"), "expected a number for gen_ai.cost.total_cost"),
                                (M.double("gen_ai.cost.total_cost", -1), "gen_ai.cost.total_cost must not be negative"),
                                (#"{"key":"gen_ai.cost.total_cost","value":{"boolValue":true}}"#,
                                 "expected a number for gen_ai.cost.total_cost")] {
            let batch = try OTLPTestSupport.decodeJSON(M.request([M.attributes(value)]))
            #expect(batch.spans.isEmpty)
            #expect(batch.rejections.first?.reason == reason)
        }
    }
}
