import OpsModel

/// Maps the ids of other tools (UUIDs, `chatcmpl-…` strings) onto opstop's trace and span ids, deterministically.
enum ForeignIDs {
    /// A UUID (with or without dashes) or 32 hex digits is a 128-bit trace id; anything else is text.
    static func traceID(_ text: String) -> TraceID {
        if let (high, low) = uuid(text) { return .hex(high, low) }
        return TraceID(text)
    }

    /// A UUID folds into 64 bits (its halves xor-ed), 16 hex digits are taken as they are, any other
    /// text is hashed (FNV-1a): the same text always gives the same span id.
    static func spanID(_ text: String) -> SpanID {
        if let (high, low) = uuid(text) { return .hex(high ^ low) }
        if text.utf8.count == 16, let value = UInt64(hexDigits: text.utf8[...]) { return .hex(value) }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return .hex(hash == 0 ? 1 : hash)
    }

    /// The two halves of a UUID (`8-4-4-4-12` hex digits, or 32 in a row).
    static func uuid(_ text: String) -> (UInt64, UInt64)? {
        let utf8 = text.utf8
        guard utf8.count == 36 || utf8.count == 32 else { return nil }
        var digits: [UInt8] = []
        digits.reserveCapacity(32)
        for (index, byte) in utf8.enumerated() {
            if byte == UInt8(ascii: "-") {
                guard utf8.count == 36, [8, 13, 18, 23].contains(index) else { return nil }
                continue
            }
            digits.append(byte)
        }
        guard digits.count == 32, let high = UInt64(hexDigits: digits[0..<16]),
              let low = UInt64(hexDigits: digits[16..<32]), high != 0 || low != 0
        else { return nil }
        return (high, low)
    }
}
