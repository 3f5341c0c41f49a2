/// A string's identity: its two machine words, which tell the very same string from any other
/// as long as something keeps that string alive.
///
/// The decoder interns names, so a model or tool arrives as the same `String` span after span. A
/// cache that keeps the names it remembers can then find one by these words alone: no hash, and no
/// copy of the name, whose reference count (shared with the decoding thread) stays untouched.
/// (0, 0) is no string's bits, so it can stand for "no name" in a cache's empty slots.
@usableFromInline package struct NameIdentity: Hashable, Sendable {
    @usableFromInline package var low: UInt64
    @usableFromInline package var high: UInt64

    @inlinable package init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The identity of `name`, read from its bits (no copy of it).
    @inlinable @inline(__always)
    package init(_ name: String) {
        let words = unsafeBitCast(name, to: (UInt64, UInt64).self)
        self.init(low: words.0, high: words.1)
    }

    /// The identity of the string in `field`, or nil when it holds none; read in place, so the
    /// string is neither copied nor retained (the field must not change meanwhile).
    @inlinable @inline(__always)
    package static func of(_ field: inout String?) -> NameIdentity? {
        // A `String?` is a `String`'s two words, with `nil` one bit pattern no string has (the
        // optimiser folds `none`'s words to a constant).
        var none: String? = nil
        let words = withUnsafeBytes(of: &field, NameIdentity.init(bits:))
        return words == withUnsafeBytes(of: &none, NameIdentity.init(bits:)) ? nil : words
    }

    /// The two words at the start of `bits`.
    @usableFromInline @inline(__always)
    init(bits: UnsafeRawBufferPointer) {
        self.init(low: bits.load(as: UInt64.self), high: bits.load(fromByteOffset: 8, as: UInt64.self))
    }
}
