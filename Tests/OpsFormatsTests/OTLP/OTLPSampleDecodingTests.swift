import Testing
@testable import OpsModel
@testable import OpsFormats

/// One span of the sample scenario as the OTLP/JSON rendering of the sample states it.
struct ExpectedSpan {
    var trace: String
    var span: String
    var parent: String?
    var name: String
    var start: Int64
    var end: Int64
    var input: Int64
    var output: Int64
    var cacheRead: Int64
    var model: String?
    var responseModel: String?
    var tool: String?
    var error: (type: String, message: String)?

    var component: Component {
        name.hasPrefix("chat") ? .llm : name.hasPrefix("execute_tool") ? .tool : .query
    }

    func check(_ actual: Span, service: String = "support-bot", sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.traceID.description == trace, sourceLocation: sourceLocation)
        #expect(actual.spanID.description == span, sourceLocation: sourceLocation)
        #expect(actual.parentID?.description == parent, sourceLocation: sourceLocation)
        #expect(actual.isRoot == (parent == nil), sourceLocation: sourceLocation)
        #expect(actual.name == name, sourceLocation: sourceLocation)
        #expect(actual.startNanos == start, sourceLocation: sourceLocation)
        #expect(actual.endNanos == end, sourceLocation: sourceLocation)
        #expect(
            actual.usage == TokenUsage(input: input, output: output, cacheRead: cacheRead),
            sourceLocation: sourceLocation)
        #expect(actual.requestModel == model, sourceLocation: sourceLocation)
        #expect(actual.responseModel == responseModel, sourceLocation: sourceLocation)
        #expect(actual.tool == tool, sourceLocation: sourceLocation)
        #expect(actual.component == component, sourceLocation: sourceLocation)
        #expect(actual.serviceName == service, sourceLocation: sourceLocation)
        #expect(actual.provider == (tool == nil ? "openai" : nil), sourceLocation: sourceLocation)
        #expect(actual.status == (error == nil ? .unset : .error), sourceLocation: sourceLocation)
        #expect(actual.error?.type == error?.type, sourceLocation: sourceLocation)
        #expect(actual.error?.message == error?.message, sourceLocation: sourceLocation)
    }
}

struct OTLPSampleDecodingTests {
    /// From `otlp-http-proto-v1-traces.decoded-as-otlp.json`, the same export as the protobuf body.
    static let protobufSample: [ExpectedSpan] = [
        ExpectedSpan(
            trace: "0615443eb2866674e1d49dbc8091c478", span: "197eef13ea8394f2", parent: "41d7c24deed71e82",
            name: "chat gpt-4o-mini", start: 1795433594819189184, end: 1795433595659189184,
            input: 412, output: 38, cacheRead: 256,
            model: "gpt-4o-mini", responseModel: "gpt-4o-mini-2024-07-18", tool: nil, error: nil),
        ExpectedSpan(
            trace: "0615443eb2866674e1d49dbc8091c478", span: "cc89ec008ae8db99", parent: "41d7c24deed71e82",
            name: "execute_tool lookup_order", start: 1795433595661189184, end: 1795433595798189184,
            input: 0, output: 0, cacheRead: 0,
            model: nil, responseModel: nil, tool: "lookup_order", error: nil),
        ExpectedSpan(
            trace: "0615443eb2866674e1d49dbc8091c478", span: "3cbd473a50f2f68d", parent: "41d7c24deed71e82",
            name: "chat gpt-4o-mini", start: 1795433595800189184, end: 1795433597010189184,
            input: 498, output: 61, cacheRead: 384,
            model: "gpt-4o-mini", responseModel: "gpt-4o-mini-2024-07-18", tool: nil, error: nil),
        ExpectedSpan(
            trace: "0615443eb2866674e1d49dbc8091c478", span: "41d7c24deed71e82", parent: nil,
            name: "invoke_agent support_bot", start: 1795433594816189184, end: 1795433597014189184,
            input: 910, output: 99, cacheRead: 0,
            model: nil, responseModel: nil, tool: nil, error: nil),
        ExpectedSpan(
            trace: "1f2d327823c064e375ab77abd3d84ad4", span: "bb802e14ee53d9d9", parent: "7c6c6af4f0c9c69e",
            name: "chat gpt-4o-mini", start: 1795433597516189184, end: 1795433597566189184,
            input: 0, output: 0, cacheRead: 0,
            model: "gpt-4o-mini", responseModel: nil, tool: nil, error: ("rate_limit_exceeded", "429 Too Many Requests")
        ),
        ExpectedSpan(
            trace: "1f2d327823c064e375ab77abd3d84ad4", span: "69be88df4b9fdebd", parent: "7c6c6af4f0c9c69e",
            name: "chat gpt-4o-mini", start: 1795433598566189184, end: 1795433599226189184,
            input: 380, output: 22, cacheRead: 0,
            model: "gpt-4o-mini", responseModel: "gpt-4o-mini-2024-07-18", tool: nil, error: nil),
        ExpectedSpan(
            trace: "1f2d327823c064e375ab77abd3d84ad4", span: "d4fcc097149cb3f1", parent: "7c6c6af4f0c9c69e",
            name: "execute_tool cancel_order", start: 1795433599226189184, end: 1795433602126189184,
            input: 0, output: 0, cacheRead: 0,
            model: nil, responseModel: nil, tool: "cancel_order", error: ("db_connection_lost", "DB connection lost")),
        ExpectedSpan(
            trace: "1f2d327823c064e375ab77abd3d84ad4", span: "7c6c6af4f0c9c69e", parent: nil,
            name: "invoke_agent support_bot", start: 1795433597514189184, end: 1795433602129189184,
            input: 0, output: 0, cacheRead: 0,
            model: nil, responseModel: nil, tool: nil, error: ("db_connection_lost", "tool cancel_order failed")),
    ]

    /// From `otlp-http-json-v1-traces.json`, another run of the same scenario.
    static let jsonSample: [ExpectedSpan] = [
        ExpectedSpan(
            trace: "cf743d4a372988dd3877ce96b1f64e5f", span: "6133a0f9c0c8f464", parent: "16a20c76bca867f9",
            name: "chat gpt-4o-mini", start: 1795433595707015104, end: 1795433596547015104,
            input: 412, output: 38, cacheRead: 256,
            model: "gpt-4o-mini", responseModel: "gpt-4o-mini-2024-07-18", tool: nil, error: nil),
        ExpectedSpan(
            trace: "cf743d4a372988dd3877ce96b1f64e5f", span: "c9a4fb48e77b51e2", parent: "16a20c76bca867f9",
            name: "execute_tool lookup_order", start: 1795433596549015104, end: 1795433596686015104,
            input: 0, output: 0, cacheRead: 0,
            model: nil, responseModel: nil, tool: "lookup_order", error: nil),
        ExpectedSpan(
            trace: "cf743d4a372988dd3877ce96b1f64e5f", span: "e568426a0be92047", parent: "16a20c76bca867f9",
            name: "chat gpt-4o-mini", start: 1795433596688015104, end: 1795433597898015104,
            input: 498, output: 61, cacheRead: 384,
            model: "gpt-4o-mini", responseModel: "gpt-4o-mini-2024-07-18", tool: nil, error: nil),
        ExpectedSpan(
            trace: "cf743d4a372988dd3877ce96b1f64e5f", span: "16a20c76bca867f9", parent: nil,
            name: "invoke_agent support_bot", start: 1795433595704015104, end: 1795433597902015104,
            input: 910, output: 99, cacheRead: 0,
            model: nil, responseModel: nil, tool: nil, error: nil),
        ExpectedSpan(
            trace: "a77858316545bcaeba9542584603fb9d", span: "983697a997dcbead", parent: "bcbdc4ea0595e4ff",
            name: "chat gpt-4o-mini", start: 1795433598404015104, end: 1795433598454015104,
            input: 0, output: 0, cacheRead: 0,
            model: "gpt-4o-mini", responseModel: nil, tool: nil, error: ("rate_limit_exceeded", "429 Too Many Requests")
        ),
        ExpectedSpan(
            trace: "a77858316545bcaeba9542584603fb9d", span: "2f4ebe8ce2f9b10c", parent: "bcbdc4ea0595e4ff",
            name: "chat gpt-4o-mini", start: 1795433599454015104, end: 1795433600114015104,
            input: 380, output: 22, cacheRead: 0,
            model: "gpt-4o-mini", responseModel: "gpt-4o-mini-2024-07-18", tool: nil, error: nil),
        ExpectedSpan(
            trace: "a77858316545bcaeba9542584603fb9d", span: "57830271ac85567c", parent: "bcbdc4ea0595e4ff",
            name: "execute_tool cancel_order", start: 1795433600114015104, end: 1795433603014015104,
            input: 0, output: 0, cacheRead: 0,
            model: nil, responseModel: nil, tool: "cancel_order", error: ("db_connection_lost", "DB connection lost")),
        ExpectedSpan(
            trace: "a77858316545bcaeba9542584603fb9d", span: "bcbdc4ea0595e4ff", parent: nil,
            name: "invoke_agent support_bot", start: 1795433598402015104, end: 1795433603017015104,
            input: 0, output: 0, cacheRead: 0,
            model: nil, responseModel: nil, tool: nil, error: ("db_connection_lost", "tool cancel_order failed")),
    ]

    @Test func decodesEverySpanOfTheRealProtobufExport() throws {
        let bytes = OTLPTestSupport.sampleProtobuf
        #expect(bytes.count == 5247)
        let batch = try OTLPTraceDecoder().decodeProtobuf(bytes)
        #expect(batch.rejectedSpanCount == 0)
        #expect(batch.partialSuccessMessage == nil)
        try #require(batch.spans.count == Self.protobufSample.count)
        for (actual, expected) in zip(batch.spans, Self.protobufSample) { expected.check(actual) }
    }

    @Test func theProtobufExportCarriesConversationUserAndContent() throws {
        let spans = try OTLPTraceDecoder().decodeProtobuf(OTLPTestSupport.sampleProtobuf).spans
        #expect(
            spans.allSatisfy {
                $0.conversationID == "conv_5j66UpCpwteGg4YSxUnt7lPY" || $0.tool != nil
                    || $0.name.hasPrefix("invoke_agent")
            })
        #expect(spans[3].userID == "u_123")
        #expect(spans[7].userID == "u_456")
        #expect(spans[0].content?.input?.contains("Where is order 1234?") == true)
        #expect(spans[0].content?.output != nil)
        let withoutContent = try OTLPTraceDecoder(options: .init(keepContent: false))
            .decodeProtobuf(OTLPTestSupport.sampleProtobuf).spans
        #expect(withoutContent.allSatisfy { $0.content == nil })
    }

    @Test func theSameExportAsOTLPJSONGivesTheSameSpans() throws {
        let fromJSON = try OTLPTestSupport.decodeJSON(OTLPSamples.protobufTracesAsJSON)
        let fromProtobuf = try OTLPTraceDecoder().decodeProtobuf(OTLPTestSupport.sampleProtobuf)
        #expect(fromJSON.rejectedSpanCount == 0)
        try #require(fromJSON.spans.count == Self.protobufSample.count)
        for (actual, expected) in zip(fromJSON.spans, Self.protobufSample) { expected.check(actual) }
        for (json, proto) in zip(fromJSON.spans, fromProtobuf.spans) {
            #expect(json.content == proto.content)
            #expect(json.userID == proto.userID)
            #expect(json.conversationID == proto.conversationID)
            #expect(json.error == proto.error)
        }
    }

    @Test func decodesTheRealOTLPHTTPJSONExport() throws {
        let batch = try OTLPTestSupport.decodeJSON(OTLPSamples.httpJSONTraces)
        #expect(batch.rejectedSpanCount == 0)
        try #require(batch.spans.count == Self.jsonSample.count)
        for (actual, expected) in zip(batch.spans, Self.jsonSample) { expected.check(actual) }
    }

    @Test func decodesEveryLineOfTheFileExporter() throws {
        var spans: [Span] = []
        for line in OTLPSamples.fileExporterLines {
            let batch = try OTLPTestSupport.decodeJSON(line)
            #expect(batch.rejectedSpanCount == 0)
            spans += batch.spans
        }
        #expect(spans.count == 8)
        #expect(spans.filter(\.isRoot).map(\.name) == ["invoke_agent support_bot", "invoke_agent support_bot"])
        #expect(
            spans.filter(\.isError).compactMap { $0.error?.type }
                == ["rate_limit_exceeded", "db_connection_lost", "db_connection_lost"])
        #expect(spans.map(\.usage).reduce(.zero, +) == TokenUsage(input: 2200, output: 220, cacheRead: 640))
        let roots = Set(spans.filter(\.isRoot).map(\.spanID))
        #expect(spans.filter { !$0.isRoot }.allSatisfy { roots.contains($0.parentID ?? .synthetic(0)) })
    }

    @Test func mapsLangfuseObservations() throws {
        let batch = try OTLPTestSupport.decodeJSON(OTLPSamples.langfuseExport)
        #expect(batch.rejectedSpanCount == 0)
        try #require(batch.spans.count == 4)
        let generation = batch.spans[0]
        #expect(generation.component == .llm)
        #expect(generation.requestModel == "gpt-4o-mini")
        // `{"input": 412, "output": 38, "cache_read_input_tokens": 256}`: Langfuse prices each usage type apart
        // (its LangChain handler takes the cached tokens out of `input`), so the cache read comes on top.
        #expect(generation.usage == TokenUsage(input: 668, output: 38, cacheRead: 256))
        #expect(abs((generation.reportedCostUSD ?? 0) - (4.26e-05 + 2.28e-05 + 1.92e-05)) < 1e-12)
        #expect(generation.content?.input == #"[{"role": "user", "content": "Where is order 1234?"}]"#)
        #expect(generation.serviceName == "unknown_service:python")

        let tool = batch.spans[1]
        #expect(tool.component == .tool)
        #expect(tool.tool == "cancel_order")
        #expect(tool.status == .error)
        #expect(tool.error == SpanError(type: "error", message: "DB connection lost"))

        let event = batch.spans[2]
        #expect(event.component == .other)
        #expect(event.status == .unset)
        #expect(event.durationNanos == 0)

        let root = batch.spans[3]
        #expect(root.isRoot)
        #expect(root.component == .query)
        #expect(root.name == "support_bot")
        #expect(batch.spans.dropLast().allSatisfy { $0.parentID == root.spanID })
    }
}
