import Foundation

/// The token `--listen-token-file` names: read once, trimmed, compared in constant time.
package struct BearerToken: Sendable {
    private let bytes: [UInt8]

    package init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        bytes = Array(trimmed.utf8)
    }

    /// Reads the token file; the error says what to do.
    package static func load(path: String) throws(ReceiverError) -> BearerToken {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .tokenFile("cannot read the token file '\(path)'; check the path and its permissions")
        }
        guard data.count <= 64 * 1024, let text = String(data: data, encoding: .utf8) else {
            throw .tokenFile("the token file '\(path)' is not a short UTF-8 text file")
        }
        guard let token = BearerToken(text) else {
            throw .tokenFile("the token file '\(path)' is empty; put the bearer token in it")
        }
        return token
    }

    /// Whether an `Authorization` header value is `Bearer <this token>`; takes the same time for every wrong token
    /// of a given length, and never stops at the first differing byte.
    func accepts(authorization: String?) -> Bool {
        guard let authorization else { return false }
        let utf8 = Array(authorization.utf8)
        let scheme = Array("bearer ".utf8)
        guard utf8.count > scheme.count else { return false }
        var schemeDifference: UInt8 = 0
        for index in 0..<scheme.count { schemeDifference |= (utf8[index] | 0x20) ^ scheme[index] }
        let presented = utf8[scheme.count...].drop { $0 == 0x20 }
        var difference = UInt8(truncatingIfNeeded: presented.count ^ bytes.count) | schemeDifference
        for (index, expected) in bytes.enumerated() {
            let offered = index < presented.count ? presented[presented.startIndex + index] : 0
            difference |= offered ^ expected
        }
        return difference == 0
    }
}
