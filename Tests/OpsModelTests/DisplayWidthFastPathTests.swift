import Testing
@testable import OpsModel

/// `displayWidth(of:)` decodes single-scalar graphemes by hand; it must answer what the rules
/// applied scalar by scalar answer.
@Suite struct DisplayWidthFastPathTests {
    @Test func everySingleScalarGraphemeHasTheWidthOfTheGeneralRules() {
        var mismatches: [String] = []
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let grapheme = Character(scalar)
            if grapheme.singleScalar != scalar {
                let decoded = String(describing: grapheme.singleScalar)
                mismatches.append("U+\(String(value, radix: 16)) decoded as \(decoded)")
            }
            let fast = SafeText.displayWidth(of: grapheme)
            let general = SafeText.displayWidthByScalars(of: grapheme)
            if fast != general { mismatches.append("U+\(String(value, radix: 16)): \(fast), rules say \(general)") }
            checked += 1
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(checked == 0x110000 - 0x800)
    }

    static let clusters: [String] = [
        "\r\n",  // one grapheme, two ASCII controls
        "e\u{301}", "a\u{308}\u{304}", "\u{3B1}\u{301}\u{345}", "x\u{20DD}",  // combining marks, enclosing
        "\u{301}\u{301}",  // combining marks alone (sanitizing attaches them to ◌; width is asked anyway)
        "\u{1100}\u{1161}\u{11A8}", "\u{1161}\u{11A8}",  // Hangul jamo
        // selectors
        "\u{2764}\u{FE0F}", "\u{2764}\u{FE0E}", "\u{263A}\u{FE0F}", "\u{1F600}\u{FE0E}", "\u{25B6}\u{FE0F}",
        "#\u{FE0F}\u{20E3}", "1\u{20E3}", "\u{A9}\u{FE0F}",  // keycaps, Latin-1 emoji
        "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",  // ZWJ sequences
        "\u{2764}\u{FE0F}\u{200D}\u{1F525}", "\u{1F441}\u{200D}\u{1F5E8}",
        "\u{1F44D}\u{1F3FD}", "\u{270C}\u{1F3FB}",  // skin tones
        "\u{1F1FA}\u{1F1F8}", "\u{1F1E9}\u{1F1EA}", "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
        "\u{4E2D}\u{301}", "\u{FF21}\u{300}", "\u{2500}\u{301}", "\u{B7}\u{300}",  // wide and narrow bases with marks
        "\u{200D}\u{200D}", "\u{200D}\u{301}", "a\u{200D}", "\u{E9}\u{FE0F}",  // joiners, a stray selector
    ]

    @Test(arguments: clusters) func clustersOfSeveralScalarsKeepTheGeneralRules(_ text: String) throws {
        let grapheme = try #require(
            text.count == 1 ? text.first : nil, "not one grapheme: \(Array(text.unicodeScalars))")
        #expect(grapheme.singleScalar == nil)
        #expect(SafeText.displayWidth(of: grapheme) == SafeText.displayWidthByScalars(of: grapheme))
    }
}
