import Testing

@testable import OpsUI

struct TerminalTextTests {
    @Test func asciiIsUnchangedAndOneColumnPerCharacter() {
        let text = TerminalText("p99 latency 1.2s")
        #expect(text.string == "p99 latency 1.2s")
        #expect(text.width == 16)
    }

    @Test func escapeSequencesBecomeVisible() {
        #expect(TerminalText.sanitize("\u{1b}[2Jgone") == "␛[2Jgone")
        #expect(TerminalText.sanitize("\u{1b}]52;c;aGVsbG8=\u{7}") == "␛]52;c;aGVsbG8=␇")
        #expect(TerminalText.sanitize("a\u{0}b\u{7f}c") == "a␀b␡c")
    }

    @Test func c1ControlsBecomeReplacementCharacters() {
        #expect(TerminalText.sanitize("x\u{9b}31my") == "x\u{FFFD}31my")
        #expect(TerminalText.sanitize("\u{9d}52;c;x\u{9c}") == "\u{FFFD}52;c;x\u{FFFD}")
    }

    @Test func tabsAndNewlines() {
        #expect(TerminalText.sanitize("a\tb") == "a b")
        #expect(TerminalText.sanitize("one\ntwo\r\nthree") == "one⏎two⏎three")
        #expect(TerminalText.sanitize("one\ntwo", newlines: .space) == "one two")
        #expect(TerminalText.sanitize("50%\r60%") == "50%␍60%")
    }

    @Test func bidiOverridesAreRemoved() {
        #expect(TerminalText.sanitize("user\u{202E}gnp.exe") == "usergnp.exe")
        #expect(TerminalText.sanitize("\u{2066}a\u{2069}") == "a")
    }

    @Test func sanitizingIsIdempotent() {
        let once = TerminalText.sanitize("\u{1b}[31mred\u{1b}[0m\t\u{301}x\n")
        #expect(TerminalText.sanitize(once) == once)
    }

    @Test func aLeadingCombiningMarkGetsABase() {
        #expect(TerminalText.sanitize("\u{301}x") == "\u{25CC}\u{301}x")
        #expect(TerminalText("\u{301}x").width == 2)
    }

    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("e\u{301}\u{302}\u{303}", 1),
        ("中", 2), ("한", 2), ("ｱ", 1), ("Ａ", 2), ("カ", 2),
        ("😀", 2), ("❤️", 2), ("❤", 1), ("☀︎", 1), ("👍🏽", 2),
        ("👨‍👩‍👧‍👦", 2), ("🏳️‍🌈", 2), ("🇯🇵", 2), ("1️⃣", 2),
        ("\u{200B}", 0), ("\u{7}", 0), ("─", 1), ("…", 1), ("␛", 1),
    ])
    func graphemeWidths(grapheme: String, width: Int) {
        #expect(
            TerminalText.displayWidth(of: grapheme) == width,
            "\(grapheme.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringWidthSumsGraphemes() {
        #expect(TerminalText("日本語 ok").width == 9)
        #expect(TerminalText("👨‍👩‍👧‍👦 family").width == 9)
        #expect(TerminalText("\u{1b}[2J").width == 4)
    }

    @Test func truncationAddsAnEllipsis() {
        #expect(TerminalText.truncate("hello world", toWidth: 8) == "hello w…")
        #expect(TerminalText.truncate("hello", toWidth: 5) == "hello")
        #expect(TerminalText.truncate("hello", toWidth: 1) == "…")
        #expect(TerminalText.truncate("hello", toWidth: 0) == "")
        #expect(TerminalText.truncate("hello", toWidth: -3) == "")
        #expect(TerminalText.truncate("hello world", toWidth: 8, ellipsis: "...") == "hello...")
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(TerminalText.truncate("日本語テキスト", toWidth: 6) == "日本…")
        #expect(TerminalText.truncate("日本語テキスト", toWidth: 5) == "日本…")
        #expect(TerminalText.truncate("a日本", toWidth: 4) == "a日…")
        #expect(TerminalText.truncate("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", toWidth: 3) == "👨‍👩‍👧‍👦…")
    }

    @Test func truncationSanitizesFirst() {
        #expect(TerminalText.truncate("\u{1b}[2Jabcdef", toWidth: 5) == "␛[2J…")
    }

    @Test func fittingPadsToTheExactWidth() {
        #expect(TerminalText.fit("ok", toWidth: 5) == "ok   ")
        #expect(TerminalText.fit("42", toWidth: 5, alignment: .right) == "   42")
        #expect(TerminalText.fit("ab", toWidth: 5, alignment: .center) == " ab  ")
        #expect(TerminalText.fit("中文", toWidth: 5, alignment: .right) == " 中文")
        #expect(TerminalText.fit("中文字", toWidth: 5) == "中文…")
        #expect(TerminalText.fit("中文字", toWidth: 4) == "中… ")
        #expect(TerminalText.displayWidth(of: TerminalText.fit("中文字", toWidth: 4)) == 4)
    }
}

struct WordWrapTests {
    @Test func wrapsAtSpacesByDisplayWidth() {
        #expect(WordWrap.wrap("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
        #expect(WordWrap.wrap("日本 語の 文章", width: 5) == ["日本", "語の", "文章"])
        #expect(WordWrap.wrap("日本 語の 文章", width: 9) == ["日本 語の", "文章"])
    }

    @Test func breaksWordsLongerThanTheWidth() {
        #expect(WordWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(WordWrap.wrap("x 日本語", width: 3) == ["x", "日", "本", "語"])
        #expect(WordWrap.wrap("日本", width: 1) == ["日", "本"])
    }

    @Test func keepsLineBreaksAndEmptyLines() {
        #expect(WordWrap.wrap("one\n\ntwo three", width: 5) == ["one", "", "two", "three"])
        #expect(WordWrap.wrap("a\r\nb", width: 5) == ["a", "b"])
        #expect(WordWrap.wrap("", width: 5) == [""])
    }

    @Test func sanitizesAndCollapsesSpaces() {
        #expect(WordWrap.wrap("a  \t b\u{1b}[2J", width: 20) == ["a b␛[2J"])
    }

    @Test func nothingForNoWidth() {
        #expect(WordWrap.wrap("text", width: 0) == [])
        #expect(WordWrap.wrap("text", width: -1) == [])
    }
}

struct RectTests {
    @Test func insetAndIntersection() {
        let rect = Rect(x: 1, y: 1, width: 10, height: 4)
        #expect(rect.inset(by: 1) == Rect(x: 2, y: 2, width: 8, height: 2))
        #expect(rect.inset(by: 3).isEmpty)
        #expect(rect.intersection(Rect(x: 8, y: 0, width: 10, height: 2)) == Rect(x: 8, y: 1, width: 3, height: 1))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(Rect(x: 0, y: 0, width: -5, height: 3).width == 0)
        #expect(rect.row(3) == Rect(x: 1, y: 4, width: 10, height: 1))
        #expect(rect.row(4).isEmpty)
    }
}
