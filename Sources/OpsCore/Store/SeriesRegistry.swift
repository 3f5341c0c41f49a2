/// Gives each distinct model, tool or error type a small number, up to a limit.
///
/// Buckets key their per-series figures by these numbers instead of by strings, which keeps
/// the per-span cost of aggregation to one dictionary lookup per name.
public struct SeriesRegistry: Sendable {
    public static let overflowName = "(other)"
    public typealias ID = Int32

    public private(set) var names: [String] = []
    private var ids: [NameKey: ID] = [:]
    private var recent = RecentNames<ID>()
    public let limit: Int
    public private(set) var overflowed = 0

    public init(limit: Int) {
        self.limit = Swift.max(1, limit)
    }

    public mutating func id(for name: String) -> ID {
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

    public func existingID(for name: String) -> ID? { ids[NameKey(name)] }

    public func name(of id: ID) -> String {
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
