import Testing
@testable import OpsModel
@testable import OpsFormats
import OpsTestSupport

private func otlpLine(spans: String, service: String = "support-bot") -> String {
    #"{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"\#(service)"}}]},"#
        + #""scopeSpans":[{"scope":{"name":"s"},"spans":[\#(spans)]}],"schemaUrl":""}]}"#
}

private func otlpSpan(id: String, parent: String = "", name: String, attributes: String = "", status: Int = 0) -> String {
    #"{"traceId":"ece80428612e47ae0e211f7f8b9c6e45","spanId":"\#(id)","parentSpanId":"\#(parent)","flags":256,"#
        + #""name":"\#(name)","kind":3,"startTimeUnixNano":"1795433580827749312","#
        + #""endTimeUnixNano":"1795433581667749312","attributes":[\#(attributes)],"status":{"code":\#(status)}}"#
}

private let chatAttributes = #"{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},"#
    + #"{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}},"#
    + #"{"key":"gen_ai.usage.input_tokens","value":{"intValue":"412"}},"#
    + #"{"key":"gen_ai.usage.output_tokens","value":{"intValue":38}}"#

@Test func anOTLPLineGivesEachOfItsSpans() throws {
    let line = otlpLine(spans: otlpSpan(id: "ff7b8f7d5f8481aa", parent: "dc2974f81e146a31", name: "chat",
                                        attributes: chatAttributes)
        + "," + otlpSpan(id: "dc2974f81e146a31", name: "invoke_agent support_bot", status: 2))
    let read = ingest([line])
    #expect(read.stats.foreignLines == [.otlpTraces: 1])
    #expect(read.stats.events == 2)
    #expect(read.stats.lines == 1)
    let chat = try #require(read.span(named: "chat"))
    #expect(chat.traceID == .hex(0xECE8_0428_612E_47AE, 0x0E21_1F7F_8B9C_6E45))
    #expect(chat.spanID == .hex(0xFF7B_8F7D_5F84_81AA))
    #expect(chat.parentID == .hex(0xDC29_74F8_1E14_6A31))
    #expect(chat.usage == TokenUsage(input: 412, output: 38))
    #expect(chat.durationNanos == 840_000_000)
    #expect(chat.serviceName == "support-bot")
    #expect(read.span(named: "invoke_agent support_bot")?.status == .error)
}

@Test func someBadSpansOfAnOTLPLineAreCountedAndTheRestKept() {
    let line = otlpLine(spans: otlpSpan(id: "ff7b8f7d5f8481aa", name: "good")
        + "," + otlpSpan(id: "not-hex!", name: "bad") + "," + otlpSpan(id: "00", name: "short"))
    let read = ingest([line])
    #expect(read.stats.events == 1)
    #expect(read.stats.malformed == 0)
    #expect(read.stats.rejectedRecords == 2)
    #expect(read.stats.malformedExamples == [IngestStats.Rejection(line: 1, reason:
        "OTLP/JSON traces: span 1 'bad': spanId 'not-hex!' is not hex (OTLP/JSON ids are hex, not base64) (and 1 more records)")])
}

@Test func anOTLPLineWithOnlyBadSpansIsMalformed() {
    let read = ingest([otlpLine(spans: otlpSpan(id: "", name: "no id"))])
    #expect(read.stats.malformed == 1)
    #expect(read.stats.malformedExamples.first?.reason == "OTLP/JSON traces: span 0 'no id': span_id must be 8 bytes, got 0")
}

@Test func metricsLinesAreCountedApart() {
    let metrics = #"{"resourceMetrics":[{"resource":{},"scopeMetrics":[]}]}"#
    let read = ingest([metrics, metrics, #"{"resourceSpans":[]}"#])
    #expect(read.stats.otlpMetricLines == 2)
    #expect(read.stats.foreignLines == [.otlpMetrics: 2, .otlpTraces: 1])
    #expect(read.stats.malformed == 0)
    #expect(read.stats.ignored == 0)
    #expect(read.stats.events == 0)
}

@Test func langfuseObservationsComeThroughTheOTLPPath() throws {
    let attributes = #"{"key":"langfuse.observation.type","value":{"stringValue":"generation"}},"#
        + #"{"key":"langfuse.observation.model.name","value":{"stringValue":"gpt-4o"}},"#
        + #"{"key":"langfuse.observation.usage_details","value":{"stringValue":"{\"input\":100,\"output\":20}"}},"#
        + #"{"key":"langfuse.observation.cost_details","value":{"stringValue":"{\"total\":0.0015}"}},"#
        + #"{"key":"langfuse.observation.level","value":{"stringValue":"ERROR"}},"#
        + #"{"key":"langfuse.observation.status_message","value":{"stringValue":"quota"}},"#
        + #"{"key":"langfuse.user.id","value":{"stringValue":"u9"}}"#
    let span = try #require(ingest([otlpLine(spans: otlpSpan(id: "ff7b8f7d5f8481aa", name: "gen", attributes: attributes))])
        .spans.first)
    #expect(span.component == .llm)
    #expect(span.requestModel == "gpt-4o")
    #expect(span.usage == TokenUsage(input: 100, output: 20))
    #expect(span.reportedCostUSD == 0.0015)
    #expect(span.status == .error)
    #expect(span.error?.message == "quota")
    #expect(span.userID == "u9")
}

/// Metrics lines are decoded only for a reader that takes them (report, snapshot); others count them.
@Test func metricsLinesAreDecodedOnlyWhenAskedFor() {
    let metrics = #"{"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"bot"}}]},"#
        + #""scopeMetrics":[{"metrics":[{"name":"requests","sum":{"aggregationTemporality":2,"isMonotonic":true,"#
        + #""dataPoints":[{"timeUnixNano":"1795428060000000000","asInt":"7"}]}}]}]}]}"# + "\n"
    for reads in [false, true] {
        var ingestor = LogIngestor(options: UsageLogDecoder.Options(readsMetrics: reads))
        var text = metrics
        text.withUTF8 { ingestor.feed(UnsafeRawBufferPointer($0)) { _ in } }
        let lines = ingestor.takeMetrics()
        #expect(ingestor.stats.otlpMetricLines == 1)
        #expect(lines.count == (reads ? 1 : 0))
        if reads {
            #expect(lines.first?.target == "bot")
            #expect(lines.first?.timeNanos == 1_795_428_060_000_000_000)
            #expect(lines.first?.scrape.family(named: "requests_total")?.series.first?.value == 7)
        }
    }
}

@Test func evaluationEventsOfAnOTLPLineAreEvaluationsOfTheirSpan() throws {
    let event = #","events":[{"name":"gen_ai.evaluation.result","timeUnixNano":"1795433582000000000","attributes":["#
        + #"{"key":"gen_ai.evaluation.name","value":{"stringValue":"faithfulness"}},"#
        + #"{"key":"gen_ai.evaluation.score.value","value":{"doubleValue":0.62}}]}]}"#
    let span = otlpSpan(id: "ff7b8f7d5f8481aa", name: "chat", attributes: chatAttributes)
    let read = ingest([otlpLine(spans: String(span.dropLast()) + event)])
    #expect(read.spans.count == 1)
    let evaluations = read.events.compactMap { event -> Evaluation? in
        if case let .evaluation(evaluation) = event { return evaluation }
        return nil
    }
    #expect(evaluations == [Evaluation(
        timeNanos: 1_795_433_582_000_000_000, traceID: .hex(0xECE8_0428_612E_47AE, 0x0E21_1F7F_8B9C_6E45),
        spanID: .hex(0xFF7B_8F7D_5F84_81AA), name: "faithfulness", score: 0.62)])
}
