/// The series a fleet query is narrowed to (`--match '{job="support-bot"}'`): label matchers added to every selector.
package struct SeriesMatch: Sendable, Hashable {
    package var matchers: [LabelMatcher]

    package init(_ matchers: [LabelMatcher] = []) {
        self.matchers = matchers
    }

    package static let everything = SeriesMatch()

    /// Parses `{name="value", other=~"regex", …}` (the braces may be left out).
    ///
    /// A metric name before the braces is refused: the match narrows every family's queries, so it may only
    /// name labels. Values are PromQL strings in double, single or back quotes.
    package static func parse(_ text: String) throws(SeriesMatchError) -> SeriesMatch {
        var reader = SeriesMatchReader(text)
        return SeriesMatch(try reader.readMatchers())
    }

    /// Adds these matchers to `extra`, the selector's own, and renders `{…}` (empty when there are none).
    package func selector(adding extra: [LabelMatcher] = []) -> String {
        let all = matchers + extra
        guard !all.isEmpty else { return "" }
        return "{" + all.map(\.promQL).joined(separator: ",") + "}"
    }

    /// With one more equality matcher (a drill-down into one model or instance).
    package func narrowed(_ name: String, equals value: String) -> SeriesMatch {
        SeriesMatch(matchers + [LabelMatcher(name, .equal, value)])
    }

    package var promQL: String { selector().isEmpty ? "{}" : selector() }
}

/// Why a `--match` selector cannot be used.
package struct SeriesMatchError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String
    /// 0-based offset in the text where reading stopped.
    package var offset: Int

    package var description: String {
        "--match: \(message) at character \(offset + 1); expected something like '{job=\"support-bot\",instance=~\"10\\\\..*\"}'"
    }
}
