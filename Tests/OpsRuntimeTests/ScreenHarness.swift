import OpsEngine
import OpsModel
import OpsRuntime
import OpsSources
import OpsUI

/// A screen loop on a live driver, an in-memory terminal and a test clock: spans go into the
/// feed, keys into the terminal, and each step may draw a frame to read as text.
final class ScreenHarness {
    /// 2026-01-01 12:00:00 UTC.
    static let base: Int64 = 1_767_268_800 * 1_000_000_000

    let clock: TestClock
    let backend: InMemoryBackend
    let feed = EventFeed()
    let loop: ScreenLoop

    init(
        configuration: EngineConfiguration = EngineConfiguration(), width: Int = 120, height: Int = 40,
        bell: Bool = false, traceDirectory: String = "/tmp", refreshMillis: Int = 250, loadTimeLog: LoadTimeLog? = nil
    ) {
        clock = TestClock(wallNanos: Self.base + 60 * 1_000_000_000)
        backend = InMemoryBackend(width: width, height: height)
        let feed = feed
        loop = ScreenLoop(
            driver: LiveDriver(configuration: configuration, inbox: feed) {}, backend: backend, clock: clock,
            themes: Theme.builtIn, ascii: false, refreshMillis: refreshMillis, bell: bell, traceDirectory: traceDirectory,
            loadTimeLog: loadTimeLog)
    }

    /// The last frame, one line per row.
    var screen: String { backend.lines.joined(separator: "\n") }
    var frameCount: Int { backend.frames.count }

    /// Hands spans to the feed as a followed log would.
    func deliver(_ spans: [Span]) {
        feed.logs.put(contentsOf: spans.map(Event.span))
    }

    /// One step with no key and no time passing; the status if the session ended.
    @discardableResult
    func step() -> Int32? { loop.step() }

    /// Presses each key, one step each; the status if the session ended.
    @discardableResult
    func press(_ keys: Key...) -> Int32? {
        for key in keys {
            backend.pendingInput.append(.success(key))
            if let status = loop.step() { return status }
        }
        return nil
    }

    /// Lets `duration` go by in steps of 100 ms, as the loop's ticks do.
    func wait(_ duration: Duration) {
        var left = duration
        while left > .zero {
            let slice = min(left, .milliseconds(100))
            clock.advance(by: slice)
            left -= slice
            _ = loop.step()
        }
    }

    /// A span `seconds` after ``base``.
    static func span(
        _ trace: String, _ id: String, parent: String? = nil, name: String, component: Component = .llm,
        at seconds: Double, durationSeconds: Double = 0.5, model: String? = "gpt-4o-mini", cost: Double? = 0.002,
        error: SpanError? = nil
    ) -> Span {
        let start = base + Int64(seconds * 1e9)
        return Span(
            traceID: TraceID(trace), spanID: SpanID(id), parentID: parent.map(SpanID.init), name: name,
            component: component, status: error == nil ? .ok : .error, startNanos: start,
            endNanos: start + Int64(durationSeconds * 1e9), provider: model == nil ? nil : "openai",
            requestModel: model, usage: TokenUsage(input: 100, output: 10), reportedCostUSD: cost, error: error)
    }
}
