import Testing

@testable import OpsUI

struct ScreenBufferTests {
    @Test func startsBlank() {
        let buffer = ScreenBuffer(width: 3, height: 2)
        #expect(buffer.lines == ["   ", "   "])
    }

    @Test func putReturnsColumnsUsed() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        #expect(buffer.put("abc", x: 1, y: 0) == 3)
        #expect(buffer.put("中文", x: 5, y: 0) == 4)
        #expect(buffer.lines == [" abc 中文 "])
    }

    @Test func wideCharactersTakeTwoCellsWithAContinuation() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("中", x: 1, y: 0, style: Style(.accent))
        #expect(buffer[1, 0].grapheme == "中")
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[2, 0].style == Style(.accent))
        #expect(buffer.lines == [" 中 "])
    }

    @Test func aWideCharacterThatDoesNotFitIsLeftOut() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        #expect(buffer.put("ab中", x: 1, y: 0) == 2)
        #expect(buffer.lines == [" ab "])
        #expect(buffer.put("x中中", x: 0, y: 0, maxWidth: 4) == 3)
        #expect(buffer.lines == ["x中 "])
    }

    @Test func writesOutsideTheBufferAreClipped() {
        var buffer = ScreenBuffer(width: 5, height: 2)
        buffer.put("hello", x: -2, y: 0)
        buffer.put("world", x: 3, y: 1)
        buffer.put("nowhere", x: 0, y: 5)
        buffer.put("nowhere", x: 0, y: -1)
        #expect(buffer.lines == ["llo  ", "   wo"])
    }

    @Test func maxWidthLimitsTheWrite() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        #expect(buffer.put("abcdef", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(buffer.put("zzz", x: 5, y: 0, maxWidth: 0) == 0)
        #expect(buffer.lines == ["abc       "])
    }

    @Test func controlCharactersNeverReachACell() {
        var buffer = ScreenBuffer(width: 12, height: 1)
        buffer.put("\u{1b}[2J\u{7}x\ny", x: 0, y: 0)
        #expect(buffer.lines == ["␛[2J␇x⏎y    "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("中文字", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        buffer.put("y", x: 4, y: 0)
        #expect(buffer.lines == [" x文y "])
        #expect(!buffer[1, 0].isContinuation)
        buffer.put("国", x: 3, y: 0)
        #expect(buffer.lines == [" x 国 "])
    }

    @Test func fillAndSetStyleStayInsideTheBuffer() {
        var buffer = ScreenBuffer(width: 4, height: 3)
        buffer.fill(Rect(x: 2, y: 1, width: 10, height: 10), with: "#")
        buffer.setStyle(Style(.selection), in: Rect(x: -1, y: 2, width: 2, height: 1))
        #expect(buffer.lines == ["    ", "  ##", "  ##"])
        #expect(buffer[0, 2].style == Style(.selection))
        #expect(buffer[1, 2].style == .plain)
    }

    @Test func zeroSizedBufferAcceptsEverything() {
        var buffer = ScreenBuffer(width: 0, height: 0)
        buffer.put("hello", x: 0, y: 0)
        buffer.fill(Rect(width: 3, height: 3), with: "x")
        buffer.set(Cell("a"), x: 0, y: 0)
        #expect(buffer.lines == [])
        #expect(buffer[0, 0] == .blank)
    }

    @Test func clearBlanksEverything() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        buffer.put("abc", x: 0, y: 0, style: Style(.critical))
        buffer.clear()
        #expect(buffer == ScreenBuffer(width: 3, height: 1))
    }

    /// Printable ASCII takes a path of its own in `put`: it must write what a cell-by-cell model
    /// of the contract writes, wherever the text starts and however it is limited.
    @Test func printableASCIIIsWrittenAsACellByCellModelSays() {
        let text = "ab c~!"
        let style = Style(.accent)
        for x in -8...11 {
            for y in -1...3 {
                for maxWidth in [nil, -1, 0, 1, 4, 6, 100] as [Int?] {
                    var buffer = ScreenBuffer(width: 10, height: 3)
                    buffer.put("中文字中文", x: 0, y: 1)
                    var expected = buffer
                    let advanced = buffer.put(text, x: x, y: y, style: style, maxWidth: maxWidth)
                    let written = max(0, min(maxWidth ?? .max, text.count))
                    for (offset, character) in text.prefix(written).enumerated() {
                        expected.set(Cell(character, style: style), x: x + offset, y: y)
                    }
                    #expect(advanced == written, "x \(x) y \(y) maxWidth \(String(describing: maxWidth))")
                    #expect(buffer == expected, "x \(x) y \(y) maxWidth \(String(describing: maxWidth))")
                }
            }
        }
    }
}
