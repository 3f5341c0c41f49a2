import Testing
@testable import OpsModel
@testable import OpsFormats

/// Cache lookups, guardrail verdicts and evaluations read from OTLP spans, as their producers write them.
struct OTLPCheckMappingTests {
    typealias M = OTLPSpanMappingTests

    func decoded(_ extra: String) throws -> OTLPTraceBatch {
        let batch = try OTLPTestSupport.decodeJSON(M.request([extra]))
        #expect(batch.rejections == [])
        return batch
    }

    func span(_ extra: String) throws -> Span { try #require(try decoded(extra).spans.first) }

    static func bool(_ key: String, _ value: Bool) -> String { #"{"key":"\#(key)","value":{"boolValue":\#(value)}}"# }

    static func event(_ name: String, time: String = "1795433594500000000", _ attributes: String...) -> String {
        #"{"name":"\#(name)","timeUnixNano":"\#(time)","attributes":["# + attributes.joined(separator: ",") + "]}"
    }

    // MARK: - Guardrails

    /// What LiteLLM 1.106's `otel` callback writes for each entry of `guardrail_information`.
    static func liteLLMGuardrail(_ status: String) -> String {
        M.attributes(M.string("openinference.span.kind", "GUARDRAIL"), M.string("guardrail_name", "prompt-injection"),
                     M.string("guardrail_mode", "pre_call"), M.string("guardrail_status", status))
    }

    @Test func liteLLMGuardrailSpansGiveTheirStatusAsAVerdict() throws {
        let expected: [(String, GuardrailVerdict?)] = [
            ("success", GuardrailVerdict(guardrail: "prompt-injection", outcome: .pass)),
            ("guardrail_intervened", GuardrailVerdict(guardrail: "prompt-injection", outcome: .blocked)),
            ("blocked", GuardrailVerdict(guardrail: "prompt-injection", outcome: .blocked)),
            ("guardrail_flagged", GuardrailVerdict(guardrail: "prompt-injection", outcome: .flagged)),
            ("guardrail_failed_to_respond", GuardrailVerdict(
                guardrail: "prompt-injection", outcome: .flagged, reason: "guardrail failed to respond")),
            ("not_run", nil),
        ]
        for (status, verdict) in expected {
            let guardrail = try span(Self.liteLLMGuardrail(status))
            #expect(guardrail.component == .guardrail, "\(status)")
            #expect(guardrail.guardrail == verdict, "\(status)")
        }
    }

    /// NeMo Guardrails' rail spans: `rail.stop` true when the rail stopped the request.
    @Test func nemoRailSpansAreGuardrailsThatBlockWhenTheyStop() throws {
        let blocked = try span(M.attributes(
            M.string("rail.type", "input"), M.string("rail.name", "self check input"), Self.bool("rail.stop", true),
            M.string("guardrails.rail.reason", "jailbreak attempt")))
        #expect(blocked.component == .guardrail)
        #expect(blocked.guardrail == GuardrailVerdict(guardrail: "self check input", outcome: .blocked,
                                                      reason: "jailbreak attempt"))
        let passed = try span(M.attributes(M.string("rail.name", "self check output"), Self.bool("rail.stop", false)))
        #expect(passed.guardrail == GuardrailVerdict(guardrail: "self check output", outcome: .pass))
    }

    @Test func aGuardrailSpanWithoutAStatedOutcomeBlocksWhenItFailed() throws {
        let failed = try span(M.attributes(M.string("openinference.span.kind", "GUARDRAIL"))
            + #","status":{"code":2,"message":"Validation failed for field"}"#)
        #expect(failed.guardrail == GuardrailVerdict(guardrail: "s0", outcome: .blocked))
        let passed = try span(M.attributes(M.string("openinference.span.kind", "guardrail")))
        #expect(passed.guardrail == GuardrailVerdict(guardrail: "s0", outcome: .pass))
    }

    @Test func opstopGuardrailAttributesNameTheOutcomeReasonAndTheAppsOwnLimiter() throws {
        let limited = try span(M.attributes(
            M.string("opstop.component", "guardrail"), M.string("opstop.guardrail.name", "rate_limiter"),
            M.string("opstop.guardrail.outcome", "BLOCKED"), M.string("opstop.guardrail.reason", "per-user limit"),
            Self.bool("opstop.guardrail.rate_limit", true)))
        #expect(limited.guardrail == GuardrailVerdict(guardrail: "rate_limiter", outcome: .blocked,
                                                      reason: "per-user limit", isRateLimit: true))
        // A 429 the guardrail answered is the app's own limiter, not the provider's.
        let answered429 = try span(M.attributes(
            M.string("opstop.component", "guardrail"), M.string("opstop.guardrail.outcome", "blocked"),
            M.int("http.response.status_code", 429)))
        #expect(answered429.guardrail?.isRateLimit == true)
        // A pass carries no reason.
        let passed = try span(M.attributes(
            M.string("opstop.component", "guardrail"), M.string("opstop.guardrail.outcome", "pass"),
            M.string("opstop.guardrail.reason", "fine")))
        #expect(passed.guardrail == GuardrailVerdict(guardrail: "s0", outcome: .pass))
    }

    @Test func hostileGuardrailValuesRejectTheSpanOrAreIgnored() throws {
        #expect(try M().rejection(M.attributes(M.string("opstop.guardrail.outcome", "maybe")))
            == "unknown opstop.guardrail.outcome 'maybe' (expected pass, blocked or flagged)")
        // Wrong types say nothing; a huge name is cut; control characters are kept for SafeText to show.
        let odd = try span(M.attributes(
            M.string("openinference.span.kind", "GUARDRAIL"), Self.bool("guardrail_name", true),
            M.int("rail.stop", 1), M.string("guardrail_status", "\\u001b[2Jwhatever")))
        #expect(odd.guardrail == GuardrailVerdict(guardrail: "true", outcome: .pass))
        let long = String(repeating: "g", count: 10_000)
        let named = try span(M.attributes(M.string("opstop.component", "guardrail"), M.string("rail.name", long)))
        #expect(named.guardrail?.guardrail.count == EvaluationText.maxNameCharacters)
        // Spans that are not guardrails carry no verdict, whatever stray attributes say.
        let llm = try span(M.attributes(M.string("gen_ai.operation.name", "chat"), M.string("guardrail_status", "blocked")))
        #expect(llm.component == .llm)
        #expect(llm.guardrail == nil)
    }

    // MARK: - Cache

    @Test func cacheSpansAndCacheMarkersGiveLookups() throws {
        let hit = try span(M.attributes(
            M.string("opstop.component", "cache"), Self.bool("opstop.cache.hit", true),
            M.double("opstop.cache.saved_usd", 0.0021), M.string("opstop.cache.name", "RedisSemanticCache")))
        #expect(hit.component == .cache)
        #expect(hit.cache == CacheLookup(hit: true, savedUSD: 0.0021, cacheName: "RedisSemanticCache"))
        let miss = try span(M.attributes(M.string("opstop.component", "cache"), Self.bool("cache_hit", false),
                                         M.double("opstop.cache.saved_usd", 0.5)))
        #expect(miss.cache == CacheLookup(hit: false, savedUSD: nil, cacheName: "s0"))
        // NeMo Guardrails marks an LLM call its cache answered; the span stays an LLM call.
        let nemo = try span(M.attributes(M.string("gen_ai.operation.name", "chat"), Self.bool("llm.cache.hit", true)))
        #expect(nemo.component == .llm)
        #expect(nemo.cache == CacheLookup(hit: true))
        let text = try span(M.attributes(M.string("cache_hit", "True")))
        #expect(text.cache == CacheLookup(hit: true))
        #expect(try span(M.attributes(M.string("gen_ai.operation.name", "chat"))).cache == nil)
    }

    @Test func hostileCacheValuesRejectTheSpanOrAreIgnored() throws {
        #expect(try span(M.attributes(M.int("cache_hit", 1))).cache == nil)
        #expect(try span(M.attributes(M.string("opstop.cache.hit", "yes"))).cache == nil)
        #expect(try M().rejection(M.attributes(Self.bool("cache_hit", true), M.double("opstop.cache.saved_usd", -1)))
            == "opstop.cache.saved_usd must not be negative")
        #expect(try M().rejection(M.attributes(M.string("opstop.cache.saved_usd", "Infinity")))
            == "opstop.cache.saved_usd is out of range")
        #expect(try M().rejection(M.attributes(M.string("opstop.component", "kache")))
            == "unknown opstop.component 'kache' (expected llm, tool, query, retrieval, cache, guardrail or other)")
    }

    // MARK: - Evaluations

    @Test func evaluationResultEventsBecomeEvaluationsOfTheirSpan() throws {
        let batch = try decoded(#""events":["# + Self.event(
            "gen_ai.evaluation.result", M.string("gen_ai.evaluation.name", "faithfulness"),
            M.double("gen_ai.evaluation.score.value", 0.82), M.string("gen_ai.evaluation.score.label", "pass"),
            M.string("gen_ai.evaluation.explanation", "All claims are supported."))
            + "," + Self.event("gen_ai.evaluation.result", time: "0", M.string("gen_ai.evaluation.name", "relevance"),
                               M.int("gen_ai.evaluation.score.value", 1))
            + "," + Self.event("gen_ai.evaluation.result", M.string("gen_ai.evaluation.name", "tone"),
                               M.string("gen_ai.evaluation.score.label", "polite"))
            + "]")
        let span = try #require(batch.spans.first)
        #expect(batch.evaluations == [
            Evaluation(timeNanos: 1_795_433_594_500_000_000, traceID: span.traceID, spanID: span.spanID,
                       name: "faithfulness", score: 0.82, label: "pass", explanation: "All claims are supported."),
            // No event time: the span's end.
            Evaluation(timeNanos: span.endNanos, traceID: span.traceID, spanID: span.spanID, name: "relevance", score: 1),
            Evaluation(timeNanos: 1_795_433_594_500_000_000, traceID: span.traceID, spanID: span.spanID,
                       name: "tone", label: "polite"),
        ])
        #expect(batch.events.count == 4)
    }

    @Test func hostileEvaluationEventsAreLeftOutOrBounded() throws {
        let long = String(repeating: "x", count: 9_000)
        let batch = try decoded(#""events":["# + [
            Self.event("gen_ai.evaluation.result", M.double("gen_ai.evaluation.score.value", 0.5)),
            Self.event("gen_ai.evaluation.result", M.string("gen_ai.evaluation.name", "nan"),
                       M.string("gen_ai.evaluation.score.value", "NaN")),
            Self.event("gen_ai.evaluation.result", M.string("gen_ai.evaluation.name", "huge"),
                       M.double("gen_ai.evaluation.score.value", 1e300), M.string("gen_ai.evaluation.score.label", "odd")),
            Self.event("gen_ai.evaluation.result", M.string("gen_ai.evaluation.name", "text"),
                       M.string("gen_ai.evaluation.score.value", " 0.25 "),
                       M.string("gen_ai.evaluation.explanation", "\\u001b]0;" + long)),
            Self.event("gen_ai.evaluation.result", Self.bool("gen_ai.evaluation.name", true),
                       M.string("gen_ai.evaluation.score.value", "ten")),
        ].joined(separator: ",") + "]")
        let evaluations = batch.evaluations
        #expect(evaluations.map(\.name) == ["huge", "text"])
        #expect(evaluations.first?.score == nil)
        #expect(evaluations.first?.label == "odd")
        #expect(evaluations.last?.score == 0.25)
        #expect(evaluations.last?.explanation?.count == EvaluationText.maxExplanationCharacters)
        #expect(batch.spans.count == 1, "a bad evaluation never costs the span")
    }

    @Test func aSpanKeepsAtMostSixtyFourEvaluationEvents() throws {
        let events = (0..<100).map { index in
            Self.event("gen_ai.evaluation.result", M.string("gen_ai.evaluation.name", "m\(index)"),
                       M.int("gen_ai.evaluation.score.value", 1))
        }
        #expect(try decoded(#""events":["# + events.joined(separator: ",") + "]").evaluations.count == 64)
    }

    @Test func openInferenceEvaluationAttributesAreEvaluationsOfTheSpan() throws {
        let batch = try decoded(M.attributes(
            M.string("openinference.span.kind", "LLM"),
            M.string("evaluations.1.evaluation.name", "hallucination"), M.string("evaluations.1.evaluation.label", "factual"),
            M.string("evaluations.0.evaluation.name", "qa_correctness"), M.double("evaluations.0.evaluation.score", 0.9),
            M.string("evaluations.0.evaluation.explanation", "matches the reference"),
            M.string("evaluations.99999.evaluation.name", "out of range"), M.int("evaluations.99999.evaluation.score", 1),
            M.string("evaluations.x.evaluation.name", "not an index")))
        let span = try #require(batch.spans.first)
        #expect(batch.evaluations == [
            Evaluation(timeNanos: span.endNanos, traceID: span.traceID, spanID: span.spanID, name: "qa_correctness",
                       score: 0.9, explanation: "matches the reference"),
            Evaluation(timeNanos: span.endNanos, traceID: span.traceID, spanID: span.spanID, name: "hallucination",
                       label: "factual"),
        ])
    }

    @Test func theProtobufPathReadsTheSameChecksAndEvaluations() throws {
        let body = ProtobufTestWriter.request(spans: [{ span in
            span.validSpanBasics(name: "guardrail")
            span.attribute(9, "openinference.span.kind", string: "GUARDRAIL")
            span.attribute(9, "guardrail_name", string: "pii")
            span.attribute(9, "guardrail_status", string: "guardrail_intervened")
            span.message(11) { event in
                event.fixed64(1, 1_795_433_594_250_000_000)
                event.string(2, "gen_ai.evaluation.result")
                event.attribute(3, "gen_ai.evaluation.name", string: "answer_relevancy")
                event.message(3) { pair in
                    pair.string(1, "gen_ai.evaluation.score.value")
                    pair.message(2) { $0.fixed64(4, (0.75).bitPattern) }
                }
            }
        }])
        let batch = try OTLPTraceDecoder().decodeProtobuf(body)
        let span = try #require(batch.spans.first)
        #expect(span.component == .guardrail)
        #expect(span.guardrail == GuardrailVerdict(guardrail: "pii", outcome: .blocked))
        #expect(batch.evaluations == [Evaluation(timeNanos: 1_795_433_594_250_000_000, traceID: span.traceID,
                                                 spanID: span.spanID, name: "answer_relevancy", score: 0.75)])
    }
}
