/// Appends JSON fragments to a byte buffer without Foundation or string interpolation.
struct DemoLineWriter {
    var bytes: [UInt8]
    /// Whether chat spans carry their prompts and completions.
    var withText: Bool

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    init(bytes: [UInt8] = [], withText: Bool = true) {
        self.bytes = bytes
        self.withText = withText
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func decimal(_ value: Int64) {
        var magnitude = value.magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        bytes.withUnsafeMutableBufferPointer { buffer in
            var index = start + digits - 1
            repeat {
                buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
                index -= 1
            } while magnitude > 0
        }
    }

    mutating func decimal(_ value: Int) {
        decimal(Int64(value))
    }

    /// A non-negative amount with exactly two decimals, such as `12.05`.
    mutating func cents(_ value: Double) {
        let hundredths = Int64((Swift.max(0, value) * 100).rounded())
        decimal(hundredths / 100)
        byte(UInt8(ascii: "."))
        let rest = hundredths % 100
        if rest < 10 { byte(UInt8(ascii: "0")) }
        decimal(rest)
    }

    /// `width` lower-case hex digits of the low bits of `value`, zero-padded.
    mutating func hex(_ value: UInt64, width: Int = 16) {
        var shift = (width - 1) * 4
        while shift >= 0 {
            bytes.append(Self.hexDigits[Int((value >> UInt64(shift)) & 0xF)])
            shift -= 4
        }
    }

    /// A nanosecond timestamp as a JSON string, as OTel JSON writes 64-bit integers.
    mutating func quotedNanos(_ value: Int64) {
        byte(UInt8(ascii: "\""))
        decimal(value)
        byte(UInt8(ascii: "\""))
    }
}
