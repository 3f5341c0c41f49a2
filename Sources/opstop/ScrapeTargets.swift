import ArgumentParser
import Foundation
import OpsConfig

/// Splits positional arguments into scrape targets (http:// and https:// URLs) and log files.
enum ScrapeTargets {
    static func isURL(_ argument: String) -> Bool {
        let lowered = argument.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// The URLs among `arguments`; throws a usage error for one that is not a usable URL.
    static func urls(in arguments: [String]) throws -> [URL] {
        try arguments.filter(isURL).map { text in
            guard let url = URL(string: text), let host = url.host, !host.isEmpty else {
                throw ValidationError(
                    "'\(text)' is not a URL opstop can scrape; write it like http://127.0.0.1:9090/metrics")
            }
            return url
        }
    }

    static func files(in arguments: [String]) -> [String] { arguments.filter { !isURL($0) } }

    /// A duration flag in seconds (`2s`, `500ms`, `1m`, or a bare number of seconds).
    static func seconds(_ text: String, flag: String, range: ClosedRange<Double>) throws -> Double {
        let value: Double
        if text.hasPrefix("-") {
            throw ValidationError("\(flag) must be a positive duration like 10s, not '\(text)'")
        }
        if let number = Double(text) {
            value = number
        } else if let nanos = DurationParser.nanos(text) {
            value = Double(nanos) / 1e9
        } else {
            throw ValidationError("\(flag) must be a duration like 2s, 500ms or 1m, not '\(text)'")
        }
        guard range.contains(value) else {
            throw ValidationError(
                "\(flag) must be between \(DurationLabel.text(range.lowerBound)) and \(DurationLabel.text(range.upperBound))"
            )
        }
        return value
    }
}

enum DurationLabel {
    static func text(_ seconds: Double) -> String {
        if seconds < 1 { return "\(Int((seconds * 1000).rounded()))ms" }
        if seconds == seconds.rounded() {
            return seconds >= 60 && Int(seconds) % 60 == 0 ? "\(Int(seconds) / 60)m" : "\(Int(seconds))s"
        }
        return String(format: "%.1fs", seconds)
    }
}
