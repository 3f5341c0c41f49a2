import OpsModel

/// Prometheus-style names for OTLP metrics, as the OpenTelemetry Prometheus exporter writes them.
///
/// `gen_ai.client.operation.duration` with unit `s` becomes `gen_ai_client_operation_duration_seconds`;
/// a unit in braces (`{token}`) adds nothing; `By/s` becomes `bytes_per_second`; `1` on a gauge
/// becomes `ratio`. Counters are named without `_total` (their samples carry it), as in OpenMetrics.
package enum OTLPPrometheusNaming {
    package static func metricName(_ name: String, unit: String, type: MetricType) -> String {
        var base = sanitize(name, allowColon: true)
        if type == .counter, base.hasSuffix("_total"), base.count > 6 { base.removeLast(6) }
        guard let suffix = unitSuffix(unit, type: type), !base.hasSuffix("_" + suffix), base != suffix else {
            return base
        }
        return base + "_" + suffix
    }

    /// An attribute key as a label name: invalid characters become `_`, a leading digit gets `key_`.
    package static func labelName(_ key: String) -> String {
        let clean = sanitize(key, allowColon: false)
        if let first = clean.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
            return "key_" + clean
        }
        return clean
    }

    /// The word a unit adds to a name, or nil when it adds none.
    package static func unitSuffix(_ unit: String, type: MetricType) -> String? {
        var text = ""
        var inBraces = false
        for character in unit {
            if character == "{" { inBraces = true } else if character == "}" { inBraces = false } else if !inBraces {
                text.append(character)
            }
        }
        text = text.trimmingSpaces
        guard !text.isEmpty else { return nil }
        if text == "1" { return type == .gauge ? "ratio" : nil }
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let main = parts[0].isEmpty ? nil : (units[parts[0]] ?? sanitize(parts[0], allowColon: false))
        let per = parts.count > 1 && !parts[1].isEmpty
            ? (perUnits[parts[1]] ?? sanitize(parts[1], allowColon: false)) : nil
        switch (main, per) {
        case let (main?, per?): return main + "_per_" + per
        case let (main?, nil): return main
        case let (nil, per?): return "per_" + per
        case (nil, nil): return nil
        }
    }

    private static let units: [String: String] = [
        "d": "days", "h": "hours", "min": "minutes", "s": "seconds", "ms": "milliseconds", "us": "microseconds",
        "ns": "nanoseconds", "By": "bytes", "KiBy": "kibibytes", "MiBy": "mebibytes", "GiBy": "gibibytes",
        "TiBy": "tebibytes", "KBy": "kilobytes", "MBy": "megabytes", "GBy": "gigabytes", "TBy": "terabytes",
        "m": "meters", "V": "volts", "A": "amperes", "J": "joules", "W": "watts", "g": "grams", "Cel": "celsius",
        "Hz": "hertz", "%": "percent",
    ]

    private static let perUnits: [String: String] = [
        "s": "second", "m": "minute", "h": "hour", "d": "day", "w": "week", "mo": "month", "y": "year",
    ]

    /// Keeps `[A-Za-z0-9_]` (and `:` in metric names), turns every other run of characters into one `_`.
    static func sanitize(_ text: String, allowColon: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasUnderscore = false
        for scalar in text.unicodeScalars {
            let valid = scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "_" || (allowColon && scalar == ":"))
            if valid {
                out.unicodeScalars.append(scalar)
                lastWasUnderscore = scalar == "_"
            } else if !lastWasUnderscore {
                out += "_"
                lastWasUnderscore = true
            }
        }
        if out.isEmpty { return "_" }
        if allowColon, let first = out.unicodeScalars.first, ("0"..."9").contains(first) { out = "_" + out }
        return out
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
