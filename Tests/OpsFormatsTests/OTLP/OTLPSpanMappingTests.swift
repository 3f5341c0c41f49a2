import Testing
@testable import OpsModel
@testable import OpsFormats

/// The native log format's rules, applied to OTLP spans (written as OTLP/JSON for brevity).
struct OTLPSpanMappingTests {
    static let trace = "5b8efff798038103d269b633813fc60c"

    /// A request with one span per entry; each entry is the span's JSON members after the basics.
    static func request(_ spans: [String], service: String = "svc") -> String {
        let bodies = spans.enumerated().map { index, extra in
            let spanID = String(repeating: "0", count: 15) + String(index + 1, radix: 16)
            return #"{"traceId":"\#(trace)","spanId":"\#(spanID)","name":"s\#(index)","#
                + #""startTimeUnixNano":"1795433594000000000","endTimeUnixNano":"1795433595000000000""#
                + (extra.isEmpty ? "" : "," + extra) + "}"
        }
        return
            #"{"resourceSpans":[{"resource":{"attributes":["#
            + #"{"key":"service.name","value":{"stringValue":"\#(service)"}}]},"#
            + #""scopeSpans":[{"spans":["# + bodies.joined(separator: ",") + "]}]}]}"
    }

    static func attributes(_ pairs: String...) -> String { #""attributes":["# + pairs.joined(separator: ",") + "]" }
    static func string(_ key: String, _ value: String) -> String {
        #"{"key":"\#(key)","value":{"stringValue":"\#(value)"}}"#
    }
    static func int(_ key: String, _ value: Int64) -> String { #"{"key":"\#(key)","value":{"intValue":"\#(value)"}}"# }
    static func double(_ key: String, _ value: Double) -> String {
        #"{"key":"\#(key)","value":{"doubleValue":\#(value)}}"#
    }

    func span(_ extra: String) throws -> Span {
        let batch = try OTLPTestSupport.decodeJSON(Self.request([extra]))
        #expect(batch.rejections == [])
        return try #require(batch.spans.first)
    }

    func rejection(_ extra: String) throws -> String? {
        let batch = try OTLPTestSupport.decodeJSON(Self.request([extra]))
        #expect(batch.spans.isEmpty)
        return batch.rejections.first?.reason
    }

    @Test func statusErrorWithoutAnyErrorTypeIsTypeError() throws {
        let failed = try span(#""status":{"code":2,"message":"boom"}"#)
        #expect(failed.status == .error)
        #expect(failed.error == SpanError(type: "error", message: "boom"))
    }

    @Test func theExceptionEventGivesTypeAndMessageWhenAttributesDoNot() throws {
        let event =
            #""events":[{"name":"exception","timeUnixNano":"1795433595000000000","attributes":["#
            + Self.string("exception.type", "TimeoutError") + "," + Self.string("exception.message", "read timed out")
            + "]}]"
        let failed = try span(event + #","status":{"code":"STATUS_CODE_ERROR"}"#)
        #expect(failed.error == SpanError(type: "TimeoutError", message: "read timed out"))
        let stated = try span(
            event + ","
                + Self.attributes(
                    Self.string("error.type", "timeout"),
                    Self.string("error.message", "stated"))
                + #","status":{"code":2,"message":"status text"}"#)
        #expect(stated.error == SpanError(type: "timeout", message: "stated"))
        let healthy = try span(event)
        #expect(healthy.status == .unset)
        #expect(healthy.error == nil)
    }

    @Test func anErrorTypeWithUnsetStatusFailsTheSpanAsInTheLogFormat() throws {
        let failed = try span(
            Self.attributes(Self.string("error.type", "500"), Self.string("opstop.error.category", "Transient")))
        #expect(failed.status == .error)
        #expect(failed.error == SpanError(type: "500", statedCategory: .transient))
        #expect(try span(#""status":{"code":1}"#).status == .ok)
        #expect(try span("").status == .unset)
    }

    @Test func olderGenAINamesAreAliasesAndCurrentNamesWinInAnyOrder() throws {
        let old = try span(
            Self.attributes(
                Self.string("gen_ai.system", "anthropic"), Self.int("gen_ai.usage.prompt_tokens", 100),
                Self.int("gen_ai.usage.completion_tokens", 20)))
        #expect(old.provider == "anthropic")
        #expect(old.usage == TokenUsage(input: 100, output: 20))
        let both = try span(
            Self.attributes(
                Self.string("gen_ai.provider.name", "aws.bedrock"), Self.string("gen_ai.system", "anthropic"),
                Self.int("gen_ai.usage.input_tokens", 7), Self.int("gen_ai.usage.prompt_tokens", 100)))
        #expect(both.provider == "aws.bedrock")
        #expect(both.usage.input == 7)
    }

    @Test func readsEveryTokenCountAndTheLabels() throws {
        let full = try span(
            Self.attributes(
                Self.int("gen_ai.usage.input_tokens", 1000), Self.int("gen_ai.usage.output_tokens", 300),
                Self.int("gen_ai.usage.cache_read.input_tokens", 600),
                Self.int("gen_ai.usage.cache_creation.input_tokens", 200),
                Self.int("gen_ai.usage.reasoning.output_tokens", 250), Self.string("gen_ai.tool.name", "search"),
                Self.string("gen_ai.conversation.id", "c1"), Self.string("user.id", "u1"),
                Self.string("session.id", "s1"),
                Self.string("langfuse.user.id", "lu"), Self.string("langfuse.session.id", "ls"),
                #"{"key":"gen_ai.usage.input_tokens","value":{"intValue":1000}}"#))
        #expect(full.usage == TokenUsage(input: 1000, output: 300, cacheRead: 600, cacheCreation: 200, reasoning: 250))
        #expect(full.tool == "search")
        #expect(full.component == .tool)
        #expect(full.conversationID == "c1")
        #expect(full.userID == "u1")
        #expect(full.sessionID == "s1")
        #expect(full.serviceName == "svc")
        let langfuse = try span(
            Self.attributes(Self.string("langfuse.user.id", "lu"), Self.string("langfuse.session.id", "ls")))
        #expect(langfuse.userID == "lu")
        #expect(langfuse.sessionID == "ls")
    }

    @Test func costAttributesHaveAFixedPriority() throws {
        let all = try span(
            Self.attributes(
                Self.double("llm.cost.total", 3), Self.double("gen_ai.usage.cost", 2),
                Self.double("opstop.cost.usd", 1),
                Self.string("langfuse.observation.cost_details", #"{\"total\": 4}"#)))
        #expect(all.reportedCostUSD == 1)
        #expect(
            try span(Self.attributes(Self.double("llm.cost.total", 3), Self.string("gen_ai.usage.cost", "0.25")))
                .reportedCostUSD == 0.25)
        #expect(
            try span(
                Self.attributes(Self.string("langfuse.observation.cost_details", #"{\"total\": 4, \"input\": 1}"#))
            )
            .reportedCostUSD == 4)
        #expect(try span("").reportedCostUSD == nil)
    }

    @Test func componentComesFromTheStatedOneThenTheOperationThenWhatIsNamed() throws {
        let stated = try span(
            Self.attributes(Self.string("opstop.component", "Retrieval"), Self.string("gen_ai.operation.name", "chat")))
        #expect(stated.component == .retrieval)
        #expect(try span(Self.attributes(Self.string("gen_ai.operation.name", "embeddings"))).component == .llm)
        #expect(try span(Self.attributes(Self.string("gen_ai.response.model", "m"))).component == .llm)
        #expect(try span("").component == .other)
        #expect(
            try rejection(Self.attributes(Self.string("opstop.component", "robot")))
                == "unknown opstop.component 'robot' (expected llm, tool, query, retrieval, cache, guardrail or other)")
    }

    @Test func aMissingNameIsMadeFromTheOperationAndModelOrTool() throws {
        let request = Self.request([
            Self.attributes(
                Self.string("gen_ai.operation.name", "chat"),
                Self.string("gen_ai.request.model", "gpt-4o"))
        ])
        .replacing(#""name":"s0","#, with: "")
        let unnamed = try #require(try OTLPTestSupport.decodeJSON(request).spans.first)
        #expect(unnamed.name == "chat gpt-4o")
        #expect(
            OTLPSpanMapper.synthesizedName(operation: "execute_tool", component: .tool, model: "m", tool: "t")
                == "execute_tool t")
        #expect(OTLPSpanMapper.synthesizedName(operation: nil, component: .other, model: nil, tool: nil) == "other")
    }

    @Test func badCountsRejectTheSpanNamingTheKey() throws {
        #expect(
            try rejection(Self.attributes(Self.int("gen_ai.usage.input_tokens", -1)))
                == "gen_ai.usage.input_tokens must not be negative")
        #expect(
            try rejection(Self.attributes(Self.double("gen_ai.usage.output_tokens", 1.5)))
                == "expected a whole number for gen_ai.usage.output_tokens")
        #expect(
            try rejection(Self.attributes(#"{"key":"gen_ai.usage.output_tokens","value":{"boolValue":true}}"#))
                == "expected a number for gen_ai.usage.output_tokens")
        #expect(
            try rejection(Self.attributes(Self.double("opstop.cost.usd", -2))) == "opstop.cost.usd must not be negative"
        )
        #expect(
            try span(
                Self.attributes(
                    Self.double("gen_ai.usage.input_tokens", 12.0), Self.string("gen_ai.usage.output_tokens", "7"))
            )
            .usage == TokenUsage(input: 12, output: 7))
    }

    @Test func unusableIdsAndTimesRejectOnlyThatSpan() throws {
        let batch = try OTLPTestSupport.decodeJSON(
            Self.request(["", "", "", "", "", ""])
                .replacing("0000000000000002", with: "0000000000000000")
                .replacing(#""spanId":"0000000000000003""#, with: #""spanId":"AAAAAAAAAAM=""#)
                .replacing(
                    #""spanId":"0000000000000004","name":"s3","startTimeUnixNano":"1795433594000000000""#,
                    with: #""spanId":"0000000000000004","name":"s3""#
                )
                .replacing(
                    #""spanId":"0000000000000005","name":"s4","startTimeUnixNano":"1795433594000000000""#,
                    with: #""spanId":"0000000000000005","name":"s4","startTimeUnixNano":"1795433599000000000""#
                )
                .replacing(#""spanId":"0000000000000006""#, with: #""spanId":"00000000000006""#))
        #expect(batch.spans.map(\.name) == ["s0"])
        #expect(batch.rejectedSpanCount == 5)
        #expect(
            batch.rejections.map(\.reason) == [
                "span_id is all zeros",
                "spanId 'AAAAAAAAAAM=' is not hex (OTLP/JSON ids are hex, not base64)",
                "span without a start time",
                "span ends before it starts (end time before start time)",
                "span_id must be 8 bytes, got 7",
            ])
        #expect(batch.rejections.map(\.index) == [1, 2, 3, 4, 5])
        #expect(
            batch.partialSuccessMessage
                == "5 spans rejected: span 1 's1': span_id is all zeros; span 2 's2': spanId 'AAAAAAAAAAM=' is not hex "
                + "(OTLP/JSON ids are hex, not base64); span 3 's3': span without a start time")
        let wrongTrace = try OTLPTraceDecoder().decodeProtobuf(
            ProtobufTestWriter.request(spans: [
                { span in
                    span.validSpanBasics()
                    span.bytes(1, [1, 2, 3])
                }
            ]))
        #expect(wrongTrace.rejections.map(\.reason) == ["trace_id must be 16 bytes, got 3"])
    }

    @Test func keepsCountingRejectionsPastTheKeptReasons() throws {
        let batch = try OTLPTestSupport.decodeJSON(
            Self.request(
                Array(
                    repeating: Self.attributes(
                        Self.int("gen_ai.usage.input_tokens", -1)), count: 40)))
        #expect(batch.rejectedSpanCount == 40)
        #expect(batch.rejections.count == OTLPTraceBatch.maxKeptRejections)
    }

    @Test func genAIContentEventsFeedTheTraceView() throws {
        func event(_ name: String, _ attributes: String...) -> String {
            #"{"name":"\#(name)","timeUnixNano":"1795433594500000000","attributes":["#
                + attributes.joined(separator: ",") + "]}"
        }
        let legacy = try span(
            #""events":["# + event("gen_ai.content.prompt", Self.string("gen_ai.prompt", "hi"))
                + "," + event("gen_ai.content.completion", Self.string("gen_ai.completion", "hello")) + "]")
        #expect(legacy.content == SpanContent(input: "hi", output: "hello"))
        let messages = try span(
            #""events":["# + event("gen_ai.system.message", Self.string("content", "be brief"))
                + ","
                + event("gen_ai.user.message", Self.string("content", "hi"), Self.string("gen_ai.system", "openai"))
                + "," + event("gen_ai.choice", Self.int("index", 0), Self.string("finish_reason", "stop")) + "]")
        #expect(messages.content?.input == #"[{"role":"system","content":"be brief"},{"role":"user","content":"hi"}]"#)
        #expect(messages.content?.output == #"[{"index":0,"finish_reason":"stop"}]"#)
        let attributeWins = try span(
            Self.attributes(Self.string("gen_ai.input.messages", "[]")) + #","events":["#
                + event("gen_ai.user.message", Self.string("content", "hi")) + "]")
        #expect(attributeWins.content == SpanContent(input: "[]"))
    }

    @Test func langfuseLevelErrorFailsASpanWithUnsetStatus() throws {
        let failed = try span(
            Self.attributes(
                Self.string("langfuse.observation.level", "ERROR"),
                Self.string("langfuse.observation.status_message", "bad"),
                Self.string("langfuse.observation.type", "generation"),
                Self.string(
                    "langfuse.observation.usage_details",
                    #"{\"input\": 5, \"output\": 2, \"input_cached_tokens\": 1, \"output_reasoning_tokens\": 1}"#)))
        #expect(failed.status == .error)
        #expect(failed.error == SpanError(type: "error", message: "bad"))
        #expect(failed.component == .llm)
        // Langfuse prices each usage type apart: its input and output exclude the cached and reasoning tokens.
        #expect(failed.usage == TokenUsage(input: 6, output: 3, cacheRead: 1, reasoning: 1))
        let otelWins = try span(
            Self.attributes(
                Self.int("gen_ai.usage.input_tokens", 9),
                Self.string("langfuse.observation.usage_details", #"{\"input\": 5}"#)))
        #expect(otelWins.usage == TokenUsage(input: 9))
        #expect(try span(Self.attributes(Self.string("langfuse.observation.usage_details", "not json"))).usage == .zero)
    }

    @Test func otlpJSONAcceptsEnumNamesAndNumbersForIntegers() throws {
        let request =
            #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"5B8EFFF798038103D269B633813FC60C","#
            + #""spanId":"00f067aa0ba902b7","parentSpanId":"","name":"n","kind":"SPAN_KIND_CLIENT","#
            + #""startTimeUnixNano":1795433594000000000,"endTimeUnixNano":"1795433595000000000","#
            + #""attributes":[{"key":"gen_ai.usage.input_tokens","value":{"intValue":42}}],"#
            + #""status":{"code":"STATUS_CODE_OK"}}]}]}]}"#
        let span = try #require(try OTLPTestSupport.decodeJSON(request).spans.first)
        #expect(span.traceID.description == Self.trace)
        #expect(span.isRoot)
        #expect(span.startNanos == 1_795_433_594_000_000_000)
        #expect(span.usage.input == 42)
        #expect(span.status == .ok)
        #expect(span.serviceName == nil)
    }

    @Test func otlpJSONBodiesThatAreNotRequestsThrow() throws {
        #expect(throws: OTLPDecodingError.json("not JSON")) { try OTLPTestSupport.decodeJSON("{") }
        #expect(throws: OTLPDecodingError.json("expected a JSON object with resourceSpans")) {
            try OTLPTestSupport.decodeJSON("[1]")
        }
        #expect(throws: OTLPDecodingError.json("body of 20 bytes is larger than the 10-byte limit")) {
            try OTLPTestSupport.decodeJSON(#"{"resourceSpans":[]}"#, options: .init(maxJSONBytes: 10))
        }
        #expect(try OTLPTestSupport.decodeJSON(#"{"resourceSpans":[],"other":1}"#).spans.isEmpty)
        #expect(
            try OTLPTestSupport.decodeJSON(#"{"resourceSpans":[{"scopeSpans":[{"spans":[7]}]}]}"#)
                .rejections.map(\.reason) == ["span is not a JSON object"])
    }
}

extension OTLPSpanMappingTests {
    @Test func acceptsTheSameYearsAsTheLogDecoder() throws {
        #expect(OTLPSpanMapper.validNanos.upperBound == UInt64(UsageLogDecoder.validNanos.upperBound))
        let late = Self.request([""]).replacing(
            #""endTimeUnixNano":"1795433595000000000""#,
            with: #""endTimeUnixNano":"9000000000000000000""#)
        #expect(
            try OTLPTestSupport.decodeJSON(late).rejections.map(\.reason) == ["end time outside the years 1970 to 2200"]
        )
    }
}
