/// Formats fractions as percentages.
package enum Percent {
    /// `0.0523` → `5.2%`; `0.5` → `50%`.
    package static func format(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "?%" }
        let percent = fraction * 100
        if percent == percent.rounded() || percent >= 10 { return Money.fixed(percent, decimals: 0) + "%" }
        return Money.fixed(percent, decimals: 1) + "%"
    }
}
