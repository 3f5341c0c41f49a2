import OpsModel

/// Reads `/` prompt text into a ``TraceFilter``.
///
/// Tokens are separated by spaces; `key:value` sets a condition, anything else is a free-text
/// term. Double quotes keep spaces (and colons) inside one free-text term: `"refund: order"`.
package enum FilterParser {
    /// One key a filter understands, with an example and what it keeps (docs/keys.md lists them).
    package struct KeyHelp: Sendable, Hashable {
        package var key: String
        package var example: String
        package var help: String
    }

    /// The keys a filter understands, in the order help and suggestions list them.
    package static let reference: [KeyHelp] = [
        KeyHelp(key: "model", example: "model:gpt-4o", help: "a span used this model (requested or answering)"),
        KeyHelp(key: "status", example: "status:error", help: "the trace failed (`error`) or did not (`ok`)"),
        KeyHelp(key: "user", example: "user:u42", help: "a span names this user"),
        KeyHelp(key: "tool", example: "tool:lookup_order", help: "a span called this tool"),
        KeyHelp(key: "min", example: "min:2s", help: "the trace lasted at least this long"),
        KeyHelp(key: "max", example: "max:2s", help: "the trace lasted at most this long"),
        KeyHelp(key: "type", example: "type:RateLimitError", help: "a failed span has this error type"),
        KeyHelp(key: "category", example: "category:transient", help: "a failed span's error is in this category"),
        KeyHelp(
            key: "component", example: "component:tool",
            help: "a span is of this component: " + Component.allCases.map(\.rawValue).joined(separator: ", ")),
        KeyHelp(key: "cache", example: "cache:hit", help: "a semantic-cache lookup hit (`hit`) or missed (`miss`)"),
        KeyHelp(
            key: "guardrail", example: "guardrail:blocked",
            help: "a guardrail verdict was `blocked`, `flagged` or `pass`, or came from the guardrail of that name"),
        KeyHelp(key: "reason", example: "reason:jailbreak", help: "a guardrail's reason contains this text"),
        KeyHelp(
            key: "eval", example: "eval:faithfulness<0.9",
            help: "the trace has a score of this metric (with `<`, `<=`, `>`, `>=` a bound it holds)"),
    ]

    package static let keys = reference.map(\.key)

    package static func parse(_ text: String) -> Result<TraceFilter, FilterError> {
        var filter = TraceFilter(text: text)
        for token in tokens(text) {
            if token.quoted {
                filter.terms.append(token.text.lowercased())
                continue
            }
            guard let colon = token.text.firstIndex(of: ":"), isKey(token.text[..<colon]) else {
                filter.terms.append(token.text.lowercased())
                continue
            }
            let key = token.text[..<colon].lowercased()
            let value = String(token.text[token.text.index(after: colon)...])
            if let error = apply(key: key, value: value, token: token.text, to: &filter) { return .failure(error) }
        }
        if let low = filter.minDurationNanos, let high = filter.maxDurationNanos, low > high {
            return .failure(
                FilterError(
                    token: "min:", message: "min: (\(DurationText.label(nanos: low))) is more than max: "
                        + "(\(DurationText.label(nanos: high))); no trace can match"))
        }
        return .success(filter)
    }

    private static func apply(key: String, value: String, token: String, to filter: inout TraceFilter) -> FilterError? {
        guard keys.contains(key) else {
            let hint = Suggest.closest(to: key, in: keys).map { "; did you mean '\($0):'?" }
                ?? "; filters are " + keys.map { $0 + ":" }.joined(separator: " ")
            return FilterError(token: token, message: "unknown filter '\(key):'" + hint)
        }
        guard !value.isEmpty else {
            return FilterError(token: token, message: "'\(key):' needs a value, e.g. \(example(key))")
        }
        switch key {
        case "model": filter.models.append(value)
        case "user": filter.users.append(value)
        case "tool": filter.tools.append(value)
        case "type": filter.errorTypes.append(value)
        case "status":
            switch value.lowercased() {
            case "error", "err", "failed", "fail": filter.status = .error
            case "ok", "success", "succeeded": filter.status = .ok
            default:
                return FilterError(token: token, message: "status: is 'error' or 'ok', not '\(value)'")
            }
        case "category":
            guard let category = ErrorCategory(rawValue: value.lowercased()) else {
                let names = ErrorCategory.allCases.map(\.rawValue).joined(separator: ", ")
                return FilterError(token: token, message: "unknown category '\(value)'; categories are \(names)")
            }
            filter.categories.append(category)
        case "cache":
            switch value.lowercased() {
            case "hit", "hits": filter.cacheHit = true
            case "miss", "misses": filter.cacheHit = false
            default: return FilterError(token: token, message: "cache: is 'hit' or 'miss', not '\(value)'")
            }
        case "guardrail":
            if let outcome = GuardrailVerdict.Outcome(rawValue: value.lowercased()) {
                filter.guardrailOutcomes.append(outcome)
            } else {
                filter.guardrails.append(value)
            }
        case "reason": filter.reasons.append(value.lowercased())
        case "eval":
            guard let condition = EvaluationCondition.parse(value) else {
                return FilterError(
                    token: token, message: "cannot read '\(token)'; write eval:NAME or eval:NAME<0.9 (also <=, >, >=)")
            }
            filter.evaluations.append(condition)
        case "component":
            guard let component = Component(rawValue: value.lowercased()) else {
                let names = Component.allCases.map(\.rawValue).joined(separator: ", ")
                return FilterError(token: token, message: "unknown component '\(value)'; components are \(names)")
            }
            filter.components.append(component)
        default:
            guard let nanos = duration(value) else {
                return FilterError(
                    token: token, message: "cannot read duration '\(value)' in '\(token)'; write e.g. \(key):2s or \(key):500ms")
            }
            if key == "min" { filter.minDurationNanos = nanos } else { filter.maxDurationNanos = nanos }
        }
        return nil
    }

    private static func example(_ key: String) -> String {
        reference.first { $0.key == key }?.example ?? key + ":2s"
    }

    /// `250ms`, `2s`, `1.5s`, `2m`, `1h`, `800us`; nil without a unit or when negative.
    static func duration(_ text: String) -> Int64? {
        let units: [(String, Double)] = [("ms", 1e6), ("us", 1e3), ("µs", 1e3), ("ns", 1), ("s", 1e9), ("m", 60e9), ("h", 3600e9)]
        let lower = text.lowercased()
        for (suffix, scale) in units where lower.hasSuffix(suffix) {
            guard let number = Double(lower.dropLast(suffix.count)), number.isFinite, number >= 0 else { return nil }
            let nanos = number * scale
            guard nanos < 9e18 else { return nil }
            return Int64(nanos)
        }
        return nil
    }

    private static func isKey(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "_") }
    }

    struct Token: Hashable {
        var text: String
        var quoted: Bool
    }

    /// Splits on spaces, keeping double-quoted runs whole.
    static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var current = ""
        var inQuotes = false
        var wasQuoted = false
        func flush() {
            if !current.isEmpty || wasQuoted { result.append(Token(text: current, quoted: wasQuoted)) }
            current = ""
            wasQuoted = false
        }
        for character in text {
            if character == "\"" {
                if inQuotes { inQuotes = false } else { inQuotes = true; wasQuoted = true }
            } else if character.isWhitespace && !inQuotes {
                flush()
            } else {
                current.append(character)
            }
        }
        flush()
        return result.filter { !$0.text.isEmpty }
    }
}
