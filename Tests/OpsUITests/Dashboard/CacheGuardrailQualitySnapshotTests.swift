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

/// Tiny areas and hostile names in the new panels.
struct CacheGuardrailQualityRobustnessTests {
    static let escape = "jail\u{1b}[2J\u{1b}]52;c;SGVsbG8=\u{07}break"
    static let bidi = "\u{202e}noitcejni tpmorp\u{202c}"
    static let long = String(repeating: "very_long_guardrail_name_", count: 12)

    static func hostileInput() -> DashboardInput {
        let guardrails = GuardrailSummary(
            checked: 10, blocked: 4, flagged: 2,
            byGuardrail: [.init(name: escape, checked: 5, blocked: 3, flagged: 1), .init(name: long, checked: 5, blocked: 1, flagged: 1)],
            byReason: [.init(name: bidi, count: 3), .init(name: "理由🤖\u{9b}31m", count: 1)],
            topUsers: [.init(name: "u\u{7}😈", count: 4)])
        let quality = QualitySummary(metrics: [
            .init(name: "faith\u{1b}[31mfulness", count: 2, mean: .nan, p10: -.infinity, threshold: 0.9, belowThreshold: 2),
            .init(name: long, count: Int.max, mean: 1e300, p10: 0, threshold: .infinity),
        ])
        let cache = CacheSummary(
            lookups: Int.max, hits: Int.max / 2, savedUSD: .infinity, hitLatency: .empty, missLatency: .empty,
            inputTokens: 10, cachedInputTokens: 20, providerCacheSavedUSD: .nan, hitRatePerMinute: [nil, .nan, 2, -1],
            previousHourHitRate: .nan)
        return CacheGuardrailQualityFixture.input(cache: cache, guardrails: guardrails, quality: quality)
    }

    static func isClean(_ line: String) -> Bool {
        !line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
    }

    @Test(arguments: [(120, 40), (200, 60), (80, 40), (60, 20)])
    func hostileNamesAreSanitisedAndKeepTheGrid(width: Int, height: Int) {
        let buffer = DashboardFixture.render(Self.hostileInput(), width: width, height: height)
        for line in buffer.lines {
            #expect(Self.isClean(line), "unsanitised: \(line)")
            #expect(TerminalText.displayWidth(of: line) == width)
        }
        let text = buffer.lines.joined(separator: "\n")
        if width >= 80 { #expect(text.contains("Guardrails") && text.contains("Quality") && text.contains("Cache")) }
    }

    @Test func hostilePanelsAt120x40() {
        expectSnapshot(DashboardFixture.render(Self.hostileInput(), width: 120, height: 40).lines, named: "issue13-hostile-120x40")
    }

    @Test(arguments: [PanelID.cache, .guardrails, .quality])
    func zeroAndTinyAreasAreSafe(_ panel: PanelID) {
        for input in [CacheGuardrailQualityFixture.input(focus: panel, selection: [panel: 99]), Self.hostileInput()] {
            for (width, height) in [(0, 0), (1, 1), (2, 2), (3, 1), (5, 3), (12, 4), (20, 5), (1, 30), (200, 2)] {
                let buffer = CacheGuardrailQualitySnapshotTests.panel(panel, input, width: width, height: height)
                #expect(buffer.lines.count == height)
                #expect(buffer.lines.allSatisfy { TerminalText.displayWidth(of: $0) == width && Self.isClean($0) })
            }
        }
        // 20×5 still names the panel and its headline figure.
        let small = CacheGuardrailQualitySnapshotTests.panel(panel, CacheGuardrailQualityFixture.input(), width: 24, height: 5)
        let headline = ["cache": "hit rate 23%", "guardrails": "240 blocked", "quality": "faithfulness"][panel.rawValue] ?? ""
        #expect(small.lines.joined().contains(headline), "\(small.lines.joined(separator: "\n"))")
    }
}

extension CacheGuardrailQualitySnapshotTests {
    @Test func smallestSummaryKeepsTheAlertsBeforeTheNewLines() {
        let lines = dashboard(CacheGuardrailQualityFixture.input(), width: 40, height: 10)
        expectSnapshot(lines, named: "issue13-summary-40x10")
        #expect(lines.joined().contains("4 firing"))
    }
}
