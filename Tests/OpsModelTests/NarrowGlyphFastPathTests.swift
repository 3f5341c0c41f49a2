import Testing
@testable import OpsModel

/// The fast path for the screen's own glyphs must agree with the full rules.
@Test func narrowGlyphFastPathAgreesWithTheUnicodeRules() {
    var checked = 0
    for value in UInt32(0x00A0)...0x2FFF where SafeText.isPlainNarrowGlyph(value) {
        guard let scalar = Unicode.Scalar(value) else { continue }
        #expect(!scalar.properties.isEmojiPresentation, "U+\(String(value, radix: 16)) has an emoji presentation")
        #expect(!SafeText.isEastAsianWide(scalar), "U+\(String(value, radix: 16)) is East Asian wide")
        #expect(!SafeText.isZeroWidth(scalar), "U+\(String(value, radix: 16)) is zero width")
        checked += 1
    }
    #expect(checked > 400)
}
