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

    /// A 64-bit checksum of `bytes`: Fletcher's two running sums, widened to four 64-bit lanes of
    /// 32-byte words, then mixed. The first sum changes with any changed byte, the second with bytes
    /// moved; both are vector adds, a few instructions a word, cheap next to decoding the bytes. It
    /// guards against a file changed under replay (its length is checked apart), not against an adversary.
    static func hash(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        var sum = SIMD4<UInt64>(0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
        var sumOfSums = SIMD4<UInt64>(repeating: UInt64(bytes.count))
        guard let base = bytes.baseAddress else { return 0 }
        var position = 0
        // Two words a turn, to halve the loop's own instructions.
        let pairsEnd = bytes.count & ~63
        while position < pairsEnd {
            sum &+= base.loadUnaligned(fromByteOffset: position, as: SIMD4<UInt64>.self)
            sumOfSums &+= sum
            sum &+= base.loadUnaligned(fromByteOffset: position &+ 32, as: SIMD4<UInt64>.self)
            sumOfSums &+= sum
            position &+= 64
        }
        if position + 32 <= bytes.count {
            sum &+= base.loadUnaligned(fromByteOffset: position, as: SIMD4<UInt64>.self)
            sumOfSums &+= sum
            position += 32
        }
        if position < bytes.count {
            // The last bytes, in a word of zeros.
            var last = SIMD4<UInt64>(repeating: 0)
            withUnsafeMutableBytes(of: &last) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[position...])) }
            sum &+= last
            sumOfSums &+= sum
        }
        var hash: UInt64 = 0
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
        }
        for lane in 0..<4 {
            mix(sum[lane])
            mix(sumOfSums[lane])
        }
        return hash ^ (hash >> 32)
    }
}
