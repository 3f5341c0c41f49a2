import Testing
@testable import OpsFormats
@testable import OpsModel

extension DecodedLine {
    var evaluation: Evaluation? {
        if case let .event(.evaluation(evaluation)) = self { return evaluation }
        return nil
    }
}

@Test func aCacheSpanCarriesItsLookup() throws {
    let hit = try #require(decodeLine(spanLine(#""component":"cache","cache_hit":true,"saved_usd":0.0042,"cache_name":"redis""#)).span)
    #expect(hit.component == .cache)
    #expect(hit.cache == CacheLookup(hit: true, savedUSD: 0.0042, cacheName: "redis"))
    let miss = try #require(decodeLine(spanLine(#""component":"cache","cache_hit":"false""#)).span)
    #expect(miss.cache == CacheLookup(hit: false))
}

@Test func anySpanWithCacheHitIsALookupUnderEitherSpelling() throws {
    let llm = try #require(decodeLine(spanLine(#""gen_ai.request.model":"gpt-4o","attributes":{"opstop.cache.hit":true,"opstop.cache.saved_usd":"0.5"}"#)).span)
    #expect(llm.component == .llm)
    #expect(llm.cache == CacheLookup(hit: true, savedUSD: 0.5))
    let plain = try #require(decodeLine(spanLine(#""name":"x""#)).span)
    #expect(plain.cache == nil && plain.guardrail == nil)
}

@Test func aGuardrailSpanCarriesItsVerdict() throws {
    let blocked = try #require(decodeLine(spanLine(
        #""component":"guardrail","guardrail":"jailbreak","outcome":"Blocked","reason":"prompt injection","user_id":"u1""#)).span)
    #expect(blocked.guardrail == GuardrailVerdict(guardrail: "jailbreak", outcome: .blocked, reason: "prompt injection"))
    #expect(blocked.userID == "u1")
    let unnamed = try #require(decodeLine(spanLine(#""component":"guardrail","name":"pii check""#)).span)
    #expect(unnamed.guardrail == GuardrailVerdict(guardrail: "pii check", outcome: .pass))
    let dotted = try #require(decodeLine(spanLine(
        #""attributes":{"opstop.guardrail.name":"toxicity","opstop.guardrail.outcome":"flagged"}"#)).span)
    #expect(dotted.guardrail == GuardrailVerdict(guardrail: "toxicity", outcome: .flagged))
}

@Test func theAppsLimiterIsStatedOrAGuardrailSpansHTTP429() throws {
    let stated = try #require(decodeLine(spanLine(#""name":"limiter","rate_limited":true,"user_id":"u9""#)).span)
    #expect(stated.guardrail == GuardrailVerdict(guardrail: "rate_limit", outcome: .blocked, isRateLimit: true))
    let http = try #require(decodeLine(spanLine(#""component":"guardrail","guardrail":"per_user","http.response.status_code":429"#)).span)
    #expect(http.guardrail == GuardrailVerdict(guardrail: "per_user", outcome: .blocked, reason: "HTTP 429", isRateLimit: true))
    // A provider's 429 on a model call or its root is an error, not the app's limiter.
    let provider = try #require(decodeLine(spanLine(
        #""gen_ai.request.model":"gpt-4o","status":"error","error.type":"RateLimitError","http.response.status_code":429"#)).span)
    #expect(provider.guardrail == nil)
    let root = try #require(decodeLine(spanLine(#""name":"invoke_agent","status":"error","http.response.status_code":429"#)).span)
    #expect(root.guardrail == nil)
}

@Test func anEvalLineIsAnEvaluation() throws {
    let line = #"{"kind":"eval","trace_id":"ece80428612e47ae0e211f7f8b9c6e45","span_id":"ff7b8f7d5f8481aa","#
        + #""name":"faithfulness","score":0.82,"label":"pass","explanation":"cites \"doc\"","evaluator":"ragas","#
        + #""time_unix_nano":"1795433580000000000"}"#
    let evaluation = try #require(decodeLine(line).evaluation)
    #expect(evaluation.traceID == .hex(0xece8_0428_612e_47ae, 0x0e21_1f7f_8b9c_6e45))
    #expect(evaluation.spanID == .hex(0xff7b_8f7d_5f84_81aa))
    #expect(evaluation.name == "faithfulness")
    #expect(evaluation.score == 0.82)
    #expect(evaluation.label == "pass")
    #expect(evaluation.explanation == "cites \"doc\"")
    #expect(evaluation.evaluator == "ragas")
    #expect(evaluation.timeNanos == sampleStart)
}

@Test func anEvalLineTakesOTelNamesAndAStringScore() throws {
    let line = #"{"kind":"Evaluation","time":"2026-11-23T11:33:00Z","attributes":{"gen_ai.evaluation.name":"answer_relevancy","#
        + #""gen_ai.evaluation.score.value":"-0.25","gen_ai.evaluation.score.label":"irrelevant","#
        + #""gen_ai.evaluation.explanation":"off topic"}}"#
    let evaluation = try #require(decodeLine(line).evaluation)
    #expect(evaluation.name == "answer_relevancy")
    #expect(evaluation.score == -0.25)
    #expect(evaluation.label == "irrelevant")
    #expect(evaluation.explanation == "off topic")
    #expect(evaluation.traceID == nil && evaluation.spanID == nil)
    #expect(evaluation.timeNanos == sampleStart)
}

@Test(arguments: [
    (#"{"kind":"eval","name":"f","score":0.5}"#, "eval without a time (time_unix_nano, time or ts)"),
    (#"{"kind":"eval","time":1795433580,"score":0.5}"#, "eval without a metric name (name or gen_ai.evaluation.name)"),
    (#"{"kind":"eval","time":1795433580,"name":"f"}"#, "eval 'f' without a score or label (score, label)"),
    (#"{"kind":"eval","time":1795433580,"name":"f","score":"high"}"#, "expected a number for score"),
    (#"{"kind":"eval","time":1795433580,"name":"f","score":{"v":1}}"#, "expected a number for score"),
    (#"{"kind":"eval","time":1795433580,"name":"f","score":1e999}"#, "number out of range for score"),
    (#"{"kind":"eval","time":1795433580,"name":"f","score":1,"explanation":[1]}"#, "expected a string for explanation"),
])
func badEvalLinesSayWhatIsWrong(line: String, reason: String) {
    #expect(decodeLine(line).reason == reason)
}

@Test(arguments: [
    (spanLine(#""cache_hit":"maybe""#), "unknown cache_hit 'maybe' (expected true or false)"),
    (spanLine(#""cache_hit":1"#), "expected a string for cache_hit (true or false)"),
    (spanLine(#""cache_hit":true,"saved_usd":-1"#), "saved_usd must not be negative (found -1.0)"),
    (spanLine(#""component":"guardrail","outcome":"meh""#), "unknown outcome 'meh' (expected pass, blocked or flagged)"),
    (spanLine(#""guardrail":"g","reason":{"a":1}"#), "expected a string for reason"),
    (spanLine(#""component":"cachez""#), "unknown component 'cachez' (expected llm, tool, query, retrieval, cache, guardrail or other)"),
])
func badCacheAndGuardrailValuesSayWhatIsWrong(line: String, reason: String) {
    #expect(decodeLine(line).reason == reason)
}

@Test func genericKeysOnOrdinarySpansAreNotProblems() throws {
    // Other logs use score, outcome, reason and label for their own ends: those spans still read.
    let span = try #require(decodeLine(spanLine(
        #""name":"x","score":"high","outcome":{"a":1},"reason":[1],"label":7,"http.response.status_code":"n/a""#)).span)
    #expect(span.name == "x")
    #expect(span.guardrail == nil)
}

@Test func hostileEvalValuesNeverCrash() {
    let control = "\u{1}\u{1b}[2J"
    let long = String(repeating: "é", count: 100_000)
    let line = #"{"kind":"eval","time":1795433580,"name":""# + long + #"","score":0.1,"explanation":"\u0001\u001b[2J"}"#
    let evaluation = decodeLine(line).evaluation
    #expect(evaluation?.name.count == 100_000)
    #expect(evaluation?.explanation == control)
    #expect(decodeLine(#"{"kind":"eval","time":1795433580,"name":"f","score":-1e300}"#).evaluation?.score == -1e300)
}
