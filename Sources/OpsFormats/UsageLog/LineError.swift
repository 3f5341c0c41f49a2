/// Why a line could not be decoded, as a short sentence for the user.
struct LineError: Error, Sendable, Equatable {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }

    /// A JSON syntax error at a byte offset (reported 1-based, as a column).
    static func unexpected(_ byte: UInt8, at offset: Int) -> LineError {
        LineError("not JSON: unexpected \(describe(byte)) at column \(offset + 1)")
    }

    static func endOfLine(at offset: Int, expecting what: StaticString) -> LineError {
        LineError("not JSON: line ends at column \(offset + 1) where \(what) should follow")
    }

    static func syntax(_ problem: String, at offset: Int) -> LineError {
        LineError("not JSON: \(problem) at column \(offset + 1)")
    }

    /// Renders a byte as `'x'` when printable ASCII, else as `byte 0x1F`.
    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F {
            return "byte '\(Character(Unicode.Scalar(byte)))'"
        }
        let digits = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
