import OpsModel
import Testing

/// What must never leave the sanitiser: anything a terminal interprets or draws at a width of its own.
func isUnsafeForATerminal(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value) || (0x200B...0x200F).contains(value) || value == 0x061C
        || value == 0x2060 || value == 0xFEFF || scalar.properties.generalCategory == .format
}

@Test func safeTextShowsFormatCharactersAsReplacementCharacters() {
    #expect(SafeText.sanitize("a\u{200D}b\u{200B}c\u{2060}d\u{FEFF}e") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
    #expect(SafeText.sanitize("\u{200E}\u{200F}\u{061C}x") == "\u{FFFD}\u{FFFD}\u{FFFD}x")
    #expect(SafeText.sanitize("flag\u{E0067}") == "flag\u{FFFD}")
    #expect(SafeText.sanitize("soft\u{AD}hyphen") == "soft\u{FFFD}hyphen")
}

@Test func safeTextKeepsOrdinaryTextAndEmojiSelectors() {
    let text = "café 日本 ❤️ 👍🏽 1️⃣ — …"
    #expect(SafeText.sanitize(text) == text)
}

@Test func safeTextSanitizesLinesOnTheirOwn() {
    #expect(SafeText.sanitizeLines("one\u{1b}[2J\ntwo\u{7}\n") == "one␛[2J\ntwo␇\n")
    #expect(SafeText.sanitizeLines("plain\ntext") == "plain\ntext")
}

/// Every scalar of the planes in use, one at a time and between letters: nothing unsafe comes out.
@Test func nothingUnsafeLeavesTheSanitiser() {
    var checked = 0
    for value in UInt32(0)...0x2FFFF {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let out = SafeText.sanitize("a" + String(scalar) + "b")
        for produced in out.unicodeScalars {
            #expect(!isUnsafeForATerminal(produced), "U+\(String(value, radix: 16)) gave U+\(String(produced.value, radix: 16))")
        }
        checked += 1
    }
    #expect(checked > 190_000)
    for value in UInt32(0xE0000)...0xE0FFF {
        guard let scalar = Unicode.Scalar(value) else { continue }
        #expect(SafeText.sanitize(String(scalar)).unicodeScalars.allSatisfy { !isUnsafeForATerminal($0) })
    }
}

/// C1 characters were written raw into JSON (and vanished on the way to a terminal).
@Test func jsonEscapesEveryControlAndFormatCharacter() {
    #expect(JSONWriter.quoted("a\u{85}b\u{9b}c") == #""a\u0085b\u009bc""#)
    #expect(JSONWriter.quoted("\u{7f}\u{1b}") == #""\u007f\u001b""#)
    #expect(JSONWriter.quoted("x\u{202E}y\u{200D}z") == #""x\u202ey\u200dz""#)
    #expect(JSONWriter.quoted("tag\u{E0067}") == #""tag\udb40\udc67""#)
    #expect(JSONWriter.quoted("plain é 日本 😀") == #""plain é 日本 😀""#)
}
