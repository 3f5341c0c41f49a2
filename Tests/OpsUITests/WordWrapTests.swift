import Testing
@testable import OpsUI

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
