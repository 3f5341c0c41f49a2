/// Parses sizes such as `16MB`, `512KB`, `1GiB` or `1048576` (bytes); units are powers of 1024.
package enum ByteSize {
    /// The number of bytes, or nil when the text is not a positive size up to 1 TiB.
    package static func parse(_ text: String) -> Int? {
        let lowered = text.lowercased().filter { $0 != " " && $0 != "_" }
        let digits = lowered.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = lowered.dropFirst(digits.count)
        guard !digits.isEmpty, let number = Double(digits), number.isFinite else { return nil }
        let multiplier: Double
        switch unit {
        case "", "b": multiplier = 1
        case "k", "kb", "kib": multiplier = 1024
        case "m", "mb", "mib": multiplier = 1024 * 1024
        case "g", "gb", "gib": multiplier = 1024 * 1024 * 1024
        default: return nil
        }
        let bytes = (number * multiplier).rounded(.down)
        guard bytes >= 1, bytes <= 1024 * 1024 * 1024 * 1024 else { return nil }
        return Int(bytes)
    }

    /// `16 MB`, `512 KB` or `100 B`, for messages.
    package static func describe(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024, bytes % (1024 * 1024) == 0 { return "\(bytes / (1024 * 1024)) MB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
        return "\(bytes) B"
    }
}
