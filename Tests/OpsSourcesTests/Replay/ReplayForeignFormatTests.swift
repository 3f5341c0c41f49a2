import OpsSources
import Testing
import OpsEngine
import OpsModel

/// A log mixing the other formats: a LangSmith post completed by a patch two lines later, an
/// OTLP line of two spans written after its children, a LiteLLM retry pair and a native span.
let mixedLog = [
    #"{"post":[{"id":"01a20830-fcaf-7b6f-93c8-2563382ab12f","trace_id":"01a20830-fcaf-7b6f-93c8-2563382ab12f","#
        + #""name":"agent","run_type":"chain","start_time":"2026-11-23T11:35:57Z","inputs":{"q":"hi"}}]}"#,
    #"{"id":"01a20830-fcbb-7f8a-a275-dd7e108a70be","trace_id":"01a20830-fcaf-7b6f-93c8-2563382ab12f","#
        + #""parent_run_id":"01a20830-fcaf-7b6f-93c8-2563382ab12f","name":"ChatOpenAI","run_type":"llm","#
        + #""start_time":"2026-11-23T11:35:57.5Z","end_time":"2026-11-23T11:35:58Z","prompt_tokens":10,"#
        + #""completion_tokens":2,"total_cost":0.25,"extra":{"metadata":{"ls_model_name":"gpt-4o"}}}"#,
    #"{"patch":[{"id":"01a20830-fcaf-7b6f-93c8-2563382ab12f","end_time":"2026-11-23T11:35:59Z","outputs":{"a":"ok"}}]}"#,
    #"{"resourceSpans":[{"scopeSpans":[{"spans":["#
        + #"{"traceId":"ece80428612e47ae0e211f7f8b9c6e45","spanId":"ff7b8f7d5f8481aa","parentSpanId":"dc2974f81e146a31","#
        + #""name":"chat","startTimeUnixNano":"1795433700000000000","endTimeUnixNano":"1795433701000000000"},"#
        + #"{"traceId":"ece80428612e47ae0e211f7f8b9c6e45","spanId":"dc2974f81e146a31","name":"root","#
        + #""startTimeUnixNano":"1795433699000000000","endTimeUnixNano":"1795433702000000000"}]}]}]}"#,
    #"{"id":"a1","call_type":"acompletion","trace_id":"t-1","startTime":1795433600.0,"endTime":1795433601.0,"#
        + #""status":"failure","model":"gpt-4o","error_information":{"error_class":"RateLimitError","error_code":"429"}}"#,
    #"{"id":"a2","call_type":"acompletion","trace_id":"t-1","startTime":1795433601.5,"endTime":1795433603.0,"#
        + #""status":"success","model":"gpt-4o","response_cost":0.5,"prompt_tokens":100,"completion_tokens":5}"#,
    #"{"resourceMetrics":[]}"#,
    #"{"trace_id":"n","span_id":"a","ts":1795433650,"duration_ms":5,"model":"gpt-4o","cost_usd":1}"#,
]

@Suite("Replay of other formats")
struct ReplayForeignFormatTests {
    @Test func replayToTheEndMatchesReport() throws {
        let fixture = ReplayFixture(bytes: Array((mixedLog.joined(separator: "\n") + "\n").utf8))
        defer { fixture.remove() }
        let index = try ReplayIndex(path: fixture.path)
        #expect(index.count == 7)
        #expect(index.keptEvents.count == 1)
        #expect(try index.allEntries().map(\.ordinal).sorted() == [0, 0, 0, 0, 0, 1, ReplayIndex.Entry.keptOrdinal])
        #expect(index.stats.events == 7)
        #expect(index.stats.otlpMetricLines == 1)
        #expect(index.stats.foreignLines == [.langSmithBatch: 2, .langSmithRun: 1, .otlpTraces: 1, .liteLLM: 2,
                                             .otlpMetrics: 1])
        #expect(index.stats == fixture.decodedEvents().stats)

        var session = try ReplaySession(index: index)
        session.advance(to: session.eventEnd)
        #expect(session.unreadableLines == 0)
        let replayed = session.store.snapshot(window: .all)
        let reported = fixture.reportStore().snapshot(window: .all)
        #expect(replayed.spans == 7)
        #expect(replayed.traces == 4)
        #expect(replayed.cost.totalUSD == 1.75)
        #expect(replayed.spans == reported.spans)
        #expect(replayed.traces == reported.traces)
        #expect(replayed.cost.totalUSD == reported.cost.totalUSD)
        #expect(replayed.tokens == reported.tokens)
        expectSameFigures(session.store, fixture.reportStore(), "end of a mixed log")
    }

    @Test func goingBackAndForthGivesTheSameFigures() throws {
        let fixture = ReplayFixture(bytes: Array((mixedLog.joined(separator: "\n") + "\n").utf8))
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path, checkpoints: 0)
        session.advance(to: session.eventEnd)
        session.advance(to: session.eventStart)
        session.advance(to: session.eventEnd)
        #expect(session.rebuilds == 1)
        #expect(session.unreadableLines == 0)
        #expect(session.store.snapshot(window: .all).spans == 7)
    }
}
