import Testing
@testable import OpsModel
@testable import OpsEngine
@testable import OpsReport
import OpsTestSupport

private let second: Int64 = 1_000_000_000
private let base: Int64 = 1_795_433_400 * second

/// Traces of a root, LLM children with usage and tool children, with roll-up usage on some roots
/// and middle spans, duplicates, several users and arrival out of order.
private func rollUpWorkload(seed: UInt64, traces: Int) -> [Event] {
    var generator = TestRandom(seed: seed)
    let models = ["gpt-4o-mini", "gpt-4o", "claude-3-5-haiku", "my-finetune-v3"]
    var events: [Event] = []
    for trace in 0..<traces {
        let start = base + Int64.random(in: 0..<(2 * 3600 * second), using: &generator)
        let user = "u\(Int.random(in: 0..<7, using: &generator))"
        let children = Int.random(in: 0...5, using: &generator)
        var childUsage = TokenUsage.zero
        var spans: [Span] = []
        let middle = Int.random(in: 0..<3, using: &generator) == 0
        for child in 0..<children {
            let isLLM = Int.random(in: 0..<3, using: &generator) > 0
            let usage = isLLM ? TokenUsage(input: Int64.random(in: 0...4000, using: &generator), output: 200) : .zero
            childUsage += usage
            let end = start + Int64(child + 1) * 400_000_000
            spans.append(Span(
                traceID: .synthetic(UInt64(trace)), spanID: .synthetic(UInt64(child + 10)),
                parentID: .synthetic(middle && child % 2 == 0 ? 2 : 1), name: isLLM ? "chat" : "tool",
                component: isLLM ? .llm : .tool, status: Int.random(in: 0..<9, using: &generator) == 0 ? .error : .ok,
                startNanos: end - 300_000_000, endNanos: end, requestModel: isLLM ? models[child % models.count] : nil,
                tool: isLLM ? nil : "lookup_order", usage: usage,
                reportedCostUSD: Int.random(in: 0..<5, using: &generator) == 0 ? 0.01 : nil, userID: user))
        }
        let rootEnd = start + Int64(children + 2) * 400_000_000
        if middle {
            spans.append(Span(
                traceID: .synthetic(UInt64(trace)), spanID: .synthetic(2), parentID: .synthetic(1), name: "agent",
                component: .other, startNanos: start, endNanos: rootEnd - 1, usage: childUsage, userID: user))
        }
        spans.append(Span(
            traceID: .synthetic(UInt64(trace)), spanID: .synthetic(1), name: "query", component: .query,
            startNanos: start, endNanos: rootEnd, requestModel: Bool.random(using: &generator) ? "gpt-4o" : nil,
            usage: Bool.random(using: &generator) ? childUsage : .zero, userID: user))
        if let duplicate = spans.randomElement(using: &generator), Int.random(in: 0..<4, using: &generator) == 0 {
            spans.append(duplicate)
        }
        events += spans.map { Event.span($0) }
    }
    events.shuffle(using: &generator)
    return events
}

private func reportJSON(_ events: [Event], keepSpans: Bool, maxTraces: Int) -> String {
    var configuration = EngineConfiguration()
    configuration.keepSpans = keepSpans
    configuration.maxTraces = maxTraces
    return reportJSON(of: events, configuration: configuration)
}

@Test(arguments: [UInt64(21), 22, 23])
func aStoreThatKeepsNoSpansReportsTheSameFiguresAsOneThatDoes(seed: UInt64) {
    let events = rollUpWorkload(seed: seed, traces: 3_000)
    for maxTraces in [50_000, 200] {
        let full = reportJSON(events, keepSpans: true, maxTraces: maxTraces)
        let lean = reportJSON(events, keepSpans: false, maxTraces: maxTraces)
        #expect(lean == full, "max traces \(maxTraces)")
    }
}

@Test func aStoreThatKeepsNoSpansStillFindsDuplicatesAndRollUps() {
    var configuration = EngineConfiguration()
    configuration.keepSpans = false
    var store = MetricsStore(configuration: configuration)
    let child = Span(
        traceID: .synthetic(1), spanID: .synthetic(2), parentID: .synthetic(1), name: "chat", component: .llm,
        startNanos: base, endNanos: base + second, requestModel: "gpt-4o-mini", usage: TokenUsage(input: 1_000_000))
    let root = Span(
        traceID: .synthetic(1), spanID: .synthetic(1), name: "query", component: .query, startNanos: base,
        endNanos: base + 2 * second, requestModel: "gpt-4o-mini", usage: TokenUsage(input: 1_000_000))
    store.ingest([.span(root), .span(child), .span(child)])
    #expect(store.spanCount == 2)
    #expect(store.duplicateSpans == 1)
    #expect(store.snapshot(window: .all).tokens.input == 1_000_000)
    #expect(abs(store.snapshot(window: .all).cost.totalUSD - 0.15) < 1e-12)
    #expect(store.traces[.synthetic(1)]?.entries.isEmpty == true)
}
