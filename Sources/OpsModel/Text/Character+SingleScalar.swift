extension Character {
    /// The grapheme's scalar when it is made of exactly one, else nil.
    ///
    /// Decodes the grapheme's UTF-8 by hand (a small Character holds it inline), so it costs no
    /// allocation and no Unicode table lookup.
    package var singleScalar: Unicode.Scalar? {
        if let decoded = utf8.withContiguousStorageIfAvailable(Self.onlyScalar(inUTF8:)) { return decoded }
        var scalars = unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }

    private static func onlyScalar(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let lead = bytes.first else { return nil }
        let value: UInt32
        switch (lead, bytes.count) {
        case (0..<0x80, 1):
            value = UInt32(lead)
        case (0xC0..<0xE0, 2):
            value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[1] & 0x3F)
        case (0xE0..<0xF0, 3):
            value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F)
        case (0xF0..<0xF8, 4):
            value =
                UInt32(lead & 0x07) << 18 | UInt32(bytes[1] & 0x3F) << 12 | UInt32(bytes[2] & 0x3F) << 6
                | UInt32(bytes[3] & 0x3F)
        default:
            return nil
        }
        return Unicode.Scalar(value)
    }
}
