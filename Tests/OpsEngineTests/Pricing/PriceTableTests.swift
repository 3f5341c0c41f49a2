import Testing
@testable import OpsModel
@testable import OpsEngine

struct PriceTableTests {
    @Test func requiredListPricesAreExact() throws {
        let mini = try #require(PriceTable.builtIn.price(for: "gpt-4o-mini"))
        #expect(mini == ModelPrice(input: 0.15, output: 0.60, cachedInput: 0.075))
        let full = try #require(PriceTable.builtIn.price(for: "gpt-4o"))
        #expect(full == ModelPrice(input: 2.50, output: 10.00, cachedInput: 1.25))
    }

    @Test(arguments: [
        "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "o1", "o1-mini", "o3", "o3-mini",
        "o4-mini", "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-4-turbo", "gpt-3.5-turbo", "text-embedding-3-small",
        "text-embedding-3-large",
        "claude-opus-4-1", "claude-opus-4", "claude-sonnet-4-5", "claude-sonnet-4", "claude-3-7-sonnet",
        "claude-3-5-sonnet", "claude-3-5-haiku", "claude-haiku-4-5", "claude-3-haiku", "claude-3-opus",
        "gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.5-flash-lite", "gemini-2.0-flash", "gemini-2.0-flash-lite",
        "gemini-1.5-pro", "gemini-1.5-flash",
        "mistral-large-latest", "mistral-medium", "mistral-small-latest", "codestral", "ministral-8b",
        "open-mistral-nemo",
    ])
    func everyRequiredModelIsPricedWithPositiveInput(model: String) throws {
        let price = try #require(PriceTable.builtIn.price(for: model))
        #expect(price.input > 0)
        #expect(price.cachedInput <= price.input)
        #expect(price.cacheWriteRate >= price.input)
    }

    @Test func everyBuiltInAnthropicModelCachesReadsAtATenthAndWritesAtOneAndAQuarter() throws {
        for name in PriceTable.builtIn.modelNames where name.hasPrefix("claude") {
            let price = try #require(PriceTable.builtIn.price(for: name))
            // Claude 3 Haiku's published figures are rounded: 0.30 to write, 0.03 to read.
            #expect(abs(price.cacheWriteRate - price.input * 1.25) < 0.02, "\(name)")
            #expect(abs(price.cachedInput - price.input * 0.1) < 0.006, "\(name)")
        }
    }

    @Test(arguments: [
        ("GPT-4o-Mini", "gpt-4o-mini"),
        ("  gpt-4o-mini\n", "gpt-4o-mini"),
        ("gpt-4o-mini-2024-07-18", "gpt-4o-mini"),
        ("openai/gpt-4o-mini", "gpt-4o-mini"),
        ("azure/gpt-4o-2024-08-06", "gpt-4o"),
        ("gpt-4.1-2025-04-14", "gpt-4.1"),
        ("gpt-5-2025-08-07", "gpt-5"),
        ("gpt-5-chat-latest", "gpt-5-chat"),
        ("o1-preview", "o1"),
        ("o3-mini-2025-01-31", "o3-mini"),
        ("gpt-4-turbo-2024-04-09", "gpt-4-turbo"),
        ("gpt-4-turbo-preview", "gpt-4-turbo"),
        ("gpt-4-0613", "gpt-4"),
        ("gpt-3.5-turbo-0125", "gpt-3.5-turbo"),
        ("claude-3-5-sonnet-20241022", "claude-3-5-sonnet"),
        ("claude-3-5-sonnet-latest", "claude-3-5-sonnet"),
        ("anthropic/claude-3-5-sonnet-20240620", "claude-3-5-sonnet"),
        ("claude-3-5-sonnet@20240620", "claude-3-5-sonnet"),
        ("vertex_ai/claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet"),
        ("claude-sonnet-4-5-20250929", "claude-sonnet-4-5"),
        ("claude-opus-4-1-20250805", "claude-opus-4-1"),
        ("claude-opus-4-20250514", "claude-opus-4"),
        ("claude-3.5-sonnet", "claude-3-5-sonnet"),
        ("openrouter/anthropic/claude-sonnet-4.5", "claude-sonnet-4-5"),
        ("anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku"),
        ("bedrock/us.anthropic.claude-3-7-sonnet-20250219-v1:0", "claude-3-7-sonnet"),
        ("bedrock/anthropic.claude-3-haiku-20240307-v1:0", "claude-3-haiku"),
        ("arn:aws:bedrock:us-east-1:123:inference-profile/eu.anthropic.claude-sonnet-4-20250514-v1:0",
         "claude-sonnet-4"),
        ("bedrock/mistral.mistral-large-2407-v1:0", "mistral-large"),
        ("gemini/gemini-1.5-flash-latest", "gemini-1.5-flash"),
        ("models/gemini-2.0-flash-001", "gemini-2.0-flash"),
        ("vertex_ai/gemini-1.5-pro-002", "gemini-1.5-pro"),
        ("gemini-2.5-pro-preview-06-05", "gemini-2.5-pro"),
        ("mistral/mistral-large-latest", "mistral-large"),
        ("mistral-small-2503", "mistral-small"),
        ("codestral-latest", "codestral"),
        ("ministral-8b-2410", "ministral-8b"),
        ("open-mistral-nemo-2407", "open-mistral-nemo"),
    ])
    func aliasesResolveToTheirListedModel(alias: String, listed: String) throws {
        let expected = try #require(PriceTable.builtIn.price(for: listed))
        #expect(PriceTable.builtIn.price(for: alias) == expected)
    }

    @Test func datedSnapshotsWithTheirOwnPriceAreListedExactly() throws {
        let may = try #require(PriceTable.builtIn.price(for: "gpt-4o-2024-05-13"))
        #expect(may.input == 5.00)
        #expect(PriceTable.builtIn.price(for: "chatgpt-4o-latest")?.output == 15.00)
        #expect(PriceTable.builtIn.price(for: "gpt-4-1106-preview")?.input == 10.00)
    }

    @Test(arguments: [
        "", "llama-3.1-70b", "gpt-4o-mini-tts", "gpt-4o-audio-preview", "gpt-4o-search-preview",
        "ft:gpt-4o-mini-2024-07-18:acme::abc123", "claude-3-5-sonnet-jumbo", "my-gpt-4o", "gpt-4o-mini-custom",
        "latest", "2024-07-18", "meta-llama/Llama-3-8b", "bedrock/amazon.nova-pro-v1:0", "gemini-2.0-flash-exp",
    ])
    func unknownNamesAreNotGuessed(name: String) {
        #expect(PriceTable.builtIn.price(for: name) == nil)
        #expect(PriceTable.builtIn.cost(of: TokenUsage(input: 10, output: 10), model: name) == nil)
    }

    @Test func missingModelHasNoCost() {
        #expect(PriceTable.builtIn.cost(of: TokenUsage(input: 10, output: 10), model: nil) == nil)
        #expect(PriceTable.empty.price(for: "gpt-4o") == nil)
    }

    @Test func overridesAddAndReplaceModels() throws {
        let table = PriceTable.builtIn.overriding(with: [
            "GPT-4o": ModelPrice(input: 1, output: 2),
            "acme-llm": ModelPrice(input: 3, output: 4),
        ])
        #expect(table.price(for: "gpt-4o") == ModelPrice(input: 1, output: 2))
        #expect(table.price(for: "openai/gpt-4o-2024-08-06") == ModelPrice(input: 1, output: 2))
        #expect(table.price(for: "acme-llm") == ModelPrice(input: 3, output: 4))
        #expect(table.price(for: "gpt-4o-mini") == PriceTable.builtIn.price(for: "gpt-4o-mini"))
    }

    @Test func exactOverrideNamesWinOverNormalization() throws {
        let table = PriceTable.builtIn.overriding(with: [
            "gpt-4o-mini-2024-07-18": ModelPrice(input: 9, output: 9),
            "openai/gpt-4.1": ModelPrice(input: 7, output: 7),
        ])
        #expect(table.price(for: "gpt-4o-mini-2024-07-18")?.input == 9)
        #expect(table.price(for: "gpt-4o-mini")?.input == 0.15)
        #expect(table.price(for: "OpenAI/GPT-4.1")?.input == 7)
        #expect(table.price(for: "gpt-4.1")?.input == 2.00)
    }

    @Test func overridingAnAnthropicModelWithoutCacheWriteUsesOneAndAQuarterInput() throws {
        let table = PriceTable.builtIn.overriding(with: ["claude-3-5-haiku": ModelPrice(input: 2, output: 10)])
        #expect(try #require(table.price(for: "claude-3-5-haiku-20241022")).cacheWriteRate == 2.5)
    }
}

@Test func tablesCompareByTheirPrices() {
    #expect(PriceTable.builtIn == PriceTable(PriceTable.builtInPrices))
    #expect(PriceTable.builtIn != PriceTable.builtIn.overriding(with: ["gpt-4o": ModelPrice(input: 1, output: 1)]))
    #expect(PriceTable.builtIn == PriceTable.builtIn.overriding(with: [:]))
}
