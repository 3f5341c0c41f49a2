import Testing
@testable import OpsModel
@testable import OpsFormats
import OpsTestSupport

private let traceUUID = "01a20830-fcaf-7b6f-93c8-2563382ab12f"
private let llmUUID = "01a20830-fcbb-7f8a-a275-dd7e108a70be"
private let toolUUID = "01a20830-fcbb-70d4-8ef6-4de1bc2d0b28"
private let traceHex = TraceID.hex(0x01A2_0830_FCAF_7B6F, 0x93C8_2563_382A_B12F)

private func spanID(_ uuid: String) -> SpanID { ForeignIDs.spanID(uuid) }

private let rootPost = #"{"id":"\#(traceUUID)","trace_id":"\#(traceUUID)","name":"support_bot","run_type":"chain","#
    + #""start_time":"2026-11-23T11:35:57.871802+00:00","dotted_order":"20261123T113557871802Z\#(traceUUID)","#
    + #""session_name":"support-bot-prod","inputs":{"q":"Where?"},"#
    + #""extra":{"metadata":{"user_id":"u_123","thread_id":"th-1"}}}"#
private let llmRun = #"{"id":"\#(llmUUID)","trace_id":"\#(traceUUID)","parent_run_id":"\#(traceUUID)","#
    + #""name":"ChatOpenAI","run_type":"llm","start_time":"2026-11-23T11:35:57.883272+00:00","#
    + #""end_time":"2026-11-23T11:35:57.883657+00:00","#
    + #""outputs":{"usage_metadata":{"input_tokens":412,"output_tokens":38,"total_tokens":450,"#
    + #""input_token_details":{"cache_read":256},"output_token_details":{"reasoning":5}}},"#
    + #""extra":{"metadata":{"ls_provider":"openai","ls_model_name":"gpt-4o-mini","user_id":"u_123"}}}"#
private let toolRun = #"{"id":"\#(toolUUID)","trace_id":"\#(traceUUID)","parent_run_id":"\#(traceUUID)","#
    + #""name":"cancel_order","run_type":"tool","start_time":"2026-11-23T11:35:57.883903","#
    + #""end_time":"2026-11-23T11:35:57.884138","#
    + #""error":"ConnectionError('connection to server lost')\n\nTraceback (most recent call last):\n  File x"}"#
private let rootPatch = #"{"id":"\#(traceUUID)","trace_id":"\#(traceUUID)","#
    + #""end_time":"2026-11-23T11:35:57.885642+00:00","outputs":{"answer":"ok"}}"#

/// 2026-11-23T11:35:57Z in nanoseconds.
private let second: Int64 = 1_795_433_757_000_000_000

@Test func aBatchWithPostsAndAPatchGivesTheTree() throws {
    let batch = #"{"post":[\#(rootPost),\#(llmRun),\#(toolRun)],"patch":[\#(rootPatch)]}"#
    let read = ingest([batch])
    #expect(read.stats.foreignLines == [.langSmithBatch: 1])
    #expect(read.stats.events == 3)
    #expect(read.stats.heldRuns == 0)
    #expect(read.spans.map(\.name) == ["ChatOpenAI", "cancel_order", "support_bot"])

    let llm = try #require(read.span(named: "ChatOpenAI"))
    #expect(llm.traceID == traceHex)
    #expect(llm.spanID == spanID(llmUUID))
    #expect(llm.parentID == spanID(traceUUID))
    #expect(llm.component == .llm)
    #expect(llm.status == .ok)
    #expect(llm.startNanos == second + 883_272_000)
    #expect(llm.endNanos == second + 883_657_000)
    #expect(llm.requestModel == "gpt-4o-mini")
    #expect(llm.provider == "openai")
    #expect(llm.usage == TokenUsage(input: 412, output: 38, cacheRead: 256, reasoning: 5))
    #expect(llm.userID == "u_123")
    #expect(llm.serviceName == nil)

    let tool = try #require(read.span(named: "cancel_order"))
    #expect(tool.component == .tool)
    #expect(tool.tool == "cancel_order")
    #expect(tool.status == .error)
    #expect(tool.error == SpanError(type: "ConnectionError", message: "ConnectionError('connection to server lost')"))
    #expect(tool.startNanos == second + 883_903_000)

    let root = try #require(read.span(named: "support_bot"))
    #expect(root.parentID == nil)
    #expect(root.spanID == spanID(traceUUID))
    #expect(root.component == .query)
    #expect(root.durationNanos == 13_840_000)
    #expect(root.usage == .zero)
    #expect(root.sessionID == "th-1")
    #expect(root.serviceName == "support-bot-prod")
    #expect(root.content == SpanContent(input: #"{"q":"Where?"}"#, output: #"{"answer":"ok"}"#))
}

@Test func aPostWaitsForItsPatchOnALaterLine() throws {
    let read = ingest([#"{"post":[\#(rootPost)]}"#, llmRun, #"{"patch":[\#(rootPatch)]}"#])
    #expect(read.stats.events == 2)
    #expect(read.stats.foreignLines == [.langSmithBatch: 2, .langSmithRun: 1])
    #expect(read.stats.heldRuns == 0)
    #expect(read.spans.map(\.name) == ["ChatOpenAI", "support_bot"])
    #expect(read.span(named: "support_bot")?.durationNanos == 13_840_000)
}

@Test func aRunWithoutItsEndIsHeldAndCounted() {
    let read = ingest([rootPost])
    #expect(read.stats.events == 0)
    #expect(read.stats.malformed == 0)
    #expect(read.stats.heldRuns == 1)
}

@Test func aPatchOfAnUnknownRunIsASpanWhenItHasTimesElseRejected() throws {
    let complete = #"{"id":"\#(toolUUID)","trace_id":"\#(traceUUID)","run_type":"retriever","name":"docs","#
        + #""start_time":"2026-11-23T11:35:57Z","end_time":"2026-11-23T11:35:58Z","parent_run_id":"\#(traceUUID)"}"#
    let read = ingest([#"{"patch":[\#(complete),\#(rootPatch)]}"#])
    #expect(read.stats.events == 1)
    #expect(read.stats.rejectedRecords == 1)
    #expect(read.stats.malformedExamples == [IngestStats.Rejection(
        line: 1, reason: "LangSmith batch: patch of run 01a20830-fcaf-7b6f-93c8-2563382ab12f whose post was not seen")])
    let span = try #require(read.spans.first)
    #expect(span.component == .retrieval)
    #expect(span.durationNanos == 1_000_000_000)

    let alone = ingest([#"{"patch":[\#(rootPatch)]}"#])
    #expect(alone.stats.malformed == 1)
    #expect(alone.stats.events == 0)
}

@Test func heldRunsAreBoundedAndTheOldestIsDropped() {
    var decoder = UsageLogDecoder()
    decoder.foreign.book = LangSmithRunBook(capacity: 2)
    var events: [Event] = []
    var evicted = 0
    for index in 1...5 {
        let line = #"{"run_type":"chain","id":"run-\#(index)","start_time":"2026-11-23T11:35:57Z"}"#
        let outcome = decoder.decode(line, lineNumber: index).foreignOutcome
        evicted += outcome?.evicted ?? 0
    }
    #expect(decoder.heldRuns == 2)
    #expect(evicted == 3)
    // run-5 is still held, run-1 was dropped: its end alone is no span.
    let end = #"{"run_type":"chain","id":"run-5","end_time":"2026-11-23T11:35:58Z"}"#
    events = decoder.decode(end, lineNumber: 6).foreignEvents ?? []
    #expect(events.count == 1)
    #expect(decoder.decode(#"{"run_type":"chain","id":"run-1","end_time":"2026-11-23T11:35:58Z"}"#,
                           lineNumber: 7).reasonText == "LangSmith run: LangSmith run run-1 without start_time")
}

@Test func runTypesMapToComponents() {
    let expected: [(String, Bool, Component)] = [
        ("llm", false, .llm), ("embedding", false, .llm), ("tool", false, .tool), ("retriever", false, .retrieval),
        ("chain", true, .query), ("chain", false, .other), ("prompt", false, .other), ("parser", false, .other),
        ("prompt", true, .other), ("llm", true, .llm),
    ]
    for (type, isRoot, component) in expected {
        #expect(LangSmithRun.component(type, isRoot: isRoot) == component, "\(type) root \(isRoot)")
    }
}

@Test func idsComeFromTheDottedOrderWhenNotStated() throws {
    let line = #"{"id":"\#(llmUUID)","run_type":"llm","start_time":"2026-11-23T11:35:57Z","#
        + #""end_time":"2026-11-23T11:35:57.5Z","#
        + #""dotted_order":"20261123T113557871802Z\#(traceUUID).20261123T113557883272Z\#(llmUUID)","#
        + #""prompt_tokens":3,"completion_tokens":4,"total_cost":"0.0125","#
        + #""extra":{"invocation_params":{"model":"claude-3-5-haiku"}}}"#
    let span = try #require(ingest([line]).spans.first)
    #expect(span.traceID == traceHex)
    #expect(span.parentID == spanID(traceUUID))
    #expect(span.usage == TokenUsage(input: 3, output: 4))
    #expect(span.reportedCostUSD == 0.0125)
    #expect(span.requestModel == "claude-3-5-haiku")
}

@Test func usageFromLLMOutputAndCostFromItsParts() throws {
    let line = #"{"id":"r1","run_type":"llm","start_time":"2026-11-23T11:35:57Z","end_time":"2026-11-23T11:35:58Z","#
        + #""outputs":{"llm_output":{"token_usage":{"prompt_tokens":11,"completion_tokens":2},"model_name":"gpt-4o"}},"#
        + #""prompt_cost":0.5,"completion_cost":0.25}"#
    let span = try #require(ingest([line]).spans.first)
    #expect(span.traceID == TraceID("r1"))
    #expect(span.usage == TokenUsage(input: 11, output: 2))
    #expect(span.reportedCostUSD == 0.75)
    #expect(span.requestModel == "gpt-4o")
}

@Test func brokenRunsAreMalformedOrRejectedWithTheirReason() {
    let cases: [(String, String)] = [
        (#"{"run_type":"llm","start_time":"2026-11-23T11:35:57Z"}"#, "LangSmith run: LangSmith run without id"),
        (#"{"id":"a","run_type":"llm","start_time":"yesterday","end_time":"2026-11-23T11:35:57Z"}"#,
         "LangSmith run: start_time 'yesterday' is not an ISO 8601 time"),
        (#"{"id":"a","run_type":"llm","start_time":"2026-11-23T11:35:58Z","end_time":"2026-11-23T11:35:57Z"}"#,
         "LangSmith run: LangSmith run a ends before it starts"),
        (#"{"id":"a","run_type":"llm","start_time":12,"end_time":"2026-11-23T11:35:57Z"}"#,
         "LangSmith run: start_time must be a string"),
        (#"{"id":"a","run_type":"llm","prompt_tokens":"many","start_time":"2026-11-23T11:35:57Z"}"#,
         "LangSmith run: prompt_tokens must be a whole number"),
        (#"{"id":"a","run_type":"llm","total_cost":"NaN","start_time":"2026-11-23T11:35:57Z"}"#,
         "LangSmith run: total_cost 'NaN' is not a cost"),
        (#"{"post":[1,"x"]}"#, "LangSmith batch: post[0] is not a JSON object"),
        (#"{"post":{"id":"a"},"patch":[]}"#, "LangSmith batch: post must be an array"),
    ]
    var decoder = UsageLogDecoder()
    for (number, (line, reason)) in cases.enumerated() {
        #expect(decoder.decode(line, lineNumber: number + 1).reasonText == reason, "\(line)")
    }
    #expect(decoder.heldRuns == 0)
}

@Test func deeplyNestedInputsUpToTheLimitAreRead() throws {
    let nested = String(repeating: #"{"a":"#, count: 120) + "1" + String(repeating: "}", count: 120)
    let line = #"{"id":"r1","run_type":"tool","name":"t","start_time":"2026-11-23T11:35:57Z","#
        + #""end_time":"2026-11-23T11:35:58Z","inputs":\#(nested)}"#
    let span = try #require(ingest([line]).spans.first)
    #expect(span.content?.input?.hasPrefix(#"{"a":{"a":"#) == true)
}

@Test func aRunErrorWithoutAnExceptionClassIsNamedFromItsText() throws {
    for (text, type) in [("Error code: 429 - {'error': 'Rate limit reached'}", "HTTP 429"),
                         ("Request timed out.", "timeout"), ("Error: something broke", "Error")] {
        let run = #"{"id":"\#(llmUUID)","trace_id":"\#(traceUUID)","name":"ChatOpenAI","run_type":"llm","#
            + #""start_time":"2026-11-23T11:35:57.883272+00:00","end_time":"2026-11-23T11:35:57.883657+00:00","#
            + #""error":"\#(text)"}"#
        let span = try #require(ingest([run]).spans.first, "\(text)")
        #expect(span.error?.type == type, "\(text)")
    }
}
