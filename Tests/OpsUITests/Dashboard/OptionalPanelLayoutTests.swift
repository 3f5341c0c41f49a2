import Testing

@testable import OpsUI

/// Where cache, guardrails and quality go: a row of their own when the body has room, none otherwise.
struct OptionalPanelLayoutTests {
    static let optional: [PanelID] = [.cache, .guardrails, .quality]

    @Test func theyGetARowAt120x40AndNoneAt80x24() {
        let full = DashboardLayout(area: Rect(width: 120, height: 39), optional: Self.optional)
        let rects = Self.optional.compactMap { full.panels[$0] }
        #expect(rects.count == 3)
        #expect(Set(rects.map(\.y)).count == 1 && rects.allSatisfy { $0.height == 8 })
        #expect(rects.map(\.width).reduce(0, +) == 120)
        guard let traces = full.panels[.traces], let alerts = full.panels[.alerts] else {
            Issue.record("essential panels missing")
            return
        }
        #expect(rects[0].y == alerts.maxY && traces.y == rects[0].maxY)
        #expect(traces.height >= 6)
        let small = DashboardLayout(area: Rect(width: 80, height: 23), optional: Self.optional)
        #expect(Self.optional.allSatisfy { small.panels[$0] == nil })
        #expect(small.panels == DashboardLayout(area: Rect(width: 80, height: 23)).panels)
    }

    @Test func withoutDataNothingMoves() {
        for (width, height) in [(80, 23), (120, 39), (200, 59), (100, 50)] {
            let area = Rect(width: width, height: height)
            #expect(DashboardLayout(area: area, optional: []).panels == DashboardLayout(area: area).panels)
        }
    }

    @Test func panelsNeverOverlapAndStayInsideTheArea() {
        for width in stride(from: 80, through: 220, by: 7) {
            for height in stride(from: 23, through: 70, by: 3) {
                for count in 0...3 {
                    let area = Rect(width: width, height: height)
                    let layout = DashboardLayout(area: area, optional: Array(Self.optional.prefix(count)))
                    let rects = Array(layout.panels.values) + [layout.header]
                    for (index, rect) in rects.enumerated() {
                        #expect(rect.intersection(area) == rect, "\(width)x\(height): \(rect) outside")
                        for other in rects[(index + 1)...] {
                            #expect(rect.intersection(other).isEmpty, "\(width)x\(height): \(rect) overlaps \(other)")
                        }
                    }
                    let shown = Self.optional.filter { layout.panels[$0] != nil }.count
                    #expect(shown == (layout.body.height >= DashboardLayout.optionalRowMinimumBody ? count : 0))
                }
            }
        }
    }
}
