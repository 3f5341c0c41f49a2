/// The readings of an `error.type` string that classification rules compare against.
package struct ErrorTypeName {
    /// Trimmed and lowercased.
    package let lowered: String
    /// The part after the last `.` or `:`, so `litellm.exceptions.RateLimitError` reads as `ratelimiterror`
    /// and `anthropic::Overloaded` as `overloaded`; equal to ``lowered`` when there is no qualifier.
    package let lastComponent: String
    /// The HTTP status the string states, if it is one (see ``httpStatus(in:)``).
    package let httpStatus: Int?

    package init(_ type: String) {
        lowered = Self.lowered(type)
        if let separator = lowered.lastIndex(where: { $0 == "." || $0 == ":" }) {
            lastComponent = String(lowered[lowered.index(after: separator)...])
        } else {
            lastComponent = lowered
        }
        httpStatus = Self.httpStatus(in: lowered)
    }

    /// Words that may surround a status code: `HTTP 429`, `status_code=429`, `Error code: 503`.
    private static let statusLabels: Set<Substring> = [
        "http", "https", "status", "code", "statuscode", "error", "err", "httperror", "response",
    ]

    /// The status code when `lowered` is a three-digit number from 100 to 599, alone or among ``statusLabels``
    /// words separated by anything but letters and digits; nil otherwise (`HTTP429`, `429 Too Many Requests`).
    package static func httpStatus(in lowered: String) -> Int? {
        var status: Int?
        let tokens = lowered.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        for token in tokens {
            if token.allSatisfy(\.isNumber) {
                guard status == nil, token.count == 3, let value = Int(token), (100...599).contains(value) else {
                    return nil
                }
                status = value
            } else if !statusLabels.contains(token) {
                return nil
            }
        }
        return status
    }

    package static func lowered(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return slice.lowercased()
    }

    /// `text` without `_`, `-` and spaces, so `rate_limit_error` and `RateLimitError` (lowercased) compare equal.
    package static func squashed(_ text: String) -> String {
        String(text.filter { $0 != "_" && $0 != "-" && $0 != " " })
    }
}
