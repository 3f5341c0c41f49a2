/// What the redactor looks for in text: the built-in scanners, or a regular expression from the config.
public enum RedactionPattern: Sendable, Equatable {
    /// `name@example.com`.
    case email
    /// `sk-…`, `sk-ant-…`, `sk-proj-…`, `AKIA…`/`ASIA…`, `ghp_…`, `github_pat_…`, `xoxb-…`, bearer tokens.
    case apiKey
    /// 13 to 19 digits, optionally grouped by single spaces or dashes, passing the Luhn check.
    case cardNumber
    /// A regular expression written in `[privacy] patterns`.
    case custom(CustomRedactionPattern)

    /// What `[privacy] patterns` holds when the config says nothing.
    public static let defaults: [RedactionPattern] = [.email, .apiKey, .cardNumber]

    /// A built-in pattern by its config name (`email`, `api_key`, `card_number`), else a regular
    /// expression; a failure naming the entry when it does not compile or matches empty text.
    public static func parse(_ text: String) -> Result<RedactionPattern, RedactionPatternError> {
        switch text {
        case "email": return .success(.email)
        case "api_key": return .success(.apiKey)
        case "card_number": return .success(.cardNumber)
        default: return CustomRedactionPattern.compile(text).map { .custom($0) }
        }
    }

    /// The word the replacement starts with: `[email 3f9a1c2b]`.
    var label: String {
        switch self {
        case .email: "email"
        case .apiKey: "key"
        case .cardNumber: "card"
        case .custom: "redacted"
        }
    }
}

/// Why a `[privacy] patterns` entry was refused.
public struct RedactionPatternError: Error, Sendable, Equatable {
    public var reason: String
}

/// A compiled regular expression. `Regex` holds an immutable compiled program; it is not declared
/// Sendable only because its output type is generic, so sharing it across threads is safe.
public final class CustomRedactionPattern: @unchecked Sendable, Equatable {
    public let source: String
    let regex: Regex<AnyRegexOutput>

    private init(source: String, regex: Regex<AnyRegexOutput>) {
        self.source = source
        self.regex = regex
    }

    static func compile(_ source: String) -> Result<CustomRedactionPattern, RedactionPatternError> {
        guard !source.isEmpty else { return .failure(RedactionPatternError(reason: "an empty pattern")) }
        do {
            let regex = try Regex(source)
            if (try? regex.wholeMatch(in: "")) != nil {
                return .failure(RedactionPatternError(reason: "'\(source)' matches empty text"))
            }
            return .success(CustomRedactionPattern(source: source, regex: regex))
        } catch {
            return .failure(RedactionPatternError(reason: "'\(source)' is not a regular expression (\(error))"))
        }
    }

    /// Byte offsets of every match in `text`.
    func matches(in text: String) -> [Range<Int>] {
        text.matches(of: regex).compactMap { match in
            let range = match.range
            guard !range.isEmpty else { return nil }
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            let end = text.utf8.distance(from: text.startIndex, to: range.upperBound)
            return start..<end
        }
    }

    public static func == (lhs: CustomRedactionPattern, rhs: CustomRedactionPattern) -> Bool {
        lhs.source == rhs.source
    }
}
