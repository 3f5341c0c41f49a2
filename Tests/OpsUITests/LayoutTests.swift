import Testing

@testable import OpsUI

struct LayoutTests {
    private func widths(_ constraints: [Constraint], _ total: Int, spacing: Int = 0) -> [Int] {
        Layout.horizontal(constraints, spacing: spacing).split(Rect(width: total, height: 1)).map(\.width)
    }

    @Test func lengthsAndFill() {
        #expect(widths([.length(10), .fill(1), .length(5)], 40) == [10, 25, 5])
    }

    @Test func fillsShareByWeight() {
        #expect(widths([.fill(1), .fill(2)], 30) == [10, 20])
        #expect(widths([.fill(1), .fill(1), .fill(1)], 10) == [4, 3, 3])
    }

    @Test func percentagesAndRatios() {
        #expect(widths([.percentage(25), .percentage(75)], 80) == [20, 60])
        #expect(widths([.ratio(1, 3), .fill(1)], 30) == [10, 20])
    }

    @Test func leftOverSpaceGoesToMinThenMaxUpToItsCap() {
        #expect(widths([.length(5), .min(5)], 20) == [5, 15])
        #expect(widths([.length(5), .max(8), .min(2)], 20) == [5, 7, 8])
        #expect(widths([.length(5), .max(3), .min(2)], 20) == [5, 3, 12])
        #expect(widths([.max(8), .max(8)], 20) == [8, 8])
    }

    @Test func maxSegmentsStopAtTheirCapAndTheRestGoesToTheLast() {
        #expect(widths([.max(4), .length(3)], 20) == [4, 16])
    }

    @Test func withoutAbsorbersTheLastSegmentTakesTheRest() {
        #expect(widths([.length(3), .length(3)], 10) == [3, 7])
    }

    @Test func shrinkingTakesFromPercentagesBeforeLengthsBeforeMins() {
        #expect(widths([.min(5), .length(10), .percentage(50)], 12) == [5, 7, 0])
        #expect(widths([.min(5), .length(10)], 4) == [4, 0])
    }

    @Test func spacingSitsBetweenSegments() {
        let rects = Layout.horizontal([.length(3), .fill(1), .length(3)], spacing: 1).split(
            Rect(x: 2, y: 1, width: 12, height: 2))
        #expect(
            rects == [
                Rect(x: 2, y: 1, width: 3, height: 2),
                Rect(x: 6, y: 1, width: 4, height: 2),
                Rect(x: 11, y: 1, width: 3, height: 2),
            ])
    }

    @Test func verticalSplit() {
        let rects = Layout.vertical([.length(1), .fill(1), .length(1)]).split(Rect(width: 80, height: 24))
        #expect(rects.map(\.y) == [0, 1, 23])
        #expect(rects.map(\.height) == [1, 22, 1])
        #expect(rects.allSatisfy { $0.width == 80 })
    }

    @Test func zeroSizeAreasGiveEmptyRectanglesInside() {
        for constraints: [Constraint] in [
            [.length(5), .fill(1)], [.percentage(50), .min(3), .max(2)], [.ratio(1, 0)], [],
        ] {
            let rects = Layout.horizontal(constraints, spacing: 2).split(.zero)
            #expect(rects.count == constraints.count)
            #expect(rects.allSatisfy { $0.width == 0 && $0.x == 0 })
        }
    }

    @Test func segmentsNeverLeaveTheArea() {
        let area = Rect(x: 3, y: 0, width: 7, height: 1)
        let rects = Layout.horizontal([.length(4), .length(4), .length(4)], spacing: 3).split(area)
        #expect(rects.allSatisfy { $0.x >= area.x && $0.maxX <= area.maxX })
    }

    @Test func hugeAndNegativeConstraintsAreHarmless() {
        #expect(widths([.length(Int.max), .length(-4), .percentage(900), .fill(-1)], 10).reduce(0, +) == 10)
    }

    @Test func priorityFitDropsTheLeastImportantFirst() {
        let items = [
            PriorityItem("header", minimumSize: 1, priority: 10),
            PriorityItem("chart", minimumSize: 8, priority: 2),
            PriorityItem("table", minimumSize: 5, priority: 5),
            PriorityItem("status", minimumSize: 1, priority: 9),
        ]
        #expect(PriorityFit.visible(items, in: 20) == ["header", "chart", "table", "status"])
        #expect(PriorityFit.visible(items, in: 10) == ["header", "table", "status"])
        #expect(PriorityFit.visible(items, in: 2) == ["header", "status"])
        #expect(PriorityFit.visible(items, in: 0) == [])
        #expect(PriorityFit.visible(items, in: 12, spacing: 1) == ["header", "table", "status"])
    }
}

extension LayoutTests {
    @Test func hugeSpacingAndWeightsDoNotOverflow() {
        let rects = Layout.horizontal([.fill(Int.max), .fill(Int.max), .length(1)], spacing: Int.max).split(
            Rect(width: 10, height: 1))
        #expect(rects.count == 3)
        #expect(rects.allSatisfy { $0.maxX <= 10 })
        #expect(
            PriorityFit.visible(
                [
                    PriorityItem(1, minimumSize: Int.max, priority: 1),
                    PriorityItem(2, minimumSize: Int.max, priority: 2),
                ], in: 5, spacing: Int.max) == [])
    }
}
