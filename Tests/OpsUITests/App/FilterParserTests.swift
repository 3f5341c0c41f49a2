import OpsModel
import Testing

@testable import OpsUI
import OpsEngine

struct FilterParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: TraceFilter
        var testDescription: String { "'\(text)'" }
    }

    static let cases: [Case] = [
        Case(text: "", expected: TraceFilter()),
        Case(text: "model:gpt-4o", expected: TraceFilter(text: "model:gpt-4o", models: ["gpt-4o"])),
        Case(
            text: "model:gpt-4o status:error user:u42 tool:lookup_order min:2s",
            expected: TraceFilter(
                text: "model:gpt-4o status:error user:u42 tool:lookup_order min:2s", models: ["gpt-4o"], status: .error,
                users: ["u42"], tools: ["lookup_order"], minDurationNanos: 2_000_000_000)),
        Case(text: "status:ok", expected: TraceFilter(text: "status:ok", status: .ok)),
        Case(text: "max:250ms", expected: TraceFilter(text: "max:250ms", maxDurationNanos: 250_000_000)),
        Case(text: "min:1.5m", expected: TraceFilter(text: "min:1.5m", minDurationNanos: 90_000_000_000)),
        Case(text: "type:RateLimitError", expected: TraceFilter(text: "type:RateLimitError", errorTypes: ["RateLimitError"])),
        Case(text: "category:Transient", expected: TraceFilter(text: "category:Transient", categories: [.transient])),
        Case(text: "component:tool", expected: TraceFilter(text: "component:tool", components: [.tool])),
        Case(text: "Refund  Order", expected: TraceFilter(text: "Refund  Order", terms: ["refund", "order"])),
        Case(text: "\"order: 42\"", expected: TraceFilter(text: "\"order: 42\"", terms: ["order: 42"])),
        Case(text: "12:30", expected: TraceFilter(text: "12:30", terms: ["12:30"])),
        Case(text: "model:a model:b", expected: TraceFilter(text: "model:a model:b", models: ["a", "b"])),
    ]

    @Test(arguments: cases) func parsesValidText(_ example: Case) throws {
        let filter = try FilterParser.parse(example.text).get()
        #expect(filter == example.expected)
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        var text: String
        var message: String
        var testDescription: String { "'\(text)'" }
    }

    static let failures: [Failure] = [
        Failure(text: "modle:gpt-4o", message: "unknown filter 'modle:'; did you mean 'model:'?"),
        Failure(text: "stauts:error", message: "unknown filter 'stauts:'; did you mean 'status:'?"),
        Failure(
            text: "colour:red",
            message: "unknown filter 'colour:'; filters are model: status: user: tool: min: max: type: category: component: "
                + "cache: guardrail: reason: eval:"),
        Failure(text: "model:", message: "'model:' needs a value, e.g. model:gpt-4o"),
        Failure(text: "status:broken", message: "status: is 'error' or 'ok', not 'broken'"),
        Failure(text: "min:2", message: "cannot read duration '2' in 'min:2'; write e.g. min:2s or min:500ms"),
        Failure(text: "max:fast", message: "cannot read duration 'fast' in 'max:fast'; write e.g. max:2s or max:500ms"),
        Failure(text: "category:flaky", message: "unknown category 'flaky'; categories are transient, user, system"),
        Failure(
            text: "component:db",
            message: "unknown component 'db'; components are llm, tool, query, retrieval, cache, guardrail, other"),
        Failure(text: "min:5s max:2s", message: "min: (5.00s) is more than max: (2.00s); no trace can match"),
    ]

    @Test(arguments: failures) func reportsBadTokensClearly(_ example: Failure) {
        switch FilterParser.parse(example.text) {
        case .success(let filter): Issue.record("parsed as \(filter)")
        case .failure(let error): #expect(error.message == example.message)
        }
    }

    @Test func spanMatchingUsesEveryCondition() {
        let spans = TraceFixtures.spans
        let store = TraceFixtures.store(spans)
        guard let record = store.traces[TraceID("t-refund")], let llm = record.entry(for: SpanID("r1")) else {
            Issue.record("fixture missing")
            return
        }
        #expect(TraceFilter(models: ["GPT-4O-MINI"]).matches(llm))
        #expect(TraceFilter(status: .error, categories: [.transient]).matches(llm))
        #expect(!TraceFilter(status: .ok).matches(llm))
        #expect(TraceFilter(terms: ["mini"]).matches(llm))
        #expect(!TraceFilter(tools: ["lookup_order"]).matches(llm))
        #expect(TraceFilter(minDurationNanos: 2_000_000_000).matches(llm))
    }
}
