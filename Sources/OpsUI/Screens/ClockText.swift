/// Times of day as the screens show them: `HH:MM:SS` in UTC (logs and incident channels speak UTC).
package enum ClockText {
    /// What a clock shows before any event has set the time (the store's `now` is `Int64.min`).
    package static let noTime = "--:--:--"

    /// `HH:MM:SS` of `nanos` (unix nanoseconds, any value: before 1970 counts back from midnight);
    /// ``noTime`` for `Int64.min`, which stands for "no time yet".
    package static func time(nanos: Int64) -> String {
        guard nanos != .min else { return noTime }
        // Floor division that cannot overflow, whatever `nanos` is.
        var seconds = nanos / 1_000_000_000
        if nanos % 1_000_000_000 < 0 { seconds -= 1 }
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        return two(ofDay / 3600) + ":" + two(ofDay / 60 % 60) + ":" + two(ofDay % 60)
    }

    private static func two(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
