import Testing
@testable import OpsModel
@testable import OpsFormats

@Test func statusWordsAreAcceptedInAnyCase() {
    let cases: [(String, SpanStatus)] = [
        ("ok", .ok), ("OK", .ok), ("success", .ok), ("Error", .error), ("failure", .error), ("FAILED", .error),
        ("unset", .unset), ("STATUS_CODE_ERROR", .error),
    ]
    for (word, status) in cases {
        #expect(decodeLine(spanLine("\"status\":\"\(word)\"")).span?.status == status, "status \(word)")
    }
    #expect(decodeLine(spanLine(#""status":"meh""#)).reason == "unknown status 'meh' (expected ok, error or unset)")
}

@Test func anErrorTypeWithoutStatusMarksTheSpanFailed() {
    let span = decodeLine(spanLine(#""error.type":"Boom","error.message":"m","opstop.error.category":"system""#)).span
    #expect(span?.status == .error)
    #expect(span?.error == SpanError(type: "Boom", message: "m", statedCategory: .system))
}

@Test func anErrorStatusWithoutTypeGetsUnknown() {
    let span = decodeLine(spanLine(#""status":"error","error.message":"bad""#)).span
    #expect(span?.error == SpanError(type: "unknown", message: "bad"))
}

@Test func anErrorStatusWithoutTypeIsNamedFromItsMessage() {
    let span = decodeLine(spanLine(#""status":"error","error.message":"Error code: 429 - rate limited""#)).span
    #expect(span?.error == SpanError(type: "HTTP 429", message: "Error code: 429 - rate limited"))
    let words = decodeLine(spanLine(#""status":"error","error.message":"context length exceeded""#)).span
    #expect(words?.error?.type == "context_length_exceeded")
}

@Test func aMessageAloneDoesNotFailASpan() {
    let span = decodeLine(spanLine(#""error.message":"warning only""#)).span
    #expect(span?.status == .unset)
    #expect(span?.error == nil)
    let stated = decodeLine(spanLine(#""status":"ok","error.type":"Ignored""#)).span
    #expect(stated?.status == .ok)
    #expect(stated?.error == nil)
}

@Test func unknownErrorCategoryIsMalformed() {
    #expect(decodeLine(spanLine(#""error_category":"cosmic""#)).reason
        == "unknown error_category 'cosmic' (expected transient, user or system)")
}

@Test func componentRulesInOrder() {
    #expect(decodeLine(spanLine(#""opstop.component":"retrieval","gen_ai.operation.name":"chat""#)).span?.component
        == .retrieval)
    #expect(decodeLine(spanLine(#""gen_ai.operation.name":"execute_tool","model":"m""#)).span?.component == .tool)
    #expect(decodeLine(spanLine(#""gen_ai.operation.name":"dance","tool":"t","model":"m""#)).span?.component == .tool)
    #expect(decodeLine(spanLine(#""gen_ai.response.model":"m""#)).span?.component == .llm)
    #expect(decodeLine(spanLine("")).span?.component == .other)
    #expect(decodeLine(spanLine(#""component":"QUERY""#)).span?.component == .query)
    #expect(decodeLine(spanLine(#""component":"robot""#)).reason
        == "unknown component 'robot' (expected llm, tool, query, retrieval, cache, guardrail or other)")
}

@Test func missingNamesAreSynthesized() {
    #expect(decodeLine(spanLine(#""gen_ai.operation.name":"chat","gen_ai.request.model":"gpt-4o-mini""#)).span?.name
        == "chat gpt-4o-mini")
    #expect(decodeLine(spanLine(#""gen_ai.operation.name":"execute_tool","gen_ai.tool.name":"lookup_order""#)).span?.name
        == "execute_tool lookup_order")
    #expect(decodeLine(spanLine(#""gen_ai.operation.name":"invoke_agent""#)).span?.name == "invoke_agent")
    #expect(decodeLine(spanLine("")).span?.name == "other")
}

@Test func missingIdsAreSyntheticPerLine() {
    let span = decodeLine(spanLine(""), lineNumber: 42).span
    #expect(span?.traceID == .synthetic(42))
    #expect(span?.spanID == .synthetic(42))
    #expect(span?.traceID.description == "line-42")
    #expect(decodeLine(spanLine(#""trace_id":"","parent_span_id":"""#), lineNumber: 3).span?.traceID == .synthetic(3))
    #expect(decodeLine(spanLine(#""parent_span_id":"""#)).span?.isRoot == true)
}

@Test func idsWithUppercaseHexParseAsNumbers() {
    let span = decodeLine(spanLine(#""trace_id":"ECE80428612E47AE0E211F7F8B9C6E45","span_id":"FF7B8F7D5F8481AA""#)).span
    #expect(span?.traceID == .hex(0xece8_0428_612e_47ae, 0x0e21_1f7f_8b9c_6e45))
    #expect(span?.spanID == .hex(0xff7b_8f7d_5f84_81aa))
    #expect(decodeLine(spanLine(#""span_id":"zz7b8f7d5f8481aa""#)).span?.spanID == .text("zz7b8f7d5f8481aa"))
}

@Test func theValidTimesEndWithTheYear2200() {
    // The decoder writes the bound as a literal; the calendar gives it.
    #expect(UsageLogDecoder.validNanos == 0...(RFC3339.days(fromYear: 2201, month: 1, day: 1) * 86_400_000_000_000 - 1))
}

@Test func timeRulesAreEnforced() {
    #expect(decodeLine(#"{"name":"x"}"#).reason == "span without a start time")
    #expect(decodeLine(#"{}"#).reason == "span without a start time")
    #expect(decodeLine(#"{"ts":1795433580}"#).reason == "span without an end time or duration_ms")
    #expect(decodeLine(#"{"start_time":1795433581,"end_time":1795433580}"#).reason
        == "span ends before it starts (end time before start time)")
    #expect(decodeLine(#"{"start_time":"1969-12-31T23:59:59Z","duration_ms":1}"#).reason
        == "start_time is outside the years 1970 through 2200")
    #expect(decodeLine(#"{"start_time":"2201-01-01T00:00:00Z","duration_ms":1}"#).reason
        == "start_time is outside the years 1970 through 2200")
    #expect(decodeLine(#"{"start_time":"2200-12-31T23:59:59Z","duration_ms":1}"#).span != nil)
    #expect(decodeLine(#"{"ts":-5,"duration_ms":1}"#).reason == "ts is outside the years 1970 through 2200")
    #expect(decodeLine(#"{"start_time":"2026-02-30T00:00:00Z","duration_ms":1}"#).reason
        == "invalid RFC 3339 time for start_time")
    #expect(decodeLine(#"{"start_time":"yesterday","duration_ms":1}"#).reason
        == "expected an RFC 3339 time or an epoch number for start_time")
    #expect(decodeLine(#"{"start_time":"2200-12-31T23:59:59Z","duration_ms":1000}"#).reason
        == "span ends after the year 2200 (start time plus duration_ms)")
}

@Test func aSyntaxErrorWinsOverAFieldProblem() {
    #expect(decodeLine(#"{"input_tokens":"x","a":tru}"#).reason == "not JSON: unexpected byte '}' at column 28")
}
