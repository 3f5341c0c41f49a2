import Testing

@testable import OpsUI

struct BrailleChartTests {
    @Test func aRisingLineIsJoinedFromBottomLeftToTopRight() {
        // Dot rows 3, 2, 1, 0 in dot columns 0–3, each joined to the one before.
        #expect(render(BrailleChart([0, 1, 2, 3]), width: 2, height: 1) == ["\u{28E0}\u{281E}"])
        #expect(render(BrailleChart([0, 1, 2, 3]), width: 2, height: 1) == ["⣠⠞"])
    }

    @Test func aFlatSeriesSitsAtItsLevel() {
        #expect(render(BrailleChart([0, 0, 0, 0]), width: 2, height: 1) == ["⣀⣀"])
        #expect(render(BrailleChart([5, 5, 5, 5]), width: 2, height: 1) == ["⠉⠉"])
    }

    @Test func twoRowsSplitTheDots() {
        #expect(render(BrailleChart([0, 7]), width: 1, height: 2) == ["\u{28B8}", "\u{28F8}"])
    }

    @Test func newestValuesAreAtTheRightEdge() {
        #expect(render(BrailleChart([1, 1], maximum: 1), width: 3, height: 1) == ["  ⠉"])
    }

    @Test func asciiFallsBackToASparkline() {
        #expect(render(BrailleChart([1, 7], maximum: 7), width: 2, height: 1, context: .ascii) == ["_#"])
    }

    @Test func emptyAndTinyAreas() {
        #expect(render(BrailleChart([]), width: 3, height: 1) == ["   "])
        #expect(render(BrailleChart([1, .nan, -.infinity]), width: 0, height: 0) == [])
        #expect(render(BrailleChart([1, 2]), width: 1, height: 1).count == 1)
    }
}
