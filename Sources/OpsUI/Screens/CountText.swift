import OpsModel

/// Counts in few columns: `950`, `12.3k`, `4.1M`.
package enum CountText {
    package static func compact(_ value: Int64) -> String {
        let magnitude = value.magnitude
        let sign = value < 0 ? "-" : ""
        if magnitude < 1000 { return sign + String(magnitude) }
        let units: [(Double, String)] = [(1e3, "k"), (1e6, "M"), (1e9, "G"), (1e12, "T")]
        let number = Double(magnitude)
        for (index, (scale, suffix)) in units.enumerated() {
            let scaled = number / scale
            let isLast = index == units.count - 1
            guard scaled >= 999.95 && !isLast else {
                let decimals = scaled < 9.995 ? 2 : (scaled < 99.95 ? 1 : 0)
                return sign + Money.fixed(scaled, decimals: decimals) + suffix
            }
        }
        return sign + String(magnitude)
    }
}

