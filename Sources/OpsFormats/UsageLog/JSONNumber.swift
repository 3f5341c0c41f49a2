/// A scanned JSON number kept as an exact decimal: `significand × 10^exponent` (up to 19 digits).
struct JSONNumber {
    /// Byte offsets of the number's text within the line.
    var start: Int
    var end = 0
    var isNegative = false
    /// Written without a fraction or an exponent.
    var isInteger = true
    var significand: UInt64 = 0
    /// Digits held in `significand` (leading zeros are not counted).
    var significantDigits = 0
    var exponent = 0
    /// A non-zero digit beyond the 19th was dropped, so the decimal is not exact.
    var droppedNonZero = false

    init(start: Int) {
        self.start = start
    }

    @inline(__always)
    mutating func append(digit: UInt8, afterPoint: Bool) {
        if significand == 0 && digit == 0 {
            if afterPoint { exponent -= 1 }
            return
        }
        if significantDigits < 19 {
            significand = significand &* 10 &+ UInt64(digit)
            significantDigits += 1
            if afterPoint { exponent -= 1 }
        } else {
            if digit != 0 { droppedNonZero = true }
            if !afterPoint { exponent += 1 }
        }
    }

    /// Digits before the decimal point of the value's magnitude (0 for values below 1).
    var integerDigits: Int { significand == 0 ? 0 : Swift.max(0, significantDigits + exponent) }

    enum IntegerConversion: Equatable {
        case value(Int64)
        case notWhole
        case outOfRange
    }

    /// The value times `10^power` as an integer; with `truncating`, a fraction is dropped.
    func integer(scaledBy power: Int = 0, truncating: Bool = false) -> IntegerConversion {
        guard significand != 0 else { return .value(0) }
        let scale = exponent + power
        var magnitude: UInt64
        if scale >= 0 {
            guard scale <= 18 else { return .outOfRange }
            let (product, overflow) = significand.multipliedReportingOverflow(by: Self.powersOfTen[scale])
            guard !overflow else { return .outOfRange }
            if droppedNonZero && !truncating { return .notWhole }
            magnitude = product
        } else if -scale > 19 {
            guard truncating else { return .notWhole }
            magnitude = 0
        } else {
            let divisor = Self.powersOfTen[-scale]
            let (quotient, remainder) = significand.quotientAndRemainder(dividingBy: divisor)
            if (remainder != 0 || droppedNonZero) && !truncating { return .notWhole }
            magnitude = quotient
        }
        guard magnitude <= UInt64(Int64.max) else { return .outOfRange }
        return .value(isNegative ? -Int64(magnitude) : Int64(magnitude))
    }

    /// The value as a Double when it can be computed exactly from the decimal; nil otherwise.
    var fastDouble: Double? {
        guard !droppedNonZero, significand <= 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
        var value = Double(significand)
        if exponent >= 0 {
            value *= Self.doublePowersOfTen[exponent]
        } else {
            value /= Self.doublePowersOfTen[-exponent]
        }
        return isNegative ? -value : value
    }

    static let powersOfTen: [UInt64] = {
        var table: [UInt64] = [1]
        for _ in 1...19 { table.append(table[table.count - 1] &* 10) }
        return table
    }()

    static let doublePowersOfTen: [Double] = {
        var table: [Double] = [1]
        for _ in 1...22 { table.append(table[table.count - 1] * 10) }
        return table
    }()
}

extension JSONScanner {
    /// The number's value as a finite Double, or nil when it is out of range (such as `1e400`).
    func doubleValue(of number: JSONNumber) -> Double? {
        if let value = number.fastDouble { return value }
        let text = String(decoding: UnsafeRawBufferPointer(start: base + number.start, count: number.end - number.start),
                          as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
