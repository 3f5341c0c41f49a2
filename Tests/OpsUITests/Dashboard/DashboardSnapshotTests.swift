import Testing

@testable import OpsUI

/// Whole dashboard screens at the sizes that matter, checked against files in Snapshots/.
struct DashboardSnapshotTests {
    private func lines(width: Int, height: Int, context: RenderContext = .unicode) -> [String] {
        DashboardFixture.render(DashboardFixture.input(), width: width, height: height, context: context).lines
    }

    @Test func standardTerminalShowsEveryPanel() {
        expectSnapshot(lines(width: 80, height: 24), named: "dashboard-80x24")
    }

    @Test func fullLayoutAt120x40() {
        expectSnapshot(lines(width: 120, height: 40), named: "dashboard-120x40")
    }

    @Test func extendedLayoutAt200x60() {
        expectSnapshot(lines(width: 200, height: 60), named: "dashboard-200x60")
    }

    @Test func smallTerminalShowsTheSummary() {
        expectSnapshot(lines(width: 60, height: 20), named: "dashboard-60x20")
    }

    @Test func tinyTerminalShowsTheNotice() {
        expectSnapshot(lines(width: 30, height: 8), named: "dashboard-30x8")
    }

    @Test func asciiScreenAt120x40() {
        expectSnapshot(lines(width: 120, height: 40, context: .ascii), named: "dashboard-120x40-ascii")
    }
}

extension DashboardSnapshotTests {
    @Test func hostileNamesAt120x40() {
        let input = HostileFixture.input()
        expectSnapshot(DashboardFixture.render(input, width: 120, height: 40).lines, named: "dashboard-hostile-120x40")
    }
}

extension DashboardSnapshotTests {
    @Test func smallestSummaryAt40x10() {
        let input = DashboardFixture.input(mode: .replay(speed: "8", progress: 0.25, paused: false))
        expectSnapshot(DashboardFixture.render(input, width: 40, height: 10).lines, named: "dashboard-40x10")
    }
}
