import OpsModel

/// Small text formats the panels share: clock times, ages, counts and token numbers.
enum DashboardFormat {
    static let nanosPerSecond: Int64 = 1_000_000_000

    /// `13:45:07` in UTC.
    static func clock(_ nanos: Int64) -> String {
        ClockText.time(nanos: nanos)
    }

    /// `2026-11-23` in UTC.
    static func date(_ nanos: Int64) -> String {
        let (year, month, day) = RFC3339.civil(fromDays: floorDivide(floorDivide(nanos, nanosPerSecond), 86_400))
        return String(year) + "-" + pad(month) + "-" + pad(day)
    }

    /// `3m12s ago`, `now` under a second, `in 5s` for times ahead of the clock.
    static func age(_ nanos: Int64, asOf now: Int64) -> String {
        let (difference, overflow) = now.subtractingReportingOverflow(nanos)
        guard !overflow else { return "?" }
        if difference < 0 { return "in " + DurationText.label(nanos: -difference) }
        if difference < nanosPerSecond { return "now" }
        return DurationText.label(nanos: difference - difference % nanosPerSecond) + " ago"
    }

    /// How long something has lasted, to whole seconds past a minute (`45.2s`, `3m12s`).
    static func elapsed(since nanos: Int64, asOf now: Int64) -> String {
        let (difference, overflow) = now.subtractingReportingOverflow(nanos)
        guard !overflow, difference >= 0 else { return "?" }
        return DurationText.label(nanos: difference)
    }

    /// A size in decimal units, whole: `812 B`, `140 KB`, `334 MB`, `12 GB`.
    static func bytes(_ value: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var scaled = Swift.max(0, value)
        var unit = 0
        while scaled >= 1000, unit < units.count - 1 {
            scaled /= 1000
            unit += 1
        }
        return "\(scaled) \(units[unit])"
    }

    /// `1,234`.
    static func count(_ value: Int) -> String {
        guard value >= 1000 || value <= -1000 else { return String(value) }
        let digits = Array(String(value.magnitude))
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// `1,234` when it fits in `width` columns, else a compact form that does: `253k`, `1.2M`, `12G`.
    static func count(_ value: Int, width: Int) -> String {
        let grouped = count(value)
        let magnitude = Double(value.magnitude)
        guard grouped.count > width, magnitude >= 1000 else { return grouped }
        let sign = value < 0 ? "-" : ""
        var fallback = grouped
        for (scale, suffix) in [(1e3, "k"), (1e6, "M"), (1e9, "G"), (1e12, "T"), (1e15, "P"), (1e18, "E")] {
            let scaled = magnitude / scale
            guard scaled < 999.5 else { continue }
            for decimals in scaled < 99.95 ? [1, 0] : [0] {
                let text = sign + Money.fixed(scaled, decimals: decimals) + suffix
                if text.count <= width { return text }
                fallback = text
            }
            return fallback
        }
        return fallback
    }

    /// `950`, `12.3k`, `4.1M`.
    static func tokens(_ value: Int64) -> String {
        let magnitude = Double(value)
        if magnitude < 1000 { return String(value) }
        if magnitude < 1_000_000 { return Money.fixed(magnitude / 1000, decimals: magnitude < 10_000 ? 1 : 0) + "k" }
        return Money.fixed(magnitude / 1_000_000, decimals: magnitude < 10_000_000 ? 1 : 0) + "M"
    }

    /// A latency in milliseconds, `—` (or `-`) for none.
    static func latency(_ millis: Double, count: UInt64, glyphs: DashboardGlyphs) -> String {
        count == 0 || !millis.isFinite ? (glyphs.isUnicode ? "—" : "-") : DurationText.label(millis: millis)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    private static func pad(_ value: Int64) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
