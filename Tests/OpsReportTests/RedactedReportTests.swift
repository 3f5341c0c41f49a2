import Foundation
import Testing
@testable import OpsModel
@testable import OpsEngine
@testable import OpsReport

private let second: Int64 = 1_000_000_000
private let base: Int64 = 1_795_433_400 * second
private let secrets = ["ana@example.com", "sk-proj-0123456789abcdefghij", "4111111111111111", "tell me a secret", "the secret answer", "u-ana-42"]

/// Spans whose every text field carries a secret, and a breaker event whose reason does.
private func events() -> [Event] {
    let trace = TraceID("trace-ana@example.com")
    return [
        .span(Span(
            traceID: trace, spanID: SpanID("root"), name: "ask ana@example.com", component: .query, status: .error,
            startNanos: base, endNanos: base + second, userID: "u-ana-42", sessionID: "s-ana@example.com")),
        .span(Span(
            traceID: trace, spanID: SpanID("chat"), parentID: SpanID("root"), name: "chat", component: .llm, status: .error,
            startNanos: base, endNanos: base + second / 2, requestModel: "model-sk-proj-0123456789abcdefghij",
            usage: TokenUsage(input: 100, output: 10), reportedCostUSD: 0.01,
            error: SpanError(type: "AuthError", message: "key sk-proj-0123456789abcdefghij refused, card 4111111111111111"),
            userID: "u-ana-42", content: SpanContent(input: "tell me a secret", output: "the secret answer"))),
        .breaker(BreakerEvent(
            timeNanos: base + second, target: "gpt-4o", state: .open, reason: "owner ana@example.com paused it")),
    ]
}

private func leaks(in text: String) -> [String] { secrets.filter { text.contains($0) } }

@Test func aRedactedReportAndTraceExportHoldNoSecretFromTheInput() throws {
    var configuration = EngineConfiguration()
    configuration.redactor = Redactor()
    var store = MetricsStore(configuration: configuration)
    store.ingest(events())
    store.evaluateAlertsNow()
    var stats = IngestStats()
    stats.recordMalformed(line: 7, reason: "unknown breaker state 'ana@example.com'")
    var report = Report(sources: ["app.log"], stats: stats, store: store)
    report.redactor = configuration.redactor
    #expect(leaks(in: report.text).isEmpty, "text report:\n\(report.text)")
    #expect(leaks(in: report.json).isEmpty, "JSON report:\n\(report.json)")
    #expect(report.text.hasPrefix("opstop report — app.log (REDACTED)\n"))
    #expect(report.text.contains("line 7: unknown breaker state '[email "), "malformed reason:\n\(report.text)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
    #expect(object["redacted"] as? Bool == true)
    #expect(report.json.contains(Redactor().userID("u-ana-42")), "users are named by their hash:\n\(report.json)")
    #expect(store.traces.count == 1)
    for id in store.traces.newestFirst {
        let record = try #require(store.traces[id])
        let exported = TraceExport.json(record)
        #expect(leaks(in: exported).isEmpty, "w export:\n\(exported)")
        #expect(exported.contains("[redacted 16 B]") && exported.contains("[redacted 17 B]"))
    }
}

/// Without `--redact` nothing changes: the same input shows its text, and no `redacted` key appears.
@Test func withoutRedactionTheReportShowsTheInputAndHasNoRedactedKey() {
    var store = MetricsStore()
    store.ingest(events())
    let report = Report(sources: ["app.log"], stats: IngestStats(), store: store)
    #expect(report.json.contains("u-ana-42"))
    #expect(!report.json.contains("\"redacted\""))
    #expect(!report.text.contains("REDACTED"))
}
