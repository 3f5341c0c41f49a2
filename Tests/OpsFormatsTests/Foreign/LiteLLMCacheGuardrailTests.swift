import Testing
@testable import OpsModel
@testable import OpsFormats
import OpsTestSupport

/// LiteLLM's semantic-cache fields and guardrail information, as LiteLLM 1.106.2 writes them.
private func payload(_ extra: String) -> String {
    #"{"id":"chatcmpl-1_cache_hit1796258902.267473","trace_id":"74c5d167-edcf-440a-a47d-c5f30c1139a5","#
        + #""call_type":"completion","status":"success","startTime":1795433851.5,"endTime":1795433851.5,"#
        + #""model":"openai/gpt-4o-mini","prompt_tokens":10,"completion_tokens":20,"response_cost":0.0,"# + extra + "}"
}

private func span(_ extra: String) throws -> Span {
    var decoder = UsageLogDecoder()
    guard case let .foreign(events, _) = decoder.decode(payload(extra), lineNumber: 1),
          case let .span(span)? = events.first
    else { throw DecodeFailure(line: payload(extra)) }
    return span
}

private func reason(_ extra: String) -> String? {
    var decoder = UsageLogDecoder()
    if case let .malformed(reason) = decoder.decode(payload(extra), lineNumber: 1) { return reason }
    return nil
}

private struct DecodeFailure: Error { var line: String }

@Test func aLiteLLMCacheHitStatesWhatItSaved() throws {
    // What LiteLLM wrote for the second of two identical calls with litellm.cache = Cache().
    let hit = try span(#""cache_hit":true,"cache_key":"be16777e","saved_cache_cost":1.35e-05"#)
    #expect(hit.cache == CacheLookup(hit: true, savedUSD: 1.35e-05, cacheName: "litellm"))
    #expect(hit.reportedCostUSD == 0)
    // Spend-log rows write the flag as text; a miss saves nothing whatever the field says.
    #expect(try span(#""cache_hit":"False","saved_cache_cost":0.5"#).cache == CacheLookup(hit: false, cacheName: "litellm"))
    // A miss of LiteLLM's SDK writes null, as a call without a cache does: no lookup is claimed.
    #expect(try span(#""cache_hit":null,"saved_cache_cost":0.0"#).cache == nil)
}

@Test func hostileCacheFieldsMakeThePayloadMalformed() {
    #expect(reason(#""cache_hit":true,"saved_cache_cost":-1"#)
        == "LiteLLM payload: saved_cache_cost must not be negative (found -1.0)")
    #expect(reason(#""cache_hit":true,"saved_cache_cost":"a lot""#) == "LiteLLM payload: saved_cache_cost must be a number")
    #expect(reason(#""cache_hit":true,"saved_cache_cost":1e300"#) == "LiteLLM payload: saved_cache_cost is out of range")
    #expect(reason(#""cache_hit":1"#) == "LiteLLM payload: cache_hit must be true or false")
}

@Test func theMostSevereGuardrailEntryStandsForTheCall() throws {
    func entry(_ name: String, _ status: String) -> String {
        #"{"guardrail_name":"\#(name)","guardrail_mode":"pre_call","guardrail_status":"\#(status)","duration":0.01}"#
    }
    func verdict(_ entries: [String]) throws -> GuardrailVerdict? {
        try span(#""guardrail_information":["# + entries.joined(separator: ",") + "]").guardrail
    }
    #expect(try verdict([entry("mask-pii", "success"), entry("jailbreak", "guardrail_intervened")])
        == GuardrailVerdict(guardrail: "jailbreak", outcome: .blocked))
    #expect(try verdict([entry("toxicity", "guardrail_flagged"), entry("mask-pii", "success")])
        == GuardrailVerdict(guardrail: "toxicity", outcome: .flagged))
    #expect(try verdict([entry("presidio", "guardrail_failed_to_respond")])
        == GuardrailVerdict(guardrail: "presidio", outcome: .flagged, reason: "guardrail failed to respond"))
    #expect(try verdict([entry("mask-pii", "success")]) == GuardrailVerdict(guardrail: "mask-pii", outcome: .pass))
    #expect(try verdict([entry("later", "not_run")]) == nil)
    // Older LiteLLM wrote one object with the legacy status names.
    #expect(try span(#""guardrail_information":\#(entry("aporia", "blocked"))"#).guardrail
        == GuardrailVerdict(guardrail: "aporia", outcome: .blocked))
}

@Test func guardrailEntriesOfTheWrongShapeAreSkipped() throws {
    let odd = #""guardrail_information":[1,"x",null,{"guardrail_status":7},{"guardrail_name":["n"],"#
        + #""guardrail_status":"guardrail_flagged"},{"guardrail_name":"bell\u0007","guardrail_status":"SUCCESS"}]"#
    #expect(try span(odd).guardrail == GuardrailVerdict(guardrail: "guardrail", outcome: .flagged))
    #expect(try span(#""guardrail_information":"none""#).guardrail == nil)
    #expect(try span(#""guardrail_information":null"#).guardrail == nil)
    let long = String(repeating: "n", count: 5_000)
    let named = try span(#""guardrail_information":[{"guardrail_name":"\#(long)","guardrail_status":"success"}]"#)
    #expect(named.guardrail?.guardrail.count == EvaluationText.maxNameCharacters)
}

@Test func aLiteLLMCacheMissIsWrittenLikeACallWithoutACache() throws {
    // The first of two identical calls with litellm.cache = Cache() and caching=True (a miss), as
    // LiteLLM 1.106.2's callback wrote it (trimmed to its top-level fields). A call without any cache
    // differs from it only in ids and times: nothing in the payload says a lookup happened.
    let miss = #"{"id":"chatcmpl-5a794361-4c56-4d60-ab9f-f52227290293","#
        + #""litellm_call_id":"ad74e7b1-cc5f-4ec5-b57e-68c14335a728","trace_id":"00414fcf-e75a-4998-a9cd-186c1fe7ff32","#
        + #""session_id":"","call_type":"completion","cache_hit":null,"stream":null,"status":"success","#
        + #""status_fields":{"llm_api_status":"success","guardrail_status":"not_run"},"custom_llm_provider":"openai","#
        + #""saved_cache_cost":0.0,"startTime":1796264281.643326,"endTime":1796264282.309896,"#
        + #""completionStartTime":1796264282.309896,"model":"gpt-4o-mini","cache_key":null,"response_cost":1.35e-05,"#
        + #""total_tokens":30,"prompt_tokens":10,"completion_tokens":20,"model_group":"","model_id":"","#
        + #""hidden_params":{"cache_key":null,"response_cost":1.35e-05}}"#
    var decoder = UsageLogDecoder()
    guard case let .foreign(events, _) = decoder.decode(miss, lineNumber: 1), case let .span(span)? = events.first else {
        Issue.record("the captured payload did not decode")
        return
    }
    #expect(span.cache == nil)
    #expect(span.usage.cacheRead == 0)
    #expect(span.reportedCostUSD == 1.35e-05)
}
