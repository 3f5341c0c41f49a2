import OpsModel

/// Prices model names through a ``PriceTable``, remembering each answer for the next time the name appears.
///
/// Logs repeat a handful of model names millions of times, so the engine owns one of these and asks it
/// instead of the table. The memory holds at most ``capacity`` names; past that, names are resolved
/// without being remembered, so hostile input cannot grow it without bound.
package struct PriceLookup: Sendable {
    package static let defaultCapacity = 4096

    package let table: PriceTable
    package let capacity: Int
    private var memo: [NameKey: ModelPrice?] = [:]
    private var recent = RecentNames<ModelPrice?>()

    package init(table: PriceTable = .builtIn, capacity: Int = PriceLookup.defaultCapacity) {
        self.table = table
        self.capacity = Swift.max(0, capacity)
    }

    /// How many distinct raw names are remembered.
    package var rememberedCount: Int { memo.count }

    /// The price of `model`, or nil when the table does not know it.
    package mutating func price(for model: String) -> ModelPrice? {
        if let known = recent.value(for: model) { return known }
        let key = NameKey(model)
        if let known = memo[key] {
            recent.remember(known, for: model)
            return known
        }
        let price = table.price(for: model)
        if memo.count < capacity { memo[key] = .some(price) }
        recent.remember(price, for: model)
        return price
    }

    /// ``price(for:)`` of the name with this identity: `name` is asked for the name (a copy of it) only
    /// when it is not among the recent ones; nil when it gives none.
    @inline(__always)
    package mutating func price(for identity: NameIdentity, name: () -> String?) -> ModelPrice? {
        if let known = recent.value(for: identity) { return known }
        return name().flatMap { price(for: $0) }
    }

    /// What `usage` costs on `model` in US dollars; nil when the model is missing or unknown.
    package mutating func cost(of usage: TokenUsage, model: String?) -> Double? {
        guard let model, let price = price(for: model) else { return nil }
        return price.cost(of: usage)
    }
}
