/// A short hash that is the same for the same text in every run, so redacted ids stay comparable
/// between reports. It hides a value from a reader, not from someone who can guess and hash it.
enum StableHash {
    /// Eight hex digits: FNV-1a 64 over a fixed key and the text, folded to 32 bits.
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "opstop-redact-v1:".utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let digits = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
