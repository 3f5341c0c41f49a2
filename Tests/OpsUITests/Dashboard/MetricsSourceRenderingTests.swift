import Foundation
import OpsEngine
import Testing

@testable import OpsUI
import OpsModel

/// How the dashboard shows figures from a metrics endpoint: what it cannot know, and staleness.
struct MetricsSourceRenderingTests {
    private func snapshot(stale: StaleInfo? = nil, notice: String? = nil) -> MetricsSnapshot {
        var latency = LatencyBreakdown()
        latency.byComponent[.llm] = LatencySummary(
            count: 8, p50Ms: 375, p90Ms: 1300, p95Ms: 1900, p99Ms: 2380, maxMs: .nan, meanMs: 590)
        return MetricsSnapshot(
            asOfNanos: 1_795_433_000 * 1_000_000_000, window: .fiveMinutes, spansPerSecond: 4,
            cost: CostSummary(
                windowUSD: 2, todayUSD: .nan, burnPerHour1m: 3600, burnPerHour15m: 3600, burnPerHour1h: 3600,
                projectedDayUSD: .nan, projectedMonthUSD: 2_592_000, dailyBudgetUSD: 100,
                byModel: [CostSummary.Share(name: "gpt-4o", usd: 2, spans: 0)]),
            latency: latency, errors: ErrorSummary(failedSpans: 3, byCategory: CategoryCounts(transient: 3)),
            coverage: [.cost, .latency, .errors], stale: stale, notice: notice)
    }

    @Test func panelsASourceCannotFillSayNotReportedAndFiguresStayUnzeroed() {
        let buffer = DashboardFixture.render(DashboardInput(snapshot: snapshot()), width: 120, height: 40)
        let text = buffer.lines.joined(separator: "\n")
        #expect(text.components(separatedBy: "— not reported by this source").count - 1 == 3)  // breakers, alerts, traces
        #expect(text.contains("4.0 req/s"))
        #expect(text.contains("today —"))
        #expect(text.contains("budget — today's spend not known"))
        #expect(text.contains("rate —  3 of — requests"))
        #expect(text.contains("375ms") && text.contains("2.38s"))
        #expect(!text.contains("$?"))
    }

    @Test func aStaleSourceIsNamedInTheHeaderWithWhenAndWhy() {
        let stale = StaleInfo(sinceNanos: 1_795_432_931 * 1_000_000_000, reason: "connection refused", source: "u")
        let buffer = DashboardFixture.render(DashboardInput(snapshot: snapshot(stale: stale)), width: 120, height: 40)
        #expect(buffer.lines[0].contains("STALE since 11:22:11 — connection refused"), "\(buffer.lines[0])")
        // The last figures stay.
        #expect(buffer.lines.joined().contains("gpt-4o"))
    }

    @Test func aNoticeReplacesNothingButIsShown() {
        let buffer = DashboardFixture.render(
            DashboardInput(snapshot: snapshot(notice: "waiting for a second scrape")), width: 120, height: 40)
        #expect(buffer.lines[0].contains("waiting for a second scrape"))
    }
}
