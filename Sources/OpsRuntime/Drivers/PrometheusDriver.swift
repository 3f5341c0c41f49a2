import Foundation
import OpsModel
import OpsEngine
import OpsSources
import OpsUI

/// A fleet through a Prometheus server: a source thread asks the server; the screen shows its latest answer.
///
/// The store stays empty (a Prometheus server has no spans); the figures come from ``snapshot(window:)``,
/// which also tells the source which window the screen wants, so a window key refreshes at once.
package struct PrometheusDriver: EngineDriver {
    package private(set) var store: MetricsStore
    package let source: PrometheusFleetSource
    package let configuration: EngineConfiguration
    private let name: String
    private let startNanos: Int64
    package private(set) var dataVersion = 0

    package init(source: PrometheusFleetSource, name: String, configuration: EngineConfiguration, startNanos: Int64) {
        self.source = source
        self.name = name
        self.configuration = configuration
        self.startNanos = startNanos
        store = MetricsStore(configuration: configuration)
    }

    package var mode: ClockMode { .live }

    package var sources: [SourceLine] {
        let latest = source.latest
        if let stale = latest.stale {
            let since = stale.since.map(ClockText.time(nanos:)) ?? "start"
            return [SourceLine(name: name, health: .stale, detail: "since \(since) — \(stale.why)")]
        }
        if latest.figures == nil { return [SourceLine(name: name, health: .waiting, detail: "first answer")] }
        return [SourceLine(name: name, health: .live)]
    }

    package mutating func pump(wallNanos: Int64, monotonicNanos: Int64) -> Bool {
        let before = store.now
        store.advance(to: wallNanos)
        var changed = before / 1_000_000_000 != store.now / 1_000_000_000
        let version = source.latest.version
        if version != dataVersion {
            dataVersion = version
            changed = true
        }
        return changed
    }

    package mutating func handle(_ command: ReplayCommand, monotonicNanos: Int64) {}

    package func stop() { source.stop() }

    /// `Enter` on a cost or latency model row narrows every query to that model; on a breaker row
    /// (`target @ instance`) to that instance; `Esc` on the dashboard widens back to the whole fleet.
    package mutating func drill(into target: DrillTarget?) -> String? {
        var view = source.latest.view
        switch target {
        case .model(let name)?:
            view.model = name
        case .breaker(let name)?:
            guard let at = name.range(of: " @ ", options: .backwards) else {
                return "this breaker has no instance to narrow to"
            }
            view.instance = String(name[at.upperBound...])
        case nil:
            guard view.model != nil || view.instance != nil else { return nil }
            view.model = nil
            view.instance = nil
            source.show(view)
            return "the whole fleet again"
        default:
            return "a Prometheus server has no traces; Enter on a model or breaker row narrows the fleet"
        }
        source.show(view)
        return "narrowed to \(view.narrowingLabel ?? "the whole fleet") (Esc: the whole fleet)"
    }

    package func snapshot(window: TimeWindow) -> MetricsSnapshot {
        var view = source.latest.view
        view.window = window
        source.show(view)
        let latest = source.latest
        let stale = latest.stale.map {
            StaleInfo(sinceNanos: $0.since ?? startNanos, reason: $0.why, source: name)
        }
        guard let figures = latest.figures else {
            return MetricsSnapshot(
                asOfNanos: store.now == .min ? startNanos : store.now, window: window, spansPerSecond: .nan,
                coverage: [], stale: stale, notice: stale == nil ? "asking \(name)…" : nil)
        }
        var snapshot = figures.snapshot(configuration: configuration, stale: stale)
        if figures.window != window, stale == nil {
            snapshot.notice = "loading the \(window.label) window…"
        } else if let label = latest.view.narrowingLabel, snapshot.notice == nil {
            snapshot.notice = "only \(label) (Esc: whole fleet)"
        }
        return snapshot
    }
}
