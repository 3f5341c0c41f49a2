import Testing
@testable import OpsModel

@Test func shortFormSpanUsesEveryAlias() throws {
    let line = #"{"ts":"2026-11-23T12:00:00.250Z","duration_ms":1500,"trace_id":"t","span_id":"s","parent_id":"p","#
        + #""component":"llm","model":"gpt-4o","provider":"openai","input_tokens":100,"output_tokens":20,"#
        + #""cached_tokens":50,"cost_usd":0.0123,"error_type":"Timeout","error_message":"took too long","#
        + #""error_category":"transient","user_id":"alice","session_id":"sess","tool":"search","#
        + #""input":"hello \"world\"","output":"hi","status":"failed"}"#
    let span = try #require(decodeLine(line).span)
    let start = try #require(RFC3339.parse("2026-11-23T12:00:00.250Z"))
    #expect(span.startNanos == start)
    #expect(span.endNanos == start + 1_500_000_000)
    #expect(span.parentID == .text("p"))
    #expect(span.component == .llm)
    #expect(span.requestModel == "gpt-4o")
    #expect(span.provider == "openai")
    #expect(span.usage == TokenUsage(input: 100, output: 20, cacheRead: 50))
    #expect(span.reportedCostUSD == 0.0123)
    #expect(span.status == .error)
    #expect(span.error == SpanError(type: "Timeout", message: "took too long", statedCategory: .transient))
    #expect(span.userID == "alice")
    #expect(span.sessionID == "sess")
    #expect(span.tool == "search")
    #expect(span.content == SpanContent(input: #"hello "world""#, output: "hi"))
    #expect(span.name == "gpt-4o")
}

@Test func promptAndCompletionTokenAliasesAreRead() throws {
    let short = try #require(decodeLine(spanLine(#""prompt_tokens":11,"completion_tokens":12"#)).span)
    #expect(short.usage == TokenUsage(input: 11, output: 12))
    let otel = try #require(decodeLine(spanLine(#""gen_ai.usage.prompt_tokens":13,"gen_ai.usage.completion_tokens":14"#)).span)
    #expect(otel.usage == TokenUsage(input: 13, output: 14))
}

@Test func olderOTelProviderNameIsRead() {
    #expect(decodeLine(spanLine(#""gen_ai.system":"anthropic""#)).span?.provider == "anthropic")
}

@Test(arguments: ["opstop.cost.usd", "cost_usd", "gen_ai.usage.cost", "llm.cost.total", "total_cost", "response_cost"])
func everyCostAliasIsRead(key: String) {
    #expect(decodeLine(spanLine("\"\(key)\":0.25")).span?.reportedCostUSD == 0.25)
    #expect(decodeLine(spanLine("\"\(key)\":\"1.5\"")).span?.reportedCostUSD == 1.5)
}

@Test func shortFormBreakerUsesTargetAndState() {
    let event = decodeLine(#"{"kind":"breaker","ts":1795433588,"target":"search_api","state":"half-open"}"#).breaker
    #expect(event == BreakerEvent(timeNanos: 1_795_433_588_000_000_000, target: "search_api", state: .halfOpen))
}

@Test func epochMagnitudeDecidesTheUnit() {
    let expected: Int64 = 1_795_433_580_123_000_000
    let forms = ["1795433580.123", "1795433580123", "1795433580123000", "1795433580123000000",
                 "\"1795433580123\"", "1.795433580123e9"]
    for form in forms {
        let span = decodeLine("{\"ts\":\(form),\"duration_ms\":1}").span
        #expect(span?.startNanos == expected, "ts \(form)")
    }
    #expect(decodeLine(#"{"ts":0,"duration_ms":1}"#).span?.startNanos == 0)
    #expect(decodeLine(#"{"start_time":1795433580,"end_time":1795433581500}"#).span?.durationNanos == 1_500_000_000)
}

@Test func fractionalDurationsKeepNanoseconds() {
    #expect(decodeLine(#"{"ts":1795433580,"duration_ms":0.5}"#).span?.durationNanos == 500_000)
    #expect(decodeLine(#"{"ts":1795433580,"duration_ms":"840.25"}"#).span?.durationNanos == 840_250_000)
    #expect(decodeLine(#"{"ts":1795433580,"duration_ms":-1}"#).reason == "duration_ms must not be negative")
}

@Test func endTimeWinsOverDuration() {
    let line = spanLine(#""duration_ms":99999"#)
    #expect(decodeLine(line).span?.durationNanos == 1_000_000_000)
}

@Test func nanoTimesAcceptNumbersAndDecimalStrings() {
    let line = #"{"start_time_unix_nano":1795433580000000000,"end_time_unix_nano":"1795433580000000007"}"#
    #expect(decodeLine(line).span?.durationNanos == 7)
    #expect(decodeLine(#"{"start_time_unix_nano":"soon","duration_ms":1}"#).reason
        == "expected integer nanoseconds for start_time_unix_nano")
}

@Test func numericStringsAreAcceptedForCountsAndNonsenseIsMalformed() {
    #expect(decodeLine(spanLine(#""gen_ai.usage.input_tokens":"12""#)).span?.usage.input == 12)
    #expect(decodeLine(spanLine(#""gen_ai.usage.input_tokens":"twelve""#)).reason
        == "expected a number for gen_ai.usage.input_tokens")
    #expect(decodeLine(spanLine(#""gen_ai.usage.input_tokens":true"#)).reason
        == "expected a number for gen_ai.usage.input_tokens")
    #expect(decodeLine(spanLine(#""input_tokens":-5"#)).reason == "input_tokens must not be negative (found -5)")
    #expect(decodeLine(spanLine(#""output_tokens":1.5"#)).reason == "expected a whole number for output_tokens")
    #expect(decodeLine(spanLine(#""output_tokens":12.0"#)).span?.usage.output == 12)
    #expect(decodeLine(spanLine(#""output_tokens":1e3"#)).span?.usage.output == 1000)
    #expect(decodeLine(spanLine(#""output_tokens":-0"#)).span?.usage.output == 0)
    #expect(decodeLine(spanLine(#""output_tokens":1e400"#)).reason == "number out of range for output_tokens")
    #expect(decodeLine(spanLine(#""output_tokens":99999999999999999999"#)).reason
        == "number out of range for output_tokens")
    #expect(decodeLine(spanLine(#""cost_usd":1e400"#)).reason == "number out of range for cost_usd")
    #expect(decodeLine(spanLine(#""cost_usd":-0.5"#)).reason == "cost_usd must not be negative (found -0.5)")
    #expect(decodeLine(spanLine(#""input_tokens":null"#)).span?.usage.input == 0)
}

@Test func stringFieldsTakeNumbersAsTextAndRejectContainers() {
    #expect(decodeLine(spanLine(#""user_id":12345"#)).span?.userID == "12345")
    #expect(decodeLine(spanLine(#""model":{"id":"x"}"#)).reason == "expected a string for model")
    #expect(decodeLine(spanLine(#""model":"""#)).span?.requestModel == nil)
}

@Test func duplicateKeysLastOneWins() {
    let span = decodeLine(spanLine(#""model":"a","gen_ai.request.model":"b","input_tokens":1,"prompt_tokens":2"#)).span
    #expect(span?.requestModel == "b")
    #expect(span?.usage.input == 2)
}
