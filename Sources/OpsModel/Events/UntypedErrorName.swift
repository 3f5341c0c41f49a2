/// Names a failure that states no `error.type` and no exception type, from what it does state.
///
/// An HTTP error status (400–599) — stated in an attribute or in the message (`Error code: 429 - …`, `status code 503`,
/// `HTTP 500`) — names it `HTTP 429`; else words of the message name it `rate_limit`, `overloaded`,
/// `context_length_exceeded`, `content_policy` or `timeout`. The names are ones ``BuiltInErrorNames`` knows,
/// so they classify as every SDK's own names do, and config rules can match them.
package enum UntypedErrorName {
    /// Only the start of a message is searched: the reason comes first in every SDK's message.
    package static let searchedBytes = 2_048

    /// Message words and the name they give, in order of priority.
    private static let phrases: [(words: [String], name: String)] = [
        (["rate limit", "rate_limit", "ratelimit", "too many requests"], "rate_limit"),
        (["overloaded"], "overloaded"),
        (["context length", "context_length", "maximum context", "context window"], "context_length_exceeded"),
        (["content policy", "content_policy", "content management policy", "content_filter"], "content_policy"),
        (["timed out", "timeout", "time out", "deadline exceeded"], "timeout"),
    ]

    /// Labels a status code follows in a message, lowercased.
    private static let statusLabels = ["error code", "status code", "status_code", "statuscode", "http"]

    /// The name for a failure with this stated status (any value; only 400–599 counts) and message.
    package static func name(status: Int64?, message: String?) -> String? {
        if let status, (400...599).contains(status) { return "HTTP \(status)" }
        guard let message, !message.isEmpty else { return nil }
        let lowered = message.utf8.prefix(searchedBytes).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if let found = Self.status(in: lowered) { return "HTTP \(found)" }
        for phrase in phrases where phrase.words.contains(where: { firstIndex(of: Array($0.utf8), in: lowered) != nil }) {
            return phrase.name
        }
        return nil
    }

    /// A status code right after one of ``statusLabels`` (past `:`, `=`, spaces, quotes, `/1.1`) in lowercased bytes.
    static func status(in bytes: [UInt8]) -> Int? {
        for label in statusLabels {
            let needle = Array(label.utf8)
            var start = 0
            while let found = firstIndex(of: needle, in: bytes, from: start) {
                start = found + 1
                var index = found + needle.count
                if label == "http", index < bytes.count, bytes[index] == UInt8(ascii: "/") {
                    index += 1
                    while index < bytes.count, bytes[index] == UInt8(ascii: ".") || isDigit(bytes[index]) { index += 1 }
                }
                while index < bytes.count, " :=\"'_".utf8.contains(bytes[index]) { index += 1 }
                guard index + 3 <= bytes.count, bytes[index..<index + 3].allSatisfy(isDigit),
                      index + 3 == bytes.count || !isDigit(bytes[index + 3])
                else { continue }
                let value = bytes[index..<index + 3].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
                if (400...599).contains(value) { return value }
            }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}
