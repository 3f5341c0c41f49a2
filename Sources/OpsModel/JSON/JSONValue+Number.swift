extension JSONValue {
    /// A JSON number as written (`-12`, `1.5e3`), converted on request, so no digit is lost on the way.
    ///
    /// `int64` and `uint64` are exact: a whole value in range, however it is written (`1e3` and
    /// `400.0` are whole; `1.5` is not); `double` is the nearest Double.
    package struct Number: Sendable, Hashable, CustomStringConvertible {
        /// The literal, following RFC 8259's number grammar.
        package let text: String

        /// A number from a literal that follows the JSON number grammar (the parser checked it).
        package init(verbatim text: String) {
            self.text = text
        }

        package init(_ value: Int64) {
            text = String(value)
        }

        package init(_ value: UInt64) {
            text = String(value)
        }

        package var description: String { text }

        /// Written without a fraction or an exponent.
        package var isInteger: Bool {
            !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        }

        /// The nearest Double (correctly rounded).
        package var double: Double { Double(text) ?? .nan }

        /// The value when it is whole and fits an Int64.
        package var int64: Int64? {
            guard let (negative, magnitude) = wholeMagnitude else { return nil }
            if !negative { return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil }
            if magnitude <= UInt64(Int64.max) { return -Int64(magnitude) }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : nil
        }

        /// The value when it is whole and fits a UInt64 (`-0` is 0).
        package var uint64: UInt64? {
            guard let (negative, magnitude) = wholeMagnitude else { return nil }
            return negative && magnitude != 0 ? nil : magnitude
        }

        /// Sign and magnitude of a whole value, computed digit by digit; nil when a non-zero digit
        /// falls after the decimal point or the magnitude passes UInt64.
        private var wholeMagnitude: (Bool, UInt64)? {
            let bytes = text.utf8
            var negative = false
            var digits = 0
            var integerDigits: Int?
            var exponent = 0
            var exponentNegative = false
            var inExponent = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "-") where !inExponent: negative = true
                case UInt8(ascii: "-"): exponentNegative = true
                case UInt8(ascii: "."): integerDigits = digits
                case UInt8(ascii: "e"), UInt8(ascii: "E"):
                    integerDigits = integerDigits ?? digits
                    inExponent = true
                case UInt8(ascii: "0")...UInt8(ascii: "9") where inExponent:
                    // Saturates: beyond a few hundred the answer no longer changes.
                    exponent = Swift.min(exponent * 10 + Int(byte - UInt8(ascii: "0")), 1_000_000)
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
                default: break
                }
            }
            // Digits at positions before `point` are the whole part; those after must be zero.
            let point = (integerDigits ?? digits) + (exponentNegative ? -exponent : exponent)
            var magnitude: UInt64 = 0
            var position = 0
            for byte in bytes {
                if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { continue }
                let digit = UInt64(byte - UInt8(ascii: "0"))
                if position < point {
                    let (times10, overflowA) = magnitude.multipliedReportingOverflow(by: 10)
                    let (sum, overflowB) = times10.addingReportingOverflow(digit)
                    guard !overflowA, !overflowB else { return nil }
                    magnitude = sum
                } else if digit != 0 {
                    return nil
                }
                position += 1
            }
            var padding = point - digits
            while padding > 0, magnitude != 0 {
                let (times10, overflow) = magnitude.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                magnitude = times10
                padding -= 1
            }
            return (negative, magnitude)
        }
    }
}
