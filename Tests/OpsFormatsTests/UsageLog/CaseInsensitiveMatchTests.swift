import Testing
@testable import OpsFormats

/// `equalsIgnoringCase` compares eight bytes at a time; held to a byte-by-byte ASCII comparison
/// for every byte value in every position of words of every length it is used with.
@Test func caseInsensitiveComparisonMatchesAByteByByteOne() {
    func reference(_ bytes: [UInt8], _ word: String) -> Bool {
        let expected = Array(word.utf8)
        guard bytes.count == expected.count else { return false }
        return zip(bytes, expected).allSatisfy { byte, want in
            (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == want
        }
    }
    let words: [StaticString] = ["ok", "llm", "tool", "query", "failed", "unset", "guardrail", "retrieval", "status_code_error", "evaluation"]
    for word in words {
        let text = word.description
        let base = Array(text.utf8)
        for position in 0..<base.count {
            for value in 0...255 {
                var bytes = base
                bytes[position] = UInt8(value)
                let fast = bytes.withUnsafeBytes { UsageLogDecoder.equalsIgnoringCase($0, word) }
                #expect(fast == reference(bytes, text), "\(text) byte \(position) = \(value)")
            }
        }
        let upper = Array(text.uppercased().utf8)
        #expect(upper.withUnsafeBytes { UsageLogDecoder.equalsIgnoringCase($0, word) })
        #expect(!Array(base.dropLast()).withUnsafeBytes { UsageLogDecoder.equalsIgnoringCase($0, word) })
    }
}
