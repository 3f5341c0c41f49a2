import OpsModel

extension UsageLogDecoder {
    /// Calls `body` with the decoded bytes of a string: a slice of the line, or the unescaped copy.
    @inline(__always)
    mutating func withText<Result>(
        _ token: StringToken, in scanner: JSONScanner, _ body: (inout Self, UnsafeRawBufferPointer) -> Result
    ) -> Result {
        if !token.hasEscapes {
            return body(&self, UnsafeRawBufferPointer(start: scanner.base + token.start, count: token.count))
        }
        unescape(token, in: scanner.base)
        let bytes = scratch
        return bytes.withUnsafeBytes { body(&self, $0) }
    }

    /// The String for a text field (shared through the interner when `interned`); nil when absent.
    @inline(__always)
    mutating func string(_ ref: TextRef, in line: UnsafeRawPointer, interned: Bool) -> String? {
        // Most fields are absent line after line: one comparison says so.
        guard ref.isPresent else { return nil }
        if ref.isEscaped { return escapedString(ref, in: line, interned: interned) }
        let bytes = UnsafeRawBufferPointer(start: line + Int(ref.start), count: ref.count)
        return interned ? interner.intern(bytes) : String(decoding: bytes, as: UTF8.self)
    }

    private mutating func escapedString(_ ref: TextRef, in line: UnsafeRawPointer, interned: Bool) -> String {
        unescape(StringToken(start: Int(ref.start), end: Int(ref.end), hasEscapes: true), in: line)
        let bytes = scratch
        return bytes.withUnsafeBytes { interned ? interner.intern($0) : String(decoding: $0, as: UTF8.self) }
    }

    /// Writes the unescaped bytes of a validated string token into `scratch`.
    ///
    /// A lone surrogate (`\uD800` without its pair) becomes U+FFFD.
    mutating func unescape(_ token: StringToken, in line: UnsafeRawPointer) {
        let scanner = JSONScanner(base: line, count: token.end)
        scratch.removeAll(keepingCapacity: true)
        var index = token.start
        while index < token.end {
            let current = scanner.byte(at: index)
            guard current == UInt8(ascii: "\\") else {
                scratch.append(current)
                index += 1
                continue
            }
            let code = scanner.byte(at: index + 1)
            index += 2
            switch code {
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                let unit = Self.hexQuad(scanner, at: index)
                index += 4
                var scalar: UInt32 = 0xFFFD
                if unit >= 0xD800 && unit <= 0xDBFF {
                    if index + 6 <= token.end, scanner.byte(at: index) == UInt8(ascii: "\\"),
                       scanner.byte(at: index + 1) == UInt8(ascii: "u") {
                        let low = Self.hexQuad(scanner, at: index + 2)
                        if low >= 0xDC00 && low <= 0xDFFF {
                            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                            index += 6
                        }
                    }
                } else if unit < 0xDC00 || unit > 0xDFFF {
                    scalar = unit
                }
                appendUTF8(scalar)
            default:
                scratch.append(code)
            }
        }
    }

    private static func hexQuad(_ scanner: JSONScanner, at offset: Int) -> UInt32 {
        var value: UInt32 = 0
        for index in offset..<(offset + 4) {
            value = value << 4 | (JSONScanner.hexValue(scanner.byte(at: index)) ?? 0)
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
