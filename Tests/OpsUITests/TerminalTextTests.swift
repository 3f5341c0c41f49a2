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

    @Test func bidiControlsBecomeVisible() {
        #expect(TerminalText.sanitize("user\u{202E}gnp.exe") == "user\u{FFFD}gnp.exe")
        #expect(TerminalText.sanitize("\u{2066}a\u{2069}") == "\u{FFFD}a\u{FFFD}")
    }

    /// A zero-width joiner is one glyph in one terminal and two in the next: the row shifted.
    @Test func joinersBecomeVisibleSoWidthsAgreeWithTheTerminal() {
        let family = TerminalText("👨\u{200D}👩 x")
        #expect(family.string == "👨\u{FFFD}👩 x")
        #expect(family.width == 7)
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
        #expect(TerminalText("👨‍👩‍👧‍👦 family").width == 18)
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
        #expect(TerminalText.truncate("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", toWidth: 3) == "👨…")
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
