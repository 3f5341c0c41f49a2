/// A run of whole lines of a replayed log, cut at line boundaries, and the native events in it:
/// replay reads the block again, and only then holds its events' entries, once its clock
/// reaches the earliest of them. Other tools' records are indexed apart.
package struct ReplayBlock: Sendable, Hashable {
    /// Where the block's bytes start in the file, and how many there are.
    package var offset: Int64
    package var byteCount: Int
    /// The number of the block's first line (1-based).
    package var firstLineNumber: Int
    /// Native events in the block.
    package var events: Int
    package var earliestNanos: Int64
    package var latestNanos: Int64
    /// The events' times summed (wrapping): reading the block again must give the same events.
    package var timeChecksum: Int64
    /// A hash of the block's bytes (`hash(of:)`): reading the block again must give the same bytes.
    package var bytesHash: UInt64

    /// The summary of a block's entries; nil without entries.
    init?(offset: Int64, byteCount: Int, firstLineNumber: Int, entries: [ReplayIndex.Entry], bytesHash: UInt64) {
        guard let first = entries.first else { return nil }
        self.offset = offset
        self.byteCount = byteCount
        self.firstLineNumber = firstLineNumber
        self.bytesHash = bytesHash
        events = entries.count
        earliestNanos = first.timeNanos
        latestNanos = first.timeNanos
        timeChecksum = 0
        for entry in entries {
            earliestNanos = Swift.min(earliestNanos, entry.timeNanos)
            latestNanos = Swift.max(latestNanos, entry.timeNanos)
            timeChecksum &+= entry.timeNanos
        }
    }

    /// Whether `entries` and the hash of the bytes they were scanned from, read again, are what
    /// this block was indexed with.
    func matches(_ entries: [ReplayIndex.Entry], bytesHash: UInt64) -> Bool {
        ReplayBlock(
            offset: offset, byteCount: byteCount, firstLineNumber: firstLineNumber, entries: entries,
            bytesHash: bytesHash) == self
    }

    /// A 64-bit hash of `bytes`, 32 bytes a step in four independent lanes (so the multiplies
    /// overlap): cheap next to decoding them (a changed byte changes it, but for a 2^-64 chance; it
    /// guards against a file changed under replay, not against an adversary).
    static func hash(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (
            0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count), 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0,
            0x082E_FA98_EC4E_6C89
        )
        func mix(_ lane: inout UInt64, _ word: UInt64) {
            lane = (lane ^ word) &* multiplier
            lane ^= lane >> 29
        }
        var position = 0
        while position + 32 <= bytes.count {
            mix(&lanes.0, bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            mix(&lanes.1, bytes.loadUnaligned(fromByteOffset: position + 8, as: UInt64.self))
            mix(&lanes.2, bytes.loadUnaligned(fromByteOffset: position + 16, as: UInt64.self))
            mix(&lanes.3, bytes.loadUnaligned(fromByteOffset: position + 24, as: UInt64.self))
            position += 32
        }
        while position + 8 <= bytes.count {
            mix(&lanes.0, bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            position += 8
        }
        while position < bytes.count {
            mix(&lanes.0, UInt64(bytes[position]))
            position += 1
        }
        var hash = lanes.0
        mix(&hash, lanes.1 &* multiplier)
        mix(&hash, lanes.2 &* multiplier)
        mix(&hash, lanes.3 &* multiplier)
        hash ^= hash >> 32
        return hash
    }
}
