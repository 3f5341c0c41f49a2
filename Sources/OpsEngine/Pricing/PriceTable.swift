import OpsModel

/// Model prices by name, with the name normalization logs need.
///
/// Names compare case-insensitively. A lookup tries the name as written, then without provider prefixes
/// (`openai/`, `bedrock/us.anthropic.`, `models/`, …), `@version` and `:revision`, then without trailing
/// version tokens (dates, `-latest`, `-preview`, `-v2`), taking the first listed name. A name that does not
/// reduce to a listed one is unknown: the table never guesses across families.
///
/// Resolving a name costs a few string operations; ``PriceLookup`` remembers the answers for the engine.
package struct PriceTable: Sendable, Hashable {
    private var entries: [String: ModelPrice]

    /// A table of exactly these prices; names are lowercased, and Anthropic prices without a cache-write
    /// rate get 1.25 × input.
    package init(_ prices: [String: ModelPrice]) {
        entries = [:]
        entries.reserveCapacity(prices.count)
        for (name, price) in prices { insert(price, named: name) }
    }

    /// A table with no prices: every model is unknown.
    package static let empty = PriceTable([:])

    /// The built-in list prices (see ``builtInPrices``).
    package static let builtIn = PriceTable(builtInPrices)

    /// This table with `prices` added, replacing any listed under the same name.
    ///
    /// An override is found by its exact name before any normalization, so `gpt-4o-2024-05-13` may be priced
    /// apart from `gpt-4o`; an override of `gpt-4o` also prices the dated aliases that normalize to it.
    package func overriding(with prices: [String: ModelPrice]) -> PriceTable {
        var copy = self
        for (name, price) in prices { copy.insert(price, named: name) }
        return copy
    }

    /// The names the table lists, sorted.
    package var modelNames: [String] { entries.keys.sorted() }

    /// The price of `model`, or nil when the table does not know it.
    package func price(for model: String) -> ModelPrice? {
        let key = ModelName.key(model)
        if let price = entries[key] { return price }
        var name = ModelName.canonical(key)
        while true {
            if let price = entries[name] { return price }
            guard let shorter = ModelName.droppingVersionSuffix(name) else { return nil }
            name = shorter
        }
    }

    /// What `usage` costs on `model` in US dollars; nil when the model is missing or unknown.
    package func cost(of usage: TokenUsage, model: String?) -> Double? {
        guard let model, let price = price(for: model) else { return nil }
        return price.cost(of: usage)
    }

    private mutating func insert(_ price: ModelPrice, named name: String) {
        var price = price
        if price.cacheWrite == nil, ModelName.isAnthropic(name) {
            price.cacheWrite = price.input * 1.25
        }
        entries[ModelName.key(name)] = price
    }
}
