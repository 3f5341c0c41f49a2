import Foundation
import XCTest

/// Real producers — OpenInference, OpenLLMetry, Langfuse, LiteLLM (callback file and otel), LangSmith, each driving the
/// openai client — against a fake OpenAI-compatible provider whose own log is the truth. Their output
/// reaches opstop the way their users send it (the receiver, or the file LiteLLM's callback writes), and
/// the report must match: tokens and counts exact, cost within 0.5 %, error categories exact.
final class ProducerPeerTests: XCTestCase {
    /// Long enough for a producer to import, make its five calls and flush on a loaded machine.
    static let receiveSeconds = 30

    func testOpenInferenceSpansGiveTheProvidersFigures() throws {
        let (report, truth) = try receive("producer_otel.py", ["openinference"], then: [Self.doc("README.md")])
        try check(report, against: truth, spans: 5)
    }

    func testOpenLLMetrySpansGiveTheProvidersFigures() throws {
        let (report, truth) = try receive("producer_otel.py", ["openllmetry"], then: [Self.doc("README.md")])
        try check(report, against: truth, spans: 5)
    }

    func testLangfuseGenerationsGiveTheProvidersFiguresAndTheirFailuresAreTransient() throws {
        let (report, truth) = try receive("producer_langfuse.py", [], then: [Self.doc("README.md")])
        try check(report, against: truth, spans: 5)
        let byType = object(object(report["errors"])["by_type"])
        XCTAssertEqual(byType["HTTP 429"] as? Int, 1)
        XCTAssertEqual(byType["HTTP 500"] as? Int, 1)
    }

    func testLangSmithSDKSendsItsRunsStraightToTheReceiver() throws {
        let (report, truth) = try receive("producer_langsmith.py", [], then: [Self.doc("docs/otlp-receiver.md")])
        // The agent's chain, its tool and the five chat completions.
        try check(report, against: truth, spans: 7)
        let latency = object(report["latency_ms"])
        XCTAssertEqual(object(latency["tool"])["count"] as? Int, 1)
        XCTAssertEqual(object(latency["query"])["count"] as? Int, 1)
        // GET /info and at least one multipart POST: how many POSTs depends on when the SDK's
        // background thread flushes, which a loaded machine changes.
        XCTAssertGreaterThanOrEqual(object(report["source"])["lines"] as? Int ?? 0, 2, "GET /info and a multipart POST")
    }

    /// LiteLLM with the callback of docs/formats.md (the snippet itself is run): its stated costs are the
    /// truth; a call it could not price is priced from opstop's table, and a model neither knows is listed.
    func testLiteLLMPayloadsFromTheDocumentedCallbackGiveTheProvidersFigures() throws {
        let directory = try OpstopBinary.temporaryDirectory()
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let usage = directory.appendingPathComponent("usage.jsonl")
        let providerLog = directory.appendingPathComponent("provider.jsonl")
        let docs = OpstopBinary.packageRoot.appendingPathComponent("docs/formats.md")
        let run = try ProducerScript.run("producer_litellm.py", [docs.path, usage.path, providerLog.path])
        XCTAssertEqual(run.status, 0, run.stderr.suffix(3000).description)
        let stated = object(try JSONSerialization.jsonObject(with: Data((run.stdout.split(separator: "\n").last ?? "").utf8)))
        let costs = (stated["stated_costs"] as? [Double]) ?? []
        XCTAssertEqual(costs.count, 7, run.stdout)
        XCTAssertEqual(stated["debug"] as? [Bool], [false, false, false, false, false, true, true],
                       "LiteLLM prices neither my-finetune-v3 nor gpt-4.5-preview")
        let result = try OpstopBinary.run(["report", usage.path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = object(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
        let truth = try ProviderTruth(log: providerLog)
        // LiteLLM's stated costs, plus the gpt-4.5-preview call opstop prices from its table.
        let tablePriced = try XCTUnwrap(truth.listCostByModel["gpt-4.5-preview"])
        try check(report, against: truth, spans: 7, expectedCost: costs.reduce(0, +) + tablePriced)
        let cost = object(report["cost"])
        XCTAssertEqual(cost["unpriced_models"] as? [String], ["my-finetune-v3"])
        let reported = try XCTUnwrap(cost["table_priced_usd"] as? Double)
        XCTAssertLessThanOrEqual(abs(reported - tablePriced), tablePriced * 0.005, "\(reported) vs \(tablePriced)")
    }

    /// LiteLLM's own `otel` callback states each call's cost (`gen_ai.cost.total_cost`): used as is. With its
    /// default conventions it states no cached or reasoning tokens, so only input and output are compared.
    func testLiteLLMOtelCallbackStatesItsCostAndOpstopUsesIt() throws {
        let (report, truth, stdout) = try receiveWithOutput("producer_litellm_otel.py", [])
        let stated = object(try JSONSerialization.jsonObject(with: Data((stdout.split(separator: "\n").last ?? "").utf8)))
        let costs = (stated["stated_costs"] as? [Double]) ?? []
        XCTAssertEqual(costs.count, truth.ok, stdout)
        try check(report, against: truth, spans: nil, expectedCost: costs.reduce(0, +), detailedTokens: false)
        XCTAssertEqual(object(report["cost"])["table_priced_usd"] as? Double, 0, "every cost was stated")
    }

    // MARK: - Helpers

    /// Runs a producer script against `opstop report --listen`, returning the report and the provider's truth.
    /// A file of the project's docs, whose snippets the producer scripts run as written.
    static func doc(_ path: String) -> String { OpstopBinary.packageRoot.appendingPathComponent(path).path }

    private func receive(
        _ script: String, _ arguments: [String], then trailing: [String] = []
    ) throws -> ([String: Any], ProviderTruth) {
        let (report, truth, _) = try receiveWithOutput(script, arguments, then: trailing)
        return (report, truth)
    }

    private func receiveWithOutput(
        _ script: String, _ arguments: [String], then trailing: [String] = []
    ) throws -> ([String: Any], ProviderTruth, String) {
        _ = try TestPeers.python()
        let directory = try OpstopBinary.temporaryDirectory()
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let providerLog = directory.appendingPathComponent("provider.jsonl")
        let report = try ReceivingReport(seconds: Self.receiveSeconds)
        let run = try ProducerScript.run(
            script, arguments + ["http://127.0.0.1:\(report.port)", providerLog.path] + trailing,
            seconds: Double(Self.receiveSeconds - 3))
        XCTAssertEqual(run.status, 0, "\(script) failed:\n\(run.stderr.suffix(3000))")
        XCTAssertTrue(run.stdout.contains(#""done": true"#), run.stdout)
        // The SDK has flushed (each peer says done after its flush): Ctrl-C reports at once
        // instead of waiting out --for.
        report.interrupt()
        let finished = try report.finish()
        XCTAssertEqual(finished.status, 0, finished.stderr)
        return (finished.json, try ProviderTruth(log: providerLog), run.stdout)
    }

    private func check(
        _ report: [String: Any], against truth: ProviderTruth, spans: Int?, expectedCost: Double? = nil,
        detailedTokens: Bool = true, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        XCTAssertEqual(truth.status429, 1, "the provider's plan", file: file, line: line)
        XCTAssertEqual(truth.status500, 1, "the provider's plan", file: file, line: line)
        let source = object(report["source"])
        if let spans { XCTAssertEqual(source["spans"] as? Int, spans, "\(source)", file: file, line: line) }
        XCTAssertEqual(source["malformed"] as? Int, 0, "\(source)", file: file, line: line)
        XCTAssertEqual(source["rejected_records"] as? Int ?? 0, 0, "\(source)", file: file, line: line)
        let tokens = object(report["tokens"])
        XCTAssertEqual(tokens["input"] as? Int, truth.promptTokens, "input tokens", file: file, line: line)
        XCTAssertEqual(tokens["output"] as? Int, truth.completionTokens, "output tokens", file: file, line: line)
        if detailedTokens {
            XCTAssertEqual(tokens["cached"] as? Int, truth.cachedTokens, "cached tokens", file: file, line: line)
            XCTAssertEqual(tokens["reasoning"] as? Int, truth.reasoningTokens, "reasoning tokens", file: file, line: line)
        }
        XCTAssertEqual(object(object(report["latency_ms"])["llm"])["count"] as? Int, truth.calls, file: file, line: line)
        let errors = object(report["errors"])
        XCTAssertEqual(errors["total"] as? Int, truth.status429 + truth.status500, "\(errors)", file: file, line: line)
        let categories = object(errors["by_category"])
        XCTAssertEqual(categories["transient"] as? Int, truth.status429 + truth.status500, "\(errors)", file: file, line: line)
        XCTAssertEqual(categories["user"] as? Int, 0, file: file, line: line)
        XCTAssertEqual(categories["system"] as? Int, 0, file: file, line: line)
        let expected = expectedCost ?? truth.listCostUSD
        let total = try XCTUnwrap((object(report["cost"])["total_usd"] as? NSNumber)?.doubleValue, file: file, line: line)
        XCTAssertGreaterThan(expected, 0, file: file, line: line)
        XCTAssertLessThanOrEqual(abs(total - expected), expected * 0.005, "cost \(total) vs \(expected)", file: file, line: line)
    }

    private func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }
}
