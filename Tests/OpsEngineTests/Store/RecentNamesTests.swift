import Testing
@testable import OpsEngine

/// A string with the same text as `text` in storage of its own (not shared with `text`).
private func freshCopy(_ text: String) -> String {
    String(decoding: Array(text.utf8), as: UTF8.self)
}

@Test func recentNamesAnswerOnlyForTheVerySameString() {
    var recent = RecentNames<Int>()
    let name = "claude-sonnet-4-5-20250929-with-a-long-suffix"
    #expect(recent.value(for: name) == nil)
    recent.remember(7, for: name)
    #expect(recent.value(for: name) == 7)
    #expect(recent.value(for: freshCopy("claude-sonnet-4-5-20250929-with-a-long-suffiy")) == nil)
    #expect(recent.value(for: "gpt-4o") == nil)
    recent.remember(3, for: "gpt-4o")
    #expect(recent.value(for: "gpt-4o") == 3)
}

@Test func seriesIDsStayStableWhateverStorageTheNamesArriveIn() {
    var registry = SeriesRegistry(limit: 100)
    let names = (0..<40).map { "model-with-a-name-longer-than-fifteen-bytes-\($0)" } + (0..<10).map { "m\($0)" }
    let ids = names.map { registry.id(for: $0) }
    #expect(Set(ids).count == names.count)
    for round in 0..<5 {
        for (index, name) in names.enumerated().shuffled() {
            let spelled = round % 2 == 0 ? name : freshCopy(name)
            #expect(registry.id(for: spelled) == ids[index])
            #expect(registry.name(of: ids[index]) == name)
        }
    }
}

@Test func priceLookupRemembersUnknownModelsAsUnknown() {
    var lookup = PriceLookup()
    let unknown = "a-model-nobody-prices-at-all"
    for _ in 0..<3 {
        #expect(lookup.price(for: unknown) == nil)
        #expect(lookup.price(for: freshCopy(unknown)) == nil)
        #expect(lookup.price(for: "gpt-4o-mini")?.input == 0.15)
    }
}

/// Two names that fall in the same pair of slots are both remembered; a third in that pair forgets
/// the one used least recently.
@Test func namesSharingAPairAreBothRemembered() {
    // Short names are stored in the string itself, so their identity (and pair) is their text.
    let candidates = (0..<200).map { "m\($0)" }
    let byPair = Dictionary(grouping: candidates) { RecentNames<Int>.pair(of: $0) }
    guard let three = byPair.values.first(where: { $0.count >= 3 }) else {
        Issue.record("no three short names share a pair")
        return
    }
    var recent = RecentNames<Int>()
    recent.remember(1, for: three[0])
    recent.remember(2, for: three[1])
    #expect(recent.value(for: three[0]) == 1)
    #expect(recent.value(for: three[1]) == 2)
    recent.remember(3, for: three[2])
    #expect(recent.value(for: three[2]) == 3)
    #expect(recent.value(for: three[1]) == 2)
    #expect(recent.value(for: three[0]) == nil)
    recent.remember(4, for: three[1])  // second of the pair: now first, and not kept twice
    recent.remember(5, for: three[0])
    #expect(recent.value(for: three[0]) == 5)
    #expect(recent.value(for: three[1]) == 4)
    #expect(recent.value(for: three[2]) == nil)
}
