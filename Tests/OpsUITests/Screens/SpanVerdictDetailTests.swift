import OpsModel
import OpsEngine
import Testing

@testable import OpsUI

/// The span view shows a span's cache lookup, its guardrail verdict and the scores given to it.
struct SpanVerdictDetailTests {
    let store = GuardedTraceFixtures.store()

    func lines(_ trace: String, _ span: String, width: Int = 76) -> [String] {
        guard let record = store.traces[TraceID(trace)], let entry = record.entry(for: SpanID(span)) else { return [] }
        return SpanDetailView.lines(for: entry, evaluations: record.evaluations, width: width).map(\.text)
    }

    @Test func aCacheHitShowsWhatItSaved() {
        #expect(lines("t-hit", "h1").contains("cache         hit · saved $0.0040 · RedisSemanticCache"))
        #expect(lines("t-miss", "m1").contains("cache         miss"))
    }

    @Test func aVerdictShowsOutcomeGuardrailAndReason() {
        let text = lines("t-jail", "j1")
        #expect(text.contains("guardrail     blocked · jailbreak"))
        #expect(text.contains("reason        prompt injection"))
        #expect(lines("t-limit", "l0").contains("guardrail     blocked · rate_limiter (the app's rate limiter)"))
    }

    @Test func scoresOfTheSpanAndOfTheTraceOnItsRootWithTheExplanationWrapped() {
        let llm = lines("t-miss", "m2", width: 44)
        #expect(llm.suffix(5) == [
            "",
            "── Evaluations ──",
            "faithfulness 0.62 · unfaithful · by ragas",
            "  The answer cites an order that does not",
            "  exist in the retrieved context.",
        ])
        // The root holds the trace-wide score, not the span's.
        let root = lines("t-miss", "m0")
        #expect(root.suffix(1) == ["faithfulness 0.7"])
        #expect(!lines("t-miss", "m1").contains("── Evaluations ──"))
    }

    @Test func theTraceViewListsEachMetricsLowestScore() {
        guard let record = store.traces[TraceID("t-miss")] else { return }
        #expect(TraceView.scores(record.evaluations) == "faithfulness 0.62")
        let text = render(TraceView(traceID: record.traceID, record: record, position: .top), width: 120, height: 10)
        #expect(text[1].contains("· faithfulness 0.62"))
        #expect(text.contains { $0.contains("semantic_cache") && $0.contains("cache miss") })
    }

    @Test func hostileExplanationsAndNamesAreSanitised() {
        let hostile = "ok\u{1b}]52;c;SGVsbG8=\u{07}\u{1b}[2J\u{202e}evil\u{9b}31m" + String(repeating: "long ", count: 40)
        var span = GuardedTraceFixtures.span(
            "t-x", "x1", name: "check\u{1b}[5m", component: .guardrail, from: 0, to: 1,
            guardrail: GuardrailVerdict(guardrail: "rail\u{1b}[31m", outcome: .blocked, reason: hostile))
        span.cache = CacheLookup(hit: true, savedUSD: .nan, cacheName: "c\u{7}")
        var store = MetricsStore()
        store.ingest([
            .span(span),
            .evaluation(Evaluation(timeNanos: 1, traceID: TraceID("t-x"), spanID: SpanID("x1"), name: "m\u{1b}[1m", score: .infinity,
                                   label: "\u{202e}bad", explanation: hostile, evaluator: "e\u{0}")),
        ])
        guard let record = store.traces[TraceID("t-x")] else { return }
        let view = SpanDetailView(traceID: record.traceID, spanID: SpanID("x1"), entry: record.entry(for: SpanID("x1")), scroll: 0,
                                  evaluations: record.evaluations)
        for size in [(80, 24), (40, 60), (20, 5), (1, 1), (0, 0)] {
            let lines = render(view, width: size.0, height: size.1)
            for line in lines {
                #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202e}" })
                #expect(TerminalText.displayWidth(of: line) == size.0)
            }
        }
        let text = SpanDetailView.lines(for: record.entries[0], evaluations: record.evaluations, width: 60).map(\.text)
        #expect(text.contains { $0.hasPrefix("m␛[1m") }, "the metric's escape is drawn harmless, not obeyed")
        #expect(!text.contains { $0.contains("nan") || $0.contains("inf") })
        #expect(text.allSatisfy { TerminalText.displayWidth(of: $0) <= 60 })
    }
}
