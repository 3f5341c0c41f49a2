import OpsModel

/// The answers of a few recent lookups by name, found by the name's identity (its two machine
/// words) instead of hashing its text.
///
/// The decoder interns names, so a model or tool arrives as the very same `String` span after span;
/// one comparison of two words then stands in for a hash and a dictionary probe. Equal words are the
/// same string: the cache keeps the names it remembers alive, so their storage cannot be reused by
/// another string. A miss (a name spelled by another buffer) falls back to the caller's dictionary.
///
/// Slots come in pairs: a name goes to the first slot of its pair and the name there moves to the
/// second, so two names whose identities share a pair (their storage addresses decide) are both kept
/// instead of evicting each other span after span.
struct RecentNames<Value: Sendable>: Sendable {
    private static var slotCount: Int { 32 }
    private var identities = [NameIdentity](repeating: NameIdentity(low: 0, high: 0), count: Self.slotCount)
    private var names = [String?](repeating: nil, count: Self.slotCount)
    private var values = [Value?](repeating: nil, count: Self.slotCount)

    @inline(__always)
    func value(for name: String) -> Value? { value(for: NameIdentity(name)) }

    /// The value remembered for the name whose identity this is: for a caller that reads a name's
    /// identity in place (``Span/modelIdentity``) and copies the name only on a miss.
    @inline(__always)
    func value(for identity: NameIdentity) -> Value? {
        let slot = Self.slot(of: identity)
        if identities[slot] == identity { return values[slot] }
        if identities[slot + 1] == identity { return values[slot + 1] }
        return nil
    }

    mutating func remember(_ value: Value, for name: String) {
        let identity = NameIdentity(name)
        let slot = Self.slot(of: identity)
        if identities[slot] != identity {
            identities[slot + 1] = identities[slot]
            names[slot + 1] = names[slot]
            values[slot + 1] = values[slot]
        }
        identities[slot] = identity
        names[slot] = name
        values[slot] = value
    }

    /// The first slot of the identity's pair.
    @inline(__always)
    private static func slot(of identity: NameIdentity) -> Int {
        Int(truncatingIfNeeded: ((identity.low ^ identity.high) &* 0x9E37_79B9_7F4A_7C15) >> 60) &* 2
    }

    /// The pair a name's identity falls in (for tests).
    static func pair(of name: String) -> Int { slot(of: NameIdentity(name)) / 2 }
}
