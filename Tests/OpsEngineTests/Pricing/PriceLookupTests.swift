import Testing
@testable import OpsModel
@testable import OpsEngine

@Test func lookupAnswersLikeTheTableAndRemembersKnownAndUnknownNames() {
    var lookup = PriceLookup()
    for name in ["gpt-4o-mini-2024-07-18", "nonsense-model", "gpt-4o-mini-2024-07-18", "nonsense-model"] {
        #expect(lookup.price(for: name) == PriceTable.builtIn.price(for: name))
    }
    #expect(lookup.rememberedCount == 2)
    let usage = TokenUsage(input: 1_000, output: 100)
    #expect(lookup.cost(of: usage, model: "gpt-4o") == PriceTable.builtIn.cost(of: usage, model: "gpt-4o"))
    #expect(lookup.cost(of: usage, model: "nonsense-model") == nil)
    #expect(lookup.cost(of: usage, model: nil) == nil)
}

@Test func lookupStopsRememberingAtCapacityButStillAnswers() {
    var lookup = PriceLookup(table: .builtIn, capacity: 2)
    _ = lookup.price(for: "a")
    _ = lookup.price(for: "b")
    #expect(lookup.price(for: "gpt-4o")?.input == 2.50)
    #expect(lookup.rememberedCount == 2)
}
