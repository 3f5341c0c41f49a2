/// Reads durations as people write them: `250ms`, `30s`, `5m`, `1h`, `1h30m`, `2d`.
package enum DurationParser {
    package static func nanos(_ text: String) -> Int64? {
        let units: [(suffix: String, nanos: Int64)] = [
            ("ms", 1_000_000), ("s", 1_000_000_000), ("m", 60_000_000_000), ("h", 3_600_000_000_000),
            ("d", 86_400_000_000_000),
        ]
        var rest = Substring(text.trimmingCharacters())
        guard !rest.isEmpty else { return nil }
        var total: Int64 = 0
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isNumber || $0 == "." }
            guard !digits.isEmpty, let value = Double(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let unitText = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(unitText.count)
            guard let unit = units.first(where: { $0.suffix == unitText }) else { return nil }
            let nanos = value * Double(unit.nanos)
            guard nanos.isFinite, nanos < 9e18 else { return nil }
            total += Int64(nanos)
        }
        return total
    }
}

extension String {
    func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
