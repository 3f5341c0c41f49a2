import OpsModel
import OpsEngine
import Testing

@testable import OpsUI

/// The cache, guardrails and quality panels as text: on the whole dashboard at the sizes that
/// matter, alone in the areas they get, and one line each in the compact view.
struct CacheGuardrailQualitySnapshotTests {
    private func dashboard(_ input: DashboardInput, width: Int, height: Int) -> [String] {
        DashboardFixture.render(input, width: width, height: height).lines
    }

    /// One panel rendered alone into a `width`×`height` area.
    static func panel(_ panel: PanelID, _ input: DashboardInput, width: Int, height: Int, context: RenderContext = .unicode)
        -> ScreenBuffer
    {
        var buffer = ScreenBuffer(width: width, height: height)
        let environment = PanelEnvironment(input: input, model: DashboardModel(input), context: context, detail: .full)
        switch panel {
        case .cache: CachePanel(environment: environment).render(in: buffer.area, buffer: &buffer)
        case .guardrails: GuardrailsPanel(environment: environment).render(in: buffer.area, buffer: &buffer)
        default: QualityPanel(environment: environment).render(in: buffer.area, buffer: &buffer)
        }
        return buffer
    }

    @Test func fullLayoutGivesTheThreePanelsARowAbove120x40Traces() {
        expectSnapshot(dashboard(CacheGuardrailQualityFixture.input(), width: 120, height: 40), named: "issue13-dashboard-120x40")
    }

    @Test func standardTerminalKeepsItsEssentialPanels() {
        let lines = dashboard(CacheGuardrailQualityFixture.input(), width: 80, height: 24)
        expectSnapshot(lines, named: "issue13-dashboard-80x24")
        // The same screen as without the new figures: the essential panels keep every row.
        #expect(lines == dashboard(DashboardFixture.input(focus: nil), width: 80, height: 24))
    }

    @Test func compactViewHasALineForEach() {
        expectSnapshot(dashboard(CacheGuardrailQualityFixture.input(), width: 60, height: 20), named: "issue13-summary-60x20")
    }

    @Test func onlyPanelsWithDataTakeTheRow() {
        let input = CacheGuardrailQualityFixture.input(guardrails: GuardrailSummary(), quality: QualitySummary())
        let lines = dashboard(input, width: 120, height: 40)
        expectSnapshot(lines, named: "issue13-cache-only-120x40")
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Cache") && !text.contains("Guardrails") && !text.contains("Quality"))
    }

    @Test(arguments: [(PanelID.cache, 40, 8), (.guardrails, 40, 8), (.quality, 40, 8), (.cache, 26, 8), (.guardrails, 26, 8), (.quality, 26, 8), (.quality, 66, 10)])
    func panelAlone(_ panel: PanelID, width: Int, height: Int) {
        let input = CacheGuardrailQualityFixture.input(focus: panel, selection: [panel: 1])
        let lines = Self.panel(panel, input, width: width, height: height).lines
        expectSnapshot(lines, named: "issue13-\(panel.rawValue)-\(width)x\(height)")
    }
}

extension CacheGuardrailQualitySnapshotTests {
    @Test func extendedAndNarrowTallLayouts() {
        let input = CacheGuardrailQualityFixture.input()
        expectSnapshot(dashboard(input, width: 200, height: 60), named: "issue13-dashboard-200x60")
        expectSnapshot(dashboard(input, width: 80, height: 40), named: "issue13-dashboard-80x40")
    }

    @Test func asciiPanelsAt120x40() {
        let lines = DashboardFixture.render(CacheGuardrailQualityFixture.input(), width: 120, height: 40, context: .ascii).lines
        expectSnapshot(lines, named: "issue13-dashboard-120x40-ascii")
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }
}
