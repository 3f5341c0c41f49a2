/// Formats durations compactly: `850ms`, `1.2s`, `4m`, `1h5m`.
package enum DurationText {
    package static func label(millis: Double) -> String {
        guard millis.isFinite, millis >= 0 else { return "?" }
        if millis < 1 { return Money.fixed(millis, decimals: 2) + "ms" }
        if millis < 1000 { return Money.fixed(millis, decimals: 0) + "ms" }
        let seconds = millis / 1000
        if seconds < 10 { return Money.fixed(seconds, decimals: 2) + "s" }
        if seconds < 60 { return Money.fixed(seconds, decimals: 1) + "s" }
        return label(nanos: Int64(millis * 1_000_000))
    }

    package static func label(nanos: Int64) -> String {
        let totalSeconds = nanos / 1_000_000_000
        if totalSeconds < 60 { return label(millis: Double(nanos) / 1_000_000) }
        let hours = totalSeconds / 3600
        let minutes = (totalSeconds % 3600) / 60
        let seconds = totalSeconds % 60
        if hours >= 24 { return "\(hours / 24)d\(hours % 24)h" }
        if hours > 0 { return minutes == 0 ? "\(hours)h" : "\(hours)h\(minutes)m" }
        return seconds == 0 ? "\(minutes)m" : "\(minutes)m\(seconds)s"
    }
}
