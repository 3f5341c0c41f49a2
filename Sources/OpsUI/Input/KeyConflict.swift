/// A key bound more than once in one scope.
package struct KeyConflict: Sendable, Hashable, CustomStringConvertible {
    package var scope: KeyScope
    package var key: Key
    /// The help texts of the bindings that claim the key.
    package var bindings: [String]

    package init(scope: KeyScope, key: Key, bindings: [String]) {
        self.scope = scope
        self.key = key
        self.bindings = bindings
    }

    package var description: String {
        "\(scope.rawValue): \(key) is bound to " + bindings.map { "'\($0)'" }.joined(separator: " and ")
    }
}
