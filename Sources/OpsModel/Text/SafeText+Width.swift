extension SafeText {
    /// Columns a grapheme occupies: 0, 1 or 2.
    ///
    /// Two columns for East Asian wide and fullwidth characters, emoji with emoji presentation
    /// (by default or with U+FE0F), regional-indicator flags and emoji ZWJ sequences; zero for
    /// graphemes made only of combining marks, format characters and controls; one otherwise.
    /// A grapheme takes the width of its first spacing scalar, so a base letter with any number
    /// of combining accents is one column.
    package static func displayWidth(of grapheme: Character) -> Int {
        if let only = grapheme.singleScalar { return displayWidth(ofOnly: only) }
        return displayWidthByScalars(of: grapheme)
    }

    /// ``displayWidth(of:)-swift.type.method`` of the grapheme made of `scalar` alone.
    package static func displayWidth(ofOnly scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        // DEL and the C1 controls, then Latin-1, where only the soft hyphen is zero width.
        if value < 0xA0 { return 0 }
        if value <= 0xFF { return value == 0xAD ? 0 : 1 }
        // The screen's own glyphs (borders, blocks, braille, arrows) are narrow without emoji forms.
        if isPlainNarrowGlyph(value) { return 1 }
        return displayWidthByProperties(of: scalar)
    }

    // Not inlined: the Unicode property types are resilient, and their set-up would be paid on
    // the fast path too (about 40 instructions a call).
    @inline(never)
    private static func displayWidthByProperties(of scalar: Unicode.Scalar) -> Int {
        if isZeroWidth(scalar) { return 0 }
        return scalar.properties.isEmojiPresentation || isEastAsianWide(scalar) ? 2 : 1
    }

    /// The rules scalar by scalar, for any grapheme; ``displayWidth(ofOnly:)`` answers the same
    /// for one scalar without looking at most of them up.
    static func displayWidthByScalars(of grapheme: Character) -> Int {
        if let ascii = grapheme.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first(where: { !isZeroWidth($0) }) else { return 0 }
        var emojiSelector = false
        var textSelector = false
        var joined = false
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F: emojiSelector = true
            case 0xFE0E: textSelector = true
            case 0x200D: joined = true
            default: break
            }
        }
        let properties = first.properties
        if textSelector, !isEastAsianWide(first) { return 1 }
        if properties.isEmojiPresentation && !textSelector { return 2 }
        if properties.isEmoji && (emojiSelector || (joined && first.value > 0xFF)) { return 2 }
        return isEastAsianWide(first) ? 2 : 1
    }

    /// Sum of the graphemes' widths.
    package static func displayWidth(of text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        return text.reduce(0) { $0 + displayWidth(of: $1) }
    }

    static func isPlainNarrowGlyph(_ value: UInt32) -> Bool {
        switch value {
        case 0x2500...0x259F, 0x2800...0x28FF, 0x2190...0x2193, 0x2026, 0x00B7, 0x00D7, 0x25CB, 0x25CC, 0x25CF, 0x25D0, 0x2715:
            return true
        default:
            return false
        }
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        default: return scalar.value >= 0x1160 && scalar.value <= 0x11FF
        }
    }

    /// East Asian Width W or F, outside the emoji handled by presentation (from Unicode's
    /// EastAsianWidth.txt, the blocks that matter in practice).
    static func isEastAsianWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x1B000...0x1B2FF,  // Kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G–H
    ]
}
