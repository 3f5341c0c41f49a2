extension Character {
    /// The grapheme's scalar when it is made of exactly one, else nil.
    ///
    /// Decodes the grapheme's UTF-8 by hand (a small Character holds it inline), so it costs no
    /// allocation and no Unicode table lookup.
    package var singleScalar: Unicode.Scalar? {
        var bytes = utf8.makeIterator()
        guard let lead = bytes.next() else { return nil }
        var value: UInt32
        let continuationBytes: Int
        switch lead {
        case 0..<0x80: return bytes.next() == nil ? Unicode.Scalar(lead) : nil
        case 0xC0..<0xE0: (value, continuationBytes) = (UInt32(lead & 0x1F), 1)
        case 0xE0..<0xF0: (value, continuationBytes) = (UInt32(lead & 0x0F), 2)
        case 0xF0..<0xF8: (value, continuationBytes) = (UInt32(lead & 0x07), 3)
        default: return nil
        }
        for _ in 0..<continuationBytes {
            guard let byte = bytes.next() else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard bytes.next() == nil else { return nil }
        return Unicode.Scalar(value)
    }
}
