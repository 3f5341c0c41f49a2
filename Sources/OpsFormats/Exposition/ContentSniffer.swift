import OpsModel

/// Decides OpenMetrics, classic text or "not metrics" from a Content-Type header (maybe missing or wrong) and the body.
///
/// The body wins over the header when the two disagree in an obvious way: an HTML page served as
/// `text/plain` is not metrics, and a body ending in `# EOF` is OpenMetrics whatever the header says.
package enum ContentSniffer {
    /// How many leading bytes are inspected for binary content (more than 10% control bytes).
    static let binaryProbeLength = 512

    package static func sniff(contentType: String?, body: UnsafeBufferPointer<UInt8>) -> ContentSniff {
        let mediaType = contentType.map(Self.mediaType(of:)) ?? ""
        let header = contentType.map { "Content-Type \($0)" } ?? "no Content-Type"
        if mediaType == "application/vnd.google.protobuf" {
            return ContentSniff(format: nil, reason: "\(header): protobuf exposition is not supported; request text")
        }
        if let junk = describeNonMetrics(body) {
            return ContentSniff(format: nil, reason: "\(header) and the body \(junk)")
        }
        let endsWithEOF = Self.endsWithEOF(body)
        switch mediaType {
        case "application/openmetrics-text":
            return ContentSniff(format: .openMetrics, reason: header)
        case "text/plain" where endsWithEOF:
            return ContentSniff(format: .openMetrics, reason: "\(header) but the body ends with # EOF")
        case "text/plain":
            return ContentSniff(format: .classicText, reason: header)
        default:
            break
        }
        if endsWithEOF {
            return ContentSniff(format: .openMetrics, reason: "\(header); the body ends with # EOF")
        }
        if looksLikeExposition(body) {
            return ContentSniff(format: .classicText, reason: "\(header); the body reads as Prometheus text")
        }
        return ContentSniff(format: nil, reason: "\(header) and the first line is neither a sample nor a comment")
    }

    package static func sniff(contentType: String?, body: [UInt8]) -> ContentSniff {
        body.withUnsafeBufferPointer { sniff(contentType: contentType, body: $0) }
    }

    /// `Application/OpenMetrics-Text; version=1.0.0` → `application/openmetrics-text`.
    static func mediaType(of header: String) -> String {
        let type = header.split(separator: ";", maxSplits: 1).first ?? ""
        return type.trimmingBlanks().lowercased()
    }

    /// A phrase saying why the body is not an exposition, or nil when it might be one.
    static func describeNonMetrics(_ body: UnsafeBufferPointer<UInt8>) -> String? {
        if body.count >= 2, body[0] == 0x1F, body[1] == 0x8B {
            return "is gzip-compressed (decompress before parsing)"
        }
        let probe = min(body.count, binaryProbeLength)
        var controlBytes = 0
        for index in 0..<probe where body[index] < 0x20 && !Byte.isSpace(body[index]) {
            controlBytes += 1
        }
        if controlBytes * 10 > probe {
            return "is binary (\(controlBytes) control bytes in the first \(probe))"
        }
        var index = 0
        while index < body.count, Byte.isSpace(body[index]) {
            index += 1
        }
        guard index < body.count else { return nil }
        switch body[index] {
        case UInt8(ascii: "<"):
            return "starts with '<' (HTML or XML)"
        case UInt8(ascii: "["):
            return "starts with '[' (JSON)"
        case UInt8(ascii: "{") where isJSONObject(body, from: index):
            return "starts with '{\"…\":' (JSON)"
        default:
            return nil
        }
    }

    /// `{"key": …` is JSON; `{"metric.name", …}` and `{"metric.name"}` are UTF-8 metric names.
    private static func isJSONObject(_ body: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start + 1
        while index < body.count, Byte.isBlank(body[index]) || body[index] == Byte.newline {
            index += 1
        }
        guard index < body.count, body[index] == Byte.quote else { return true }
        index += 1
        while index < body.count, body[index] != Byte.quote {
            index += body[index] == Byte.backslash ? 2 : 1
        }
        index += 1
        while index < body.count, Byte.isBlank(body[index]) {
            index += 1
        }
        return index >= body.count || body[index] == UInt8(ascii: ":")
    }

    static func endsWithEOF(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = body.count
        while end > 0, Byte.isSpace(body[end - 1]) {
            end -= 1
        }
        let marker: [UInt8] = Array("# EOF".utf8)
        guard end >= marker.count else { return false }
        let start = end - marker.count
        guard start == 0 || body[start - 1] == Byte.newline else { return false }
        return (0..<marker.count).allSatisfy { body[start + $0] == marker[$0] }
    }

    /// The first non-blank line is a comment, `name{…`, `{"name"…` or `name value` with a numeric-looking value.
    static func looksLikeExposition(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < body.count, Byte.isSpace(body[index]) {
            index += 1
        }
        guard index < body.count else { return true }
        let first = body[index]
        if first == Byte.hash { return true }
        if first == UInt8(ascii: "{") { return index + 1 < body.count && body[index + 1] == Byte.quote }
        guard Byte.isNameStart(first) else { return false }
        while index < body.count, Byte.isNameContinue(body[index]) {
            index += 1
        }
        guard index < body.count else { return false }
        if body[index] == Byte.openBrace { return true }
        guard Byte.isBlank(body[index]) else { return false }
        while index < body.count, Byte.isBlank(body[index]) {
            index += 1
        }
        guard index < body.count else { return false }
        let value = body[index]
        return Byte.isDigit(value) || value == UInt8(ascii: "+") || value == UInt8(ascii: "-")
            || value == UInt8(ascii: ".") || value | 0x20 == UInt8(ascii: "n") || value | 0x20 == UInt8(ascii: "i")
    }
}

extension StringProtocol {
    func trimmingBlanks() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" {
            text.removeFirst()
        }
        while let last = text.last, last == " " || last == "\t" {
            text.removeLast()
        }
        return String(text)
    }
}
