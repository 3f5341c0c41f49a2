import OpsModel
import OpsEngine
import Testing

@testable import OpsUI

/// `cache:`, `guardrail:`, `reason:` and `eval:` at the `/` prompt.
struct VerdictFilterTests {
    let store = GuardedTraceFixtures.store()

    func matching(_ text: String) throws -> [String] {
        let query = TraceQuery(filter: try FilterParser.parse(text).get())
        return TraceListModel().run(query, sort: .time, traces: store.traces).rows.map(\.traceID.description)
    }

    @Test func parsesTheNewKeys() throws {
        let filter = try FilterParser.parse("cache:hit guardrail:Blocked guardrail:jailbreak reason:Prompt eval:faithfulness<0.9").get()
        #expect(filter.cacheHit == true)
        #expect(filter.guardrailOutcomes == [.blocked])
        #expect(filter.guardrails == ["jailbreak"])
        #expect(filter.reasons == ["prompt"])
        #expect(filter.evaluations == [EvaluationCondition(metric: "faithfulness", comparison: .less, value: 0.9)])
        #expect(!filter.isEmpty)
        #expect(try FilterParser.parse("cache:miss").get().cacheHit == false)
        #expect(try FilterParser.parse("eval:relevancy").get().evaluations == [EvaluationCondition(metric: "relevancy")])
        #expect(
            try FilterParser.parse("eval:x>=2.5").get().evaluations
                == [EvaluationCondition(metric: "x", comparison: .greaterOrEqual, value: 2.5)])
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        var text: String
        var message: String
        var testDescription: String { "'\(text)'" }
    }

    static let failures: [Failure] = [
        Failure(text: "cache:maybe", message: "cache: is 'hit' or 'miss', not 'maybe'"),
        Failure(text: "cache:", message: "'cache:' needs a value, e.g. cache:hit"),
        Failure(text: "eval:<0.9", message: "cannot read 'eval:<0.9'; write eval:NAME or eval:NAME<0.9 (also <=, >, >=)"),
        Failure(text: "eval:f<high", message: "cannot read 'eval:f<high'; write eval:NAME or eval:NAME<0.9 (also <=, >, >=)"),
        Failure(text: "eval:f<nan", message: "cannot read 'eval:f<nan'; write eval:NAME or eval:NAME<0.9 (also <=, >, >=)"),
        Failure(text: "evl:f", message: "unknown filter 'evl:'; did you mean 'eval:'?"),
    ]

    @Test(arguments: failures) func badValuesSayWhatToWrite(_ example: Failure) {
        switch FilterParser.parse(example.text) {
        case .success(let filter): Issue.record("parsed as \(filter)")
        case .failure(let error): #expect(error.message == example.message)
        }
    }

    @Test func tracesMatchOnLookupsVerdictsAndScores() throws {
        #expect(try matching("cache:hit") == ["t-hit"])
        #expect(try matching("cache:miss") == ["t-miss"])
        #expect(try matching("guardrail:blocked") == ["t-limit", "t-jail"])
        #expect(try matching("guardrail:flagged") == ["t-pii"])
        #expect(try matching("guardrail:pass") == ["t-pass"])
        // Name and outcome hold for the same verdict: the passing jailbreak check is not a block.
        #expect(try matching("guardrail:jailbreak guardrail:blocked") == ["t-jail"])
        #expect(try matching("guardrail:JAILBREAK") == ["t-pass", "t-jail"])
        #expect(try matching("reason:injection") == ["t-jail"])
        #expect(try matching("eval:faithfulness<0.9") == ["t-pii", "t-miss"])
        #expect(try matching("eval:faithfulness<0.62") == [])
        #expect(try matching("eval:faithfulness<=0.62") == ["t-miss"])
        #expect(try matching("eval:faithfulness>0.9") == ["t-hit"])
        #expect(try matching("eval:answer_relevancy") == ["t-pii"])
        // A label-only score has no number to compare.
        #expect(try matching("eval:answer_relevancy>0") == [])
    }

    @Test func spanSearchFindsTheSpanAScoreNames() throws {
        guard let record = store.traces[TraceID("t-miss")], let root = record.entry(for: SpanID("m0")),
            let llm = record.entry(for: SpanID("m2")), let cache = record.entry(for: SpanID("m1"))
        else {
            Issue.record("fixture missing")
            return
        }
        let low = try FilterParser.parse("eval:faithfulness<0.65").get()
        #expect(low.matches(llm, evaluations: record.evaluations))
        #expect(!low.matches(root, evaluations: record.evaluations), "the root's own score is 0.70")
        let any = try FilterParser.parse("eval:faithfulness").get()
        #expect(any.matches(root, evaluations: record.evaluations), "a score naming no span belongs to the root")
        #expect(!any.matches(cache, evaluations: record.evaluations))
        #expect(try FilterParser.parse("cache:miss").get().matches(cache))
        #expect(!(try FilterParser.parse("cache:miss").get().matches(llm)))
    }
}
