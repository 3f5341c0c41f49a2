/// A key bound more than once in one scope.
public struct KeyConflict: Sendable, Hashable, CustomStringConvertible {
    public var scope: KeyScope
    public var key: Key
    /// The help texts of the bindings that claim the key.
    public var bindings: [String]

    public init(scope: KeyScope, key: Key, bindings: [String]) {
        self.scope = scope
        self.key = key
        self.bindings = bindings
    }

    public var description: String {
        "\(scope.rawValue): \(key) is bound to " + bindings.map { "'\($0)'" }.joined(separator: " and ")
    }
}
