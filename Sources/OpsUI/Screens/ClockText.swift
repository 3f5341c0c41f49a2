/// Times of day as the screens show them: `HH:MM:SS` in UTC (logs and incident channels speak UTC).
package enum ClockText {
    package static func time(nanos: Int64) -> String {
        let seconds = nanos >= 0 ? nanos / 1_000_000_000 : (nanos - 999_999_999) / 1_000_000_000
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        return two(ofDay / 3600) + ":" + two(ofDay / 60 % 60) + ":" + two(ofDay % 60)
    }

    private static func two(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
