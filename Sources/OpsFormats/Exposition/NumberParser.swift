import OpsModel

/// Parses exposition numbers from UTF-8 bytes without building a `String` in the common case.
///
/// Accepts what Go's `strconv.ParseFloat` accepts for decimal input (Prometheus's rules): an optional sign,
/// digits with an optional fraction and exponent, and `NaN` / `Inf` / `Infinity` in any case. Values beyond
/// `Double`'s range (`1e400`) are rejected as Prometheus rejects them; tiny values round to zero.
enum NumberParser {
    enum Outcome: Equatable {
        case value(Double)
        case invalid
        case outOfRange
    }

    /// Exact powers of ten for the fast path (every 10^k with k ≤ 22 is exactly representable).
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    static func parseDouble(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Outcome {
        guard !range.isEmpty else { return .invalid }
        var index = range.lowerBound
        var negative = false
        if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < range.upperBound else { return .invalid }
        if Byte.isLetter(bytes[index]) {
            return parseWord(bytes, index..<range.upperBound, negative: negative)
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var sawDigit = false
        var exponent = 0
        var overflowDigits = false
        while index < range.upperBound, Byte.isDigit(bytes[index]) {
            sawDigit = true
            accumulate(bytes[index], &mantissa, &digits, &exponent, &overflowDigits, fraction: false)
            index += 1
        }
        if index < range.upperBound, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < range.upperBound, Byte.isDigit(bytes[index]) {
                sawDigit = true
                accumulate(bytes[index], &mantissa, &digits, &exponent, &overflowDigits, fraction: true)
                index += 1
            }
        }
        guard sawDigit else { return .invalid }
        if index < range.upperBound, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < range.upperBound, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < range.upperBound else { return .invalid }
            var written = 0
            while index < range.upperBound, Byte.isDigit(bytes[index]) {
                if written < 100_000 { written = written * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
            }
            guard Byte.isDigit(bytes[index - 1]) else { return .invalid }
            exponent += exponentNegative ? -written : written
        }
        guard index == range.upperBound else { return .invalid }
        if !overflowDigits, mantissa < (1 << 53), abs(exponent) <= 22 {
            var value = Double(mantissa)
            value = exponent < 0 ? value / powersOfTen[-exponent] : value * powersOfTen[exponent]
            return .value(negative ? -value : value)
        }
        return slowPath(bytes, range)
    }

    /// Digits beyond 19 only shift the exponent (the fast path is then skipped anyway).
    @inline(__always)
    private static func accumulate(
        _ byte: UInt8, _ mantissa: inout UInt64, _ digits: inout Int, _ exponent: inout Int,
        _ overflowDigits: inout Bool, fraction: Bool
    ) {
        if digits < 19 {
            mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
            if mantissa != 0 { digits += 1 }
            if fraction { exponent -= 1 }
        } else {
            overflowDigits = true
            if !fraction { exponent += 1 }
        }
    }

    private static func slowPath(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Outcome {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let value = Double(text) else { return .invalid }
        return value.isFinite ? .value(value) : .outOfRange
    }

    private static func parseWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, negative: Bool) -> Outcome {
        guard range.count <= 8 else { return .invalid }
        var word = ""
        for index in range {
            word.unicodeScalars.append(Unicode.Scalar(bytes[index] | 0x20))
        }
        switch word {
        case "nan": return .value(.nan)
        case "inf", "infinity": return .value(negative ? -.infinity : .infinity)
        default: return .invalid
        }
    }

    /// An optionally signed decimal integer that fits in `Int64` (classic timestamps in milliseconds).
    static func parseInt64(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int64? {
        guard !range.isEmpty else { return nil }
        var index = range.lowerBound
        var negative = false
        if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < range.upperBound else { return nil }
        var value: Int64 = 0
        while index < range.upperBound {
            let byte = bytes[index]
            guard Byte.isDigit(byte) else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }
}
