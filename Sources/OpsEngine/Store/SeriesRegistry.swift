import OpsModel

/// Gives each distinct model, tool or error type a small number, up to a limit.
///
/// Buckets key their per-series figures by these numbers instead of by strings, which keeps
/// the per-span cost of aggregation to one dictionary lookup per name.
package struct SeriesRegistry: Sendable {
    package static let overflowName = "(other)"
    package typealias ID = Int32

    package private(set) var names: [String] = []
    private var ids: [NameKey: ID] = [:]
    private var recent = RecentNames<ID>()
    package let limit: Int
    package private(set) var overflowed = 0

    package init(limit: Int) {
        self.limit = Swift.max(1, limit)
    }

    package mutating func id(for name: String) -> ID {
        if let id = recent.value(for: name) { return id }
        let key = NameKey(name)
        if let id = ids[key] {
            recent.remember(id, for: name)
            return id
        }
        if names.count >= limit - 1 {
            overflowed += 1
            return overflowID()
        }
        let id = ID(names.count)
        names.append(name)
        ids[key] = id
        return id
    }

    /// The id of the name with this identity when it is among the recent ones, else nil (then ask
    /// ``id(for:)``): the same id, found without copying the name or changing the registry.
    func recentID(for identity: NameIdentity) -> ID? { recent.value(for: identity) }

    package func existingID(for name: String) -> ID? { ids[NameKey(name)] }

    package func name(of id: ID) -> String {
        Int(id) < names.count ? names[Int(id)] : Self.overflowName
    }

    private mutating func overflowID() -> ID {
        if let id = ids[NameKey(Self.overflowName)] { return id }
        let id = ID(names.count)
        names.append(Self.overflowName)
        ids[NameKey(Self.overflowName)] = id
        return id
    }
}
