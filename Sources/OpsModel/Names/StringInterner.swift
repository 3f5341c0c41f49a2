/// Returns one shared `String` for byte sequences seen before, so repeated names cost no allocation.
///
/// An open-addressing table keyed by a 64-bit hash of the bytes, confirmed by comparing the
/// bytes themselves. Memory is bounded: when the table or its byte arena fills up, it starts
/// over (hot strings come back at once). Invalid UTF-8 is repaired to U+FFFD in the String.
public struct StringInterner: Sendable {
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var offset: Int32 = 0
        var length: Int32 = -1
        var string = ""
    }

    /// Longer byte sequences are not interned (they rarely repeat).
    public static let maxInternedLength = 256

    /// A recently interned string of up to `recentMaxLength` bytes, by its bytes packed in words.
    private struct Recent: Sendable {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var length = -1
        var string = ""
    }

    /// Strings up to this long are also kept in `recent`.
    static let recentMaxLength = 32
    private static let recentCount = 256

    /// A small direct-mapped cache in front of the table: names repeat line after line, and a hit
    /// costs four word comparisons instead of a hash, a probe of the (large, cold) table and a
    /// byte comparison. It holds copies of table entries, so it needs no reset.
    private var recent: [Recent]
    private var slots: [Slot]
    private var arena: [UInt8] = []
    private var entryCount = 0
    private let mask: Int
    private let maxEntries: Int
    private let maxArenaBytes: Int

    /// - Parameter capacity: the most distinct strings held before the table starts over.
    public init(capacity: Int = 16_384) {
        let capacity = Swift.min(Swift.max(1, capacity), 1 << 22)
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        recent = Array(repeating: Recent(), count: Self.recentCount)
        mask = size - 1
        maxEntries = capacity
        maxArenaBytes = capacity * 64
        arena.reserveCapacity(Swift.min(maxArenaBytes, 1 << 16))
    }

    /// The number of distinct strings held now.
    public var count: Int { entryCount }

    /// A String for `bytes`, shared with earlier calls that passed the same bytes.
    public mutating func intern(_ bytes: UnsafeRawBufferPointer) -> String {
        let length = bytes.count
        guard length > 0, length <= Self.maxInternedLength, let source = bytes.baseAddress else {
            return String(decoding: bytes, as: UTF8.self)
        }
        if length <= Self.recentMaxLength {
            let words = Self.words(source, length)
            let index = Self.recentIndex(words)
            if recent[index].length == length && recent[index].words == words { return recent[index].string }
            let string = intern(source, length)
            recent[index] = Recent(words: words, length: length, string: string)
            return string
        }
        return intern(source, length)
    }

    private mutating func intern(_ source: UnsafeRawPointer, _ length: Int) -> String {
        let bytes = UnsafeRawBufferPointer(start: source, count: length)
        let hash = Self.hash(source, length)
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].length >= 0 {
            if slots[index].hash == hash && Int(slots[index].length) == length {
                let offset = Int(slots[index].offset)
                let same = arena.withUnsafeBytes { stored in
                    Self.equal(source, stored.baseAddress.map { $0 + offset }, length)
                }
                if same { return slots[index].string }
            }
            index = (index + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        if entryCount >= maxEntries || arena.count + length > maxArenaBytes {
            reset()
            index = Int(truncatingIfNeeded: hash) & mask
        }
        slots[index] = Slot(hash: hash, offset: Int32(arena.count), length: Int32(length), string: string)
        arena.append(contentsOf: bytes)
        entryCount += 1
        return string
    }

    /// Same as `intern(_:)` for bytes held in an array.
    public mutating func intern(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { intern($0) }
    }

    /// Up to 32 bytes packed in four words, zero past the end; with the length, equal words mean equal bytes.
    @inline(__always)
    private static func words(_ bytes: UnsafeRawPointer, _ count: Int) -> (UInt64, UInt64, UInt64, UInt64) {
        if count <= 8 { return (loadShort(bytes, count), 0, 0, 0) }
        let first = bytes.loadUnaligned(as: UInt64.self)
        if count <= 16 { return (first, loadShort(bytes + 8, count &- 8), 0, 0) }
        let second = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        if count <= 24 { return (first, second, loadShort(bytes + 16, count &- 16), 0) }
        return (first, second, bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self), loadShort(bytes + 24, count &- 24))
    }

    @inline(__always)
    private static func recentIndex(_ words: (UInt64, UInt64, UInt64, UInt64)) -> Int {
        let mixed = (words.0 ^ words.1 &* 0x9E37_79B9_7F4A_7C15 ^ words.2 ^ words.3 &* 0xC2B2_AE3D_27D4_EB4F)
            &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: mixed >> 56)
    }

    private mutating func reset() {
        for index in slots.indices { slots[index] = Slot() }
        arena.removeAll(keepingCapacity: true)
        entryCount = 0
    }

    /// A fast 64-bit hash of the bytes, eight at a time; a ragged end is read as one word
    /// overlapping the previous one, or in at most two small loads, never byte by byte.
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeRawPointer, _ count: Int) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(count)
        var offset = 0
        while offset &+ 8 <= count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 31
            offset &+= 8
        }
        let tail: UInt64
        if count >= 8 {
            tail = offset == count ? 0 : bytes.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        } else {
            tail = loadShort(bytes, count)
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ (hash >> 29)
    }

    /// Whether `count` bytes at `lhs` and `rhs` are the same, compared a word at a time.
    @inlinable @inline(__always)
    public static func equal(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer?, _ count: Int) -> Bool {
        guard let rhs else { return count == 0 }
        guard count >= 8 else { return loadShort(lhs, count) == loadShort(rhs, count) }
        var offset = 0
        while offset &+ 8 <= count {
            if lhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != rhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset &+= 8
        }
        // The last word overlaps bytes already compared; only the ragged end is new.
        return offset == count
            || lhs.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
                == rhs.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
    }

    /// The 0 to 7 bytes at `bytes` packed in a word without reading past them: two loads that
    /// overlap in the middle, which together hold every byte, so for one `count` equal words
    /// mean equal bytes.
    @inlinable @inline(__always)
    public static func loadShort(_ bytes: UnsafeRawPointer, _ count: Int) -> UInt64 {
        if count >= 4 {
            let low = UInt64(bytes.loadUnaligned(as: UInt32.self))
            let high = UInt64(bytes.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
            return low | high << 32
        }
        if count >= 2 {
            let low = UInt64(bytes.loadUnaligned(as: UInt16.self))
            let high = UInt64(bytes.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self))
            return low | high << 16
        }
        return count == 1 ? UInt64(bytes.load(as: UInt8.self)) : 0
    }
}
