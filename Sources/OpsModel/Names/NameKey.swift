/// A model, tool or user name as a dictionary key, hashed a word at a time.
///
/// The engine looks names up several times per span; `String`'s SipHash costs more than the rest
/// of such a lookup. This key hashes with the interner's word hash mixed with the dictionary's
/// per-instance seed. The dictionaries keyed by it are all bounded, which caps what colliding
/// names from a hostile log can cost.
public struct NameKey: Hashable, Sendable {
    public let name: String

    @inlinable public init(_ name: String) { self.name = name }

    @inlinable public static func == (lhs: NameKey, rhs: NameKey) -> Bool { lhs.name == rhs.name }

    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(wordHash) }

    @inlinable public func _rawHashValue(seed: Int) -> Int {
        var mixed = (wordHash ^ UInt64(UInt(bitPattern: seed))) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 32
        return Int(truncatingIfNeeded: mixed)
    }

    @inlinable var wordHash: UInt64 {
        var name = name
        return name.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            return StringInterner.hash(UnsafeRawPointer(base), bytes.count)
        }
    }
}
