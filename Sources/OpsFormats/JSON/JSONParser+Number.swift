import OpsModel

extension JSONParser {
    /// Reads a number at `index`: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as its text.
    ///
    /// A number a Double cannot hold (`1e400`, 400 digits) is refused, as Foundation refused it;
    /// tiny ones (`1e-400`) are kept and read as 0.
    mutating func number() throws(JSONParseError) -> JSONValue.Number {
        let start = index
        if byte(index) == UInt8(ascii: "-") { index += 1 }
        guard index < end else { throw failure(.unexpectedEnd) }
        let integerStart = index
        switch byte(index) {
        case UInt8(ascii: "0"): index += 1
        case UInt8(ascii: "1")...UInt8(ascii: "9"): skipDigits()
        default: throw failure(.invalidNumber)
        }
        let integerDigits = index - integerStart
        if index < end, byte(index) == UInt8(ascii: ".") {
            index += 1
            try requireDigits()
        }
        var hasExponent = false
        if index < end, byte(index) | 0x20 == UInt8(ascii: "e") {
            hasExponent = true
            index += 1
            if index < end, byte(index) == UInt8(ascii: "+") || byte(index) == UInt8(ascii: "-") { index += 1 }
            try requireDigits()
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        // Only an exponent or more than 308 integer digits can pass Double's range (about 1.8e308).
        if hasExponent || integerDigits > 308, !(Double(text)?.isFinite ?? false) {
            throw failure(.numberOutOfRange, at: start)
        }
        return JSONValue.Number(verbatim: text)
    }

    @inline(__always)
    private mutating func skipDigits() {
        while index < end, byte(index) &- UInt8(ascii: "0") < 10 { index += 1 }
    }

    private mutating func requireDigits() throws(JSONParseError) {
        guard index < end else { throw failure(.unexpectedEnd) }
        guard byte(index) &- UInt8(ascii: "0") < 10 else { throw failure(.invalidNumber) }
        skipDigits()
    }
}
