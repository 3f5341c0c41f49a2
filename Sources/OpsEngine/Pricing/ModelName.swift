/// Turns the model names found in logs into the names ``PriceTable`` lists.
///
/// Lookups first try the name as written (lowercased), then its ``canonical(_:)`` form, then that form with
/// version suffixes dropped one at a time (``droppingVersionSuffix(_:)``), stopping at the first listed name.
/// Only suffixes that name a version are dropped, so a name never resolves to another family's price.
enum ModelName {
    /// Dotted routing prefixes of Bedrock inference profiles (`us.anthropic.claude-…`).
    private static let bedrockRegions: Set<Substring> = ["us", "eu", "apac", "global", "us-gov", "ca", "jp", "au"]
    /// Dotted vendor prefixes of Bedrock model ids whose models the table prices.
    private static let bedrockVendors: Set<Substring> = ["anthropic", "mistral", "openai"]

    /// Lowercased and trimmed: the form table keys are stored in.
    static func key(_ name: String) -> String {
        var text = Substring(name)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text.lowercased()
    }

    /// The model id without provider path, Bedrock region and vendor, `@version` or `:revision`.
    ///
    /// `vertex_ai/claude-3-5-sonnet@20240620` → `claude-3-5-sonnet`,
    /// `bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0` → `claude-3-5-haiku-20241022-v1`,
    /// `openrouter/anthropic/claude-3.5-sonnet` → `claude-3-5-sonnet` (Claude names use dashes, not dots).
    static func canonical(_ key: String) -> String {
        var name = Substring(key)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let at = name.firstIndex(of: "@") { name = name[..<at] }
        if let colon = name.lastIndex(of: ":") {
            let revision = name[name.index(after: colon)...]
            if !revision.isEmpty, isDigits(revision) { name = name[..<colon] }
        }
        name = droppingBedrockPrefixes(name)
        var result = String(name)
        if result.hasPrefix("claude") {
            result = String(result.map { $0 == "." ? "-" : $0 })
        }
        return result
    }

    /// `name` without its last `-token` when that token is only a version: `latest`, `preview`, a number of
    /// two or more digits (dates, `0125`, `002`, `2411`) or `v` and digits; nil when there is none to drop.
    static func droppingVersionSuffix(_ name: String) -> String? {
        guard let dash = name.lastIndex(of: "-"), dash != name.startIndex else { return nil }
        let token = name[name.index(after: dash)...]
        guard isVersionToken(token) else { return nil }
        return String(name[..<dash])
    }

    /// Whether the canonical form of `name` is an Anthropic model (for the default cache-write price).
    static func isAnthropic(_ name: String) -> Bool {
        canonical(key(name)).hasPrefix("claude")
    }

    private static func isVersionToken(_ token: Substring) -> Bool {
        if token == "latest" || token == "preview" { return true }
        if token.count >= 2, isDigits(token) { return true }
        if token.count >= 2, token.first == "v", isDigits(token.dropFirst()) { return true }
        return false
    }

    private static func droppingBedrockPrefixes(_ name: Substring) -> Substring {
        var rest = name
        while let dot = rest.firstIndex(of: "."), bedrockRegions.contains(rest[..<dot]) {
            rest = rest[rest.index(after: dot)...]
        }
        if let dot = rest.firstIndex(of: "."), bedrockVendors.contains(rest[..<dot]) {
            return rest[rest.index(after: dot)...]
        }
        return rest
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
