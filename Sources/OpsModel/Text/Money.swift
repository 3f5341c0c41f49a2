/// Formats USD amounts the way the screen and messages show them.
package enum Money {
    /// `$1,234`, `$12.35`, `$0.0042`: more decimals for smaller amounts, never scientific.
    package static func format(_ usd: Double) -> String {
        guard usd.isFinite else { return "$?" }
        let sign = usd < 0 ? "-" : ""
        let value = abs(usd)
        if value >= 1000 { return sign + "$" + grouped(Int64(value.rounded())) }
        if value >= 1 || value == 0 { return sign + "$" + fixed(value, decimals: 2) }
        if value >= 0.01 { return sign + "$" + fixed(value, decimals: 3) }
        return sign + "$" + fixed(value, decimals: 4)
    }

    /// A fixed-point rendering without Foundation (`fixed(3.14159, decimals: 2)` is `3.14`).
    package static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "?" }
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let negative = value < 0
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.2e18 else { return negative ? "-inf" : "inf" }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var text = String(whole)
        if decimals > 0 {
            let fraction = String(units % Int64(scale))
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (negative && units != 0 ? "-" : "") + text
    }

    package static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
