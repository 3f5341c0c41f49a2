import OpsModel
import OpsEngine

@testable import OpsUI

/// A frame whose log-derived names carry escape sequences, CJK and emoji.
enum HostileFixture {
    static let second: Int64 = 1_000_000_000
    static let base: Int64 = 1_795_433_400 * second
    static let escapeModel = "gpt\u{1b}[2J\u{1b}]52;c;SGVsbG8=\u{07}-evil"
    static let cjkModel = "日本語モデル-大"
    static let emojiModel = "🤖bot👩‍💻-v2"
    static let escapeError = "Err\u{1b}[31mRED\u{9b}0m\u{202e}gnp.exe"

    static func input() -> DashboardInput {
        var store = MetricsStore()
        var events: [Event] = []
        for index in 0..<30 {
            let trace = TraceID.synthetic(UInt64(index))
            let end = base + Int64(index) * 2 * second
            let model = [escapeModel, cjkModel, emojiModel][index % 3]
            let failed = index % 4 == 0
            events.append(.span(Span(
                traceID: trace, spanID: .synthetic(2), parentID: .synthetic(1), name: "chat \(model)",
                component: .llm, status: failed ? .error : .ok, startNanos: end - 900_000_000, endNanos: end - 1,
                requestModel: model, usage: TokenUsage(input: 1200, output: 300), reportedCostUSD: 0.01,
                error: failed ? SpanError(type: index % 8 == 0 ? escapeError : "タイムアウト") : nil)))
            events.append(.span(Span(
                traceID: trace, spanID: .synthetic(1), name: "agent\u{1b}[1m" + model, component: .query,
                status: failed ? .error : .ok, startNanos: end - second, endNanos: end, userID: "u\u{7}😈")))
        }
        events.append(.breaker(BreakerEvent(
            timeNanos: base + 20 * second, target: "tool\u{1b}[5m🔥検索", targetType: "tool", state: .open)))
        store.ingest(events)
        let traces = store.traces.newestFirst.prefix(20).compactMap { store.traces[$0]?.summary }
        return DashboardInput(
            snapshot: store.snapshot(window: .fiveMinutes),
            sources: [SourceLine(name: "log\u{1b}[2J📄.jsonl", health: .stale, detail: "no line for 30s\u{7}")],
            recentTraces: traces)
    }
}
