import Testing
@testable import OpsModel
@testable import OpsEngine
@testable import OpsReport
import OpsTestSupport

private let second: Int64 = 1_000_000_000
private let base: Int64 = 1_795_433_400 * second

/// Names longer than 15 bytes (a `String` keeps shorter ones inline), among them priced models.
private let models = ["claude-sonnet-4-5", "mistral-large-latest", "gemini-2.0-flash", "my-own-finetuned-model-v3"]
private let tools = ["refund_payment_with_a_long_name", "lookup_order_in_the_warehouse"]
private let users = (0..<6).map { "user-0000-1111-2222-\($0)" }

/// Traces of a root and LLM and tool children, with roll-up usage on some roots, duplicates, models
/// named only by the answer, prompt-cache reads and failures; each name is spelled by `spell`.
private func workload(seed: UInt64, traces: Int, spell: (String) -> String) -> [Event] {
    var generator = TestRandom(seed: seed)
    var events: [Event] = []
    for trace in 0..<traces {
        let start = base + Int64.random(in: 0..<(2 * 3600 * second), using: &generator)
        let user = users[Int.random(in: 0..<users.count, using: &generator)]
        let children = Int.random(in: 1...4, using: &generator)
        var childUsage = TokenUsage.zero
        var spans: [Span] = []
        for child in 0..<children {
            let isLLM = Int.random(in: 0..<3, using: &generator) > 0
            let model = models[Int.random(in: 0..<models.count, using: &generator)]
            let answeredOnly = Int.random(in: 0..<4, using: &generator) == 0
            let usage = isLLM
                ? TokenUsage(
                    input: Int64.random(in: 0...4000, using: &generator), output: 200,
                    cacheRead: Int64.random(in: 0...1, using: &generator) * 512)
                : .zero
            childUsage += usage
            let end = start + Int64(child + 1) * 400_000_000
            let failed = Int.random(in: 0..<6, using: &generator) == 0
            spans.append(Span(
                traceID: .synthetic(UInt64(trace)), spanID: .synthetic(UInt64(child + 10)),
                parentID: .synthetic(1), name: isLLM ? "chat" : "tool", component: isLLM ? .llm : .tool,
                status: failed ? .error : .ok, startNanos: end - 300_000_000, endNanos: end,
                requestModel: isLLM && !answeredOnly ? spell(model) : nil,
                responseModel: isLLM && answeredOnly ? spell(model) : nil,
                tool: isLLM ? nil : spell(tools[child % tools.count]), usage: usage,
                reportedCostUSD: Int.random(in: 0..<5, using: &generator) == 0 ? 0.01 : nil,
                error: failed ? SpanError(type: spell("ContextWindowExceededError")) : nil, userID: spell(user)))
        }
        let rootEnd = start + Int64(children + 2) * 400_000_000
        spans.append(Span(
            traceID: .synthetic(UInt64(trace)), spanID: .synthetic(1), name: "query", component: .query,
            startNanos: start, endNanos: rootEnd, requestModel: Bool.random(using: &generator) ? spell(models[0]) : nil,
            usage: Bool.random(using: &generator) ? childUsage : .zero, userID: spell(user)))
        if let duplicate = spans.randomElement(using: &generator), Int.random(in: 0..<4, using: &generator) == 0 {
            spans.append(duplicate)
        }
        events += spans.map { Event.span($0) }
    }
    events.shuffle(using: &generator)
    return events
}

private func reportJSON(_ events: [Event], keepSpans: Bool, maxSeries: Int) -> String {
    var configuration = EngineConfiguration()
    configuration.keepSpans = keepSpans
    configuration.maxSeries = maxSeries
    configuration.maxTraces = 500
    return reportJSON(of: events, configuration: configuration)
}

/// The engine finds recent names by their identity (the decoder's interned strings) and copies a
/// name only when it is new to it: the figures must be those of names spelled anew in every span,
/// which always take the path by text. Also with fewer series than names (some go to "(other)").
@Test(arguments: [UInt64(31), 32])
func namesFoundByIdentityGiveTheFiguresOfNamesSpelledAnewInEverySpan(seed: UInt64) {
    var interner = StringInterner()
    let interned = workload(seed: seed, traces: 2_000) { interner.intern(Array($0.utf8)) }
    let spelledAnew = workload(seed: seed, traces: 2_000) { String(decoding: Array($0.utf8), as: UTF8.self) }
    for keepSpans in [false, true] {
        for maxSeries in [256, 3] {
            let plain = reportJSON(spelledAnew, keepSpans: keepSpans, maxSeries: maxSeries)
            let byIdentity = reportJSON(interned, keepSpans: keepSpans, maxSeries: maxSeries)
            #expect(byIdentity == plain, "keep spans \(keepSpans), \(maxSeries) series")
            #expect(plain.contains("claude-sonnet-4-5"))
        }
    }
}

@Test func aNameFieldsIdentityIsTheNamesOwnAndNilForNoName() {
    let model = String(decoding: Array("claude-sonnet-4-5".utf8), as: UTF8.self)
    let span = Span(
        traceID: .synthetic(1), spanID: .synthetic(1), name: "chat", startNanos: 0, endNanos: 1, responseModel: model)
    #expect(span.requestModelIdentity == nil)
    #expect(span.responseModelIdentity == NameIdentity(model))
    #expect(span.modelIdentity == NameIdentity(model))
    #expect(span.toolIdentity == nil)
    #expect(NameIdentity(String(decoding: Array(model.utf8), as: UTF8.self)) != NameIdentity(model))
}
