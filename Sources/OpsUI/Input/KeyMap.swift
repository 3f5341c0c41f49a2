/// The single source of truth for keys: dispatch, the help overlay and status-bar hints all
/// read it. Generic over the application's action type.
///
/// A scope's own bindings win over global ones (a scope may rebind a global key on purpose);
/// within one scope a key must be bound once (see ``conflicts``).
package struct KeyMap<Action: Sendable & Hashable>: Sendable, Hashable {
    package private(set) var bindings: [KeyScope: [KeyBinding<Action>]]

    package init(_ bindings: [KeyScope: [KeyBinding<Action>]] = [:]) {
        self.bindings = bindings
    }

    package mutating func add(_ binding: KeyBinding<Action>, in scope: KeyScope) {
        bindings[scope, default: []].append(binding)
    }

    /// The action for `key` in `scope`, else in ``KeyScope/global`` when the scope inherits it.
    package func lookup(_ key: Key, in scope: KeyScope) -> Action? {
        if let binding = bindings[scope]?.first(where: { $0.keys.contains(key) }) { return binding.action }
        guard scope.inheritsGlobal else { return nil }
        return bindings[.global]?.first { $0.keys.contains(key) }?.action
    }

    /// Help lines for the scope, in binding order, then the global ones it inherits (those the
    /// scope rebinds left out).
    package func help(for scope: KeyScope, includingGlobal: Bool = true) -> [KeyHelp] {
        effective(scope, includingGlobal: includingGlobal).map(\.helpLine)
    }

    /// Help lines for the status bar: the bindings marked as hints.
    package func hints(for scope: KeyScope) -> [KeyHelp] {
        effective(scope, includingGlobal: true).filter(\.isHint).map(\.helpLine)
    }

    /// Every key bound more than once within one scope; empty for a sound map.
    package var conflicts: [KeyConflict] {
        KeyScope.allCases.flatMap { scope -> [KeyConflict] in
            var seen: [Key: [String]] = [:]
            var order: [Key] = []
            for binding in bindings[scope] ?? [] {
                for key in binding.keys {
                    if seen[key] == nil { order.append(key) }
                    seen[key, default: []].append(binding.help)
                }
            }
            return order.compactMap { key in
                guard let claims = seen[key], claims.count > 1 else { return nil }
                return KeyConflict(scope: scope, key: key, bindings: claims)
            }
        }
    }

    private func effective(_ scope: KeyScope, includingGlobal: Bool) -> [KeyBinding<Action>] {
        let own = bindings[scope] ?? []
        guard includingGlobal, scope.inheritsGlobal else { return own }
        let ownKeys = Set(own.flatMap(\.keys))
        let inherited = (bindings[.global] ?? []).filter { ownKeys.isDisjoint(with: $0.keys) }
        return own + inherited
    }
}
