import Testing
import Foundation
@testable import OpsModel
@testable import OpsFormats
@testable import OpsEngine
import OpsTestSupport

/// A StandardLoggingPayload line shaped as LiteLLM writes it (trimmed), with `extra` members appended.
private func payload(_ extra: String = "", status: String = "success") -> String {
    #"{"id":"chatcmpl-42d0383c-25fc-4a52-9e84-6a19ec0d7e85","litellm_call_id":"23d0436f-90ba-4246-a414-18edf433d9dd","#
        + #""trace_id":"b3e15410-b425-40e7-9216-5f0b7564ac5b","session_id":"","call_type":"acompletion","#
        + #""cache_hit":null,"status":"\#(status)","custom_llm_provider":"azure","startTime":1795433851.467231,"#
        + #""endTime":1795433851.523998,"completionStartTime":1795433851.5,"model":"azure/gpt-4o-mini","#
        + #""metadata":{"user_api_key_user_id":"u_123","user_api_key_team_alias":"support","#
        + #""usage_object":{"prompt_tokens":10,"completion_tokens":20,"prompt_tokens_details":{"cached_tokens":4}}},"#
        + #""response_cost":1.35e-05,"total_tokens":30,"prompt_tokens":10,"completion_tokens":20,"#
        + #""api_base":"","model_group":"gpt-4o-mini","messages":[{"role":"user","content":"Where is order 1234?"}],"#
        + #""response":{"choices":[{"index":0,"message":{"content":"Shipped.","role":"assistant"}}]}"#
        + (extra.isEmpty ? "" : "," + extra) + "}"
}

private func failure(errorClass: String, code: String) -> String {
    payload(#""error_str":"litellm.\#(errorClass): mock","error_information":{"error_class":"\#(errorClass)","#
        + #""error_code":"\#(code)","llm_provider":"openai"}"#, status: "failure")
}

@Test func aSuccessfulPayloadIsOneLLMRootSpan() throws {
    let read = ingest([payload()])
    #expect(read.stats.events == 1)
    #expect(read.stats.foreignLines == [.liteLLM: 1])
    #expect(read.stats.malformed == 0)
    let span = try #require(read.spans.first)
    #expect(span.traceID == .hex(0xB3E1_5410_B425_40E7, 0x9216_5F0B_7564_AC5B))
    #expect(span.spanID == ForeignIDs.spanID("chatcmpl-42d0383c-25fc-4a52-9e84-6a19ec0d7e85"))
    #expect(span.parentID == nil)
    #expect(span.name == "chat gpt-4o-mini")
    #expect(span.component == .llm)
    #expect(span.status == .ok)
    #expect(span.startNanos == nanos(1_795_433_851, micros: 467_231))
    #expect(span.endNanos == nanos(1_795_433_851, micros: 523_998))
    #expect(span.provider == "azure")
    #expect(span.requestModel == "gpt-4o-mini")
    #expect(span.responseModel == "azure/gpt-4o-mini")
    #expect(span.usage == TokenUsage(input: 10, output: 20, cacheRead: 4))
    #expect(span.reportedCostUSD == 1.35e-05)
    #expect(span.userID == "u_123")
    #expect(span.serviceName == "support")
    #expect(span.sessionID == nil)
    #expect(span.error == nil)
    #expect(span.content?.input == #"[{"content":"Where is order 1234?","role":"user"}]"#)
    #expect(span.content?.output == #"[{"content":"Shipped.","role":"assistant"}]"#)
}

@Test func contentIsLeftOutUnlessKept() throws {
    let span = try #require(ingest([payload()], keepContent: false).spans.first)
    #expect(span.content == nil)
}

@Test func failuresAreClassifiedByTheirClassOrStatus() throws {
    let cases: [(String, String, String, ErrorCategory)] = [
        ("RateLimitError", "429", "RateLimitError", .transient),
        ("BadRequestError", "400", "BadRequestError", .user),
        ("InternalServerError", "500", "InternalServerError", .transient),
        ("APIError", "503", "HTTP 503", .transient),
        ("AuthenticationError", "401", "HTTP 401", .user),
        ("ContentPolicyViolationError", "", "ContentPolicyViolationError", .user),
    ]
    var classifier = ErrorClassifier()
    for (errorClass, code, type, category) in cases {
        let span = try #require(ingest([failure(errorClass: errorClass, code: code)]).spans.first, "\(errorClass)")
        #expect(span.status == .error)
        let error = try #require(span.error)
        #expect(error.type == type, "\(errorClass)")
        #expect(error.message == "litellm.\(errorClass): mock")
        #expect(classifier.classify(error) == category, "\(errorClass)")
    }
}

@Test func aCacheHitCountsThePromptAsCached() throws {
    let line = payload(#""cache_hit":true"#).replacingOccurrences(of: #""cache_hit":null,"#, with: "")
    let span = try #require(ingest([line]).spans.first)
    #expect(span.usage == TokenUsage(input: 10, output: 20, cacheRead: 10))
}

@Test func aliasedFieldsAndAbsentOnesHaveDefaults() throws {
    // No id (litellm_call_id instead), no trace_id (own trace), cost in hidden_params, team by id, no status.
    let line = #"{"litellm_call_id":"23d0436f-90ba-4246-a414-18edf433d9dd","call_type":"aembedding","#
        + #""startTime":1795433851,"endTime":1795433852.5,"model":"text-embedding-3-small","prompt_tokens":7,"#
        + #""hidden_params":{"response_cost":0.25},"metadata":{"user_api_key_team_id":"team-9"}}"#
    let span = try #require(ingest([line]).spans.first)
    #expect(span.traceID == .hex(0x23D0_436F_90BA_4246, 0xA414_18ED_F433_D9DD))
    #expect(span.spanID == .hex(0x23D0_436F_90BA_4246 ^ 0xA414_18ED_F433_D9DD))
    #expect(span.name == "embeddings text-embedding-3-small")
    #expect(span.status == .ok)
    #expect(span.durationNanos == 1_500_000_000)
    #expect(span.usage == TokenUsage(input: 7))
    #expect(span.reportedCostUSD == 0.25)
    #expect(span.serviceName == "team-9")
    #expect(span.requestModel == "text-embedding-3-small")
    #expect(span.responseModel == nil)
}

@Test func spendLogRowsAreReadToo() throws {
    // A row of LiteLLM's spend logs: request_id, spend, ISO times, cache_hit as text.
    let line = #"{"request_id":"chatcmpl-1","call_type":"acompletion","spend":0.002,"startTime":"2026-11-23T10:00:00.250Z","#
        + #""endTime":"2026-11-23T10:00:01Z","model":"gpt-4o","prompt_tokens":50,"completion_tokens":5,"cache_hit":"False","#
        + #""status":"success"}"#
    let span = try #require(ingest([line]).spans.first)
    #expect(span.spanID == ForeignIDs.spanID("chatcmpl-1"))
    #expect(span.reportedCostUSD == 0.002)
    #expect(span.durationNanos == 750_000_000)
    #expect(span.usage == TokenUsage(input: 50, output: 5))
}

@Test func retriesOfOneRequestShareTheTraceAsRootsOfTheirOwn() throws {
    let trace = #""trace_id":"7f211aa8-db49-418e-8a60-d75b0192c90c""#
    let first = #"{"id":"a1","call_type":"acompletion",\#(trace),"startTime":100.0,"endTime":101.0,"status":"failure","#
        + #""model":"gpt-4o","error_information":{"error_class":"RateLimitError","error_code":429}}"#
    let second = #"{"id":"a2","call_type":"acompletion",\#(trace),"startTime":101.5,"endTime":103.0,"#
        + #""status":"success","model":"gpt-4o","response_cost":0.5,"prompt_tokens":100,"completion_tokens":5}"#
    var store = MetricsStore()
    let read = ingest([first, second])
    for event in read.events { store.ingest(event) }
    let snapshot = store.snapshot(window: .all)
    #expect(read.spans.map(\.traceID) == [.hex(0x7F21_1AA8_DB49_418E, 0x8A60_D75B_0192_C90C),
                                          .hex(0x7F21_1AA8_DB49_418E, 0x8A60_D75B_0192_C90C)])
    #expect(read.spans.allSatisfy { $0.parentID == nil })
    #expect(read.spans[0].error?.type == "RateLimitError")
    #expect(snapshot.spans == 2)
    #expect(snapshot.traces == 1)
    #expect(snapshot.cost.totalUSD == 0.5)
    // The trace lasts from the first attempt's start to the retry's end.
    let summary = try #require(store.traces.newestSummaries(limit: 1).first)
    #expect(summary.durationNanos == 3_000_000_000)
    #expect(summary.startNanos == 100_000_000_000)
    #expect(summary.failedSpans == 1)
}

@Test func brokenPayloadsAreMalformedWithTheFieldNamed() {
    let cases: [(String, String)] = [
        (#"{"call_type":"acompletion","startTime":1,"endTime":2}"#, "LiteLLM payload: LiteLLM payload without id"),
        (#"{"id":"x","call_type":"acompletion","endTime":2}"#, "LiteLLM payload: LiteLLM payload without startTime"),
        (#"{"id":"x","call_type":"c","startTime":"yesterday","endTime":2}"#,
         "LiteLLM payload: startTime 'yesterday' is not an ISO 8601 time"),
        (#"{"id":"x","call_type":"c","startTime":[1],"endTime":2}"#,
         "LiteLLM payload: startTime must be epoch seconds (a number)"),
        (#"{"id":"x","call_type":"c","startTime":3,"endTime":2}"#, "LiteLLM payload: endTime is before startTime"),
        (#"{"id":"x","call_type":"c","startTime":1e300,"endTime":2}"#,
         "LiteLLM payload: startTime is outside the years 1970 to 2200"),
        (#"{"id":"x","call_type":"c","startTime":1,"endTime":2,"prompt_tokens":-3}"#,
         "LiteLLM payload: prompt_tokens must not be negative (found -3)"),
        (#"{"id":"x","call_type":"c","startTime":1,"endTime":2,"prompt_tokens":1e30}"#,
         "LiteLLM payload: prompt_tokens must be a whole number"),
        (#"{"id":"x","call_type":"c","startTime":1,"endTime":2,"prompt_tokens":99999999999999}"#,
         "LiteLLM payload: prompt_tokens is out of range (found 99999999999999)"),
        (#"{"id":"x","call_type":"c","startTime":1,"endTime":2,"completion_tokens":2.5}"#,
         "LiteLLM payload: completion_tokens must be a whole number"),
        (#"{"id":"x","call_type":"c","startTime":1,"endTime":2,"response_cost":"free"}"#,
         "LiteLLM payload: response_cost must be a number"),
        (#"{"id":"x","call_type":"c","startTime":1,"endTime":2,"cache_hit":"yes"}"#,
         "LiteLLM payload: cache_hit must be true or false"),
        (#"{"id":"x","call_type":"c","startTime":1,"endTime":2,"status":"maybe"}"#,
         "LiteLLM payload: unknown status 'maybe' (expected success or failure)"),
        (#"{"id":["x"],"call_type":"c","startTime":1,"endTime":2}"#, "LiteLLM payload: id must be a string"),
        (#"{"id":true,"call_type":"c","startTime":1,"endTime":2}"#, "LiteLLM payload: id must be a string"),
    ]
    let read = ingest(cases.map(\.0))
    #expect(read.stats.events == 0)
    #expect(read.stats.malformed == cases.count)
    var decoder = UsageLogDecoder()
    for (number, (line, reason)) in cases.enumerated() {
        #expect(decoder.decode(line, lineNumber: number + 1).reasonText == reason, "\(line)")
    }
    #expect(read.stats.malformedExamples.map(\.line) == [1, 2, 3, 4, 5])
}

extension DecodedLine {
    var reasonText: String? {
        if case let .malformed(reason) = self { return reason }
        return nil
    }

    var foreignEvents: [Event]? {
        if case let .foreign(events, _) = self { return events }
        return nil
    }

    var foreignOutcome: ForeignLineOutcome? {
        if case let .foreign(_, outcome) = self { return outcome }
        return nil
    }
}

@Test func aFailureWithoutClassOrCodeIsNamedFromItsMessage() throws {
    let line = payload(#""error_str":"Connection to the provider timed out","error_information":{}"#, status: "failure")
    let span = try #require(ingest([line]).spans.first)
    #expect(span.error?.type == "timeout")
}

@Test func aCostLiteLLMCouldNotWorkOutIsLeftToTheTable() throws {
    let unpriced = payload(#""response_cost_failure_debug_info":{"error_str":"This model isn't mapped yet.","#
        + #""traceback_str":"","model":"my-finetune"}"#).replacingOccurrences(of: #""response_cost":1.35e-05"#, with: #""response_cost":0"#)
    #expect(try #require(ingest([unpriced]).spans.first).reportedCostUSD == nil)
    // A stated zero without the debug information is a real $0 (a cache hit, a free model).
    let free = payload().replacingOccurrences(of: #""response_cost":1.35e-05"#, with: #""response_cost":0"#)
    #expect(try #require(ingest([free]).spans.first).reportedCostUSD == 0)
    // A positive cost with debug information beside it is still the stated cost; a null one is absent.
    let stated = payload(#""response_cost_failure_debug_info":{"error_str":"partial"}"#)
    #expect(try #require(ingest([stated]).spans.first).reportedCostUSD == 1.35e-05)
    let null = payload(#""response_cost_failure_debug_info":null"#)
        .replacingOccurrences(of: #""response_cost":1.35e-05"#, with: #""response_cost":0"#)
    #expect(try #require(ingest([null]).spans.first).reportedCostUSD == 0)
}
