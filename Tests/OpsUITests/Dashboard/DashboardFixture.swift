import OpsModel
import OpsFormats
import OpsEngine
import OpsDemo

@testable import OpsUI

/// A realistic frame: six minutes into the demo incident (rate-limit storm over, database
/// outage on, `cancel_order` breaker open, runaway user spending), built deterministically.
enum DashboardFixture {
    static let start: Int64 = 1_795_433_580_000_000_000
    static let nanosPerMinute: Int64 = 60_000_000_000

    static let demoStore: MetricsStore = {
        var generator = DemoGenerator(seed: 7, start: start, minutes: 10)
        var bytes: [UInt8] = []
        generator.write(upTo: start + 6 * nanosPerMinute, into: &bytes)
        var ingestor = LogIngestor()
        var events: [Event] = []
        bytes.withUnsafeBytes { raw in ingestor.feed(raw) { events.append($0) } }
        ingestor.finish { events.append($0) }
        var store = MetricsStore()
        store.ingest(events)
        store.advance(to: start + 6 * nanosPerMinute)
        return store
    }()

    static func recentTraces(_ store: MetricsStore, limit: Int = 40) -> [TraceSummary] {
        store.traces.newestFirst.prefix(limit).compactMap { store.traces[$0]?.summary }
    }

    static let sources = [
        SourceLine(name: "demo.jsonl", health: .live, malformedLines: 3),
        SourceLine(name: "otlp :4318", health: .failed, detail: "address already in use"),
    ]

    static func input(
        window: TimeWindow = .fiveMinutes, focus: PanelID? = .cost, selection: [PanelID: Int] = [:],
        mode: ClockMode = .live, flashing: Set<String> = []
    ) -> DashboardInput {
        DashboardInput(
            snapshot: demoStore.snapshot(window: window), sources: sources, mode: mode, focus: focus,
            selection: selection, flashingAlerts: flashing, recentTraces: recentTraces(demoStore),
            traceSortLabel: "time")
    }

    static func render(_ input: DashboardInput, width: Int, height: Int, context: RenderContext = .unicode) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        DashboardView.render(input, model: DashboardModel(input), into: &buffer, area: buffer.area, context: context)
        return buffer
    }
}
