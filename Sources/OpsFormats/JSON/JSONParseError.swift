/// Why a text is not one JSON value: the first problem met, and the byte offset where it is.
package struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    package enum Reason: Sendable, Hashable {
        /// Nothing but whitespace.
        case empty
        /// The text ends inside a value.
        case unexpectedEnd
        /// A byte that cannot stand here; `expected` says what could.
        case unexpected(UInt8, expected: String)
        /// `tru`, `nul`, …
        case invalidLiteral
        /// A number against RFC 8259's grammar (`01`, `1.`, `-`, `.5`).
        case invalidNumber
        /// A number beyond a Double's range (`1e400`).
        case numberOutOfRange
        /// A raw byte below 0x20 (NUL, a newline, …) inside a string; JSON requires it escaped.
        case controlCharacter(UInt8)
        /// `\x`, or `\u` without four hex digits.
        case invalidEscape
        /// A byte sequence that is not UTF-8.
        case invalidUTF8
        /// More nested arrays and objects than the limit.
        case tooDeep(limit: Int)
        /// Something other than whitespace after the value.
        case trailingData
    }

    package var reason: Reason
    /// Offset of the offending byte from the start of the text.
    package var offset: Int

    package init(_ reason: Reason, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    package var description: String {
        switch reason {
        case .empty, .tooDeep: return reasonText
        default: return "\(reasonText) at byte \(offset + 1)"
        }
    }

    private var reasonText: String {
        switch reason {
        case .empty: return "no JSON value (the text is empty)"
        case .unexpectedEnd: return "the text ends inside a value"
        case let .unexpected(byte, expected):
            let found = byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + hex(byte)
            return "expected \(expected), found \(found)"
        case .invalidLiteral: return "expected true, false or null"
        case .invalidNumber: return "malformed number"
        case .numberOutOfRange: return "number out of range"
        case let .controlCharacter(byte): return "control character U+00\(hex(byte)) in a string (it must be escaped)"
        case .invalidEscape: return "invalid escape in a string"
        case .invalidUTF8: return "text that is not UTF-8"
        case let .tooDeep(limit): return "JSON nested deeper than \(limit) levels"
        case .trailingData: return "text after the JSON value"
        }
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 0x10 ? "0" + digits : digits
    }
}
