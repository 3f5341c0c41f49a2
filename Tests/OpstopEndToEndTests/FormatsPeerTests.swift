import Foundation
import OpsModel
import OpsEngine
import XCTest

/// Real LiteLLM and LangSmith records, written offline by their own libraries, read by `opstop report` and `snapshot`.
final class FormatsPeerTests: XCTestCase {
    func testLiteLLMPayloadsReportTheirTokensCostsErrorsAndLatencies() throws {
        let log = try writeWithPeer("formats_litellm.py")
        let payloads = try jsonLines(log)
        XCTAssertEqual(payloads.count, 3)
        let report = try reportJSON(log)
        let source = object(report["source"])
        XCTAssertEqual(source["lines"] as? Int, 3)
        XCTAssertEqual(source["spans"] as? Int, 3)
        // The failed attempt and its retry share one trace.
        XCTAssertEqual(source["traces"] as? Int, 2)
        XCTAssertEqual(source["malformed"] as? Int, 0)
        XCTAssertEqual(object(source["formats"])["litellm"] as? Int, 3)
        let tokens = object(report["tokens"])
        XCTAssertEqual(tokens["input"] as? Int, 20)
        XCTAssertEqual(tokens["output"] as? Int, 40)
        // LiteLLM's own response_cost (10 × $0.15 + 20 × $0.60 per 1M for gpt-4o-mini) on both successes.
        let cost = object(report["cost"])
        XCTAssertEqual(try XCTUnwrap(cost["total_usd"] as? Double), 2.7e-5, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(object(cost["by_user"])["u_123"] as? Double), 2.7e-5, accuracy: 1e-12)
        let errors = object(report["errors"])
        XCTAssertEqual(errors["total"] as? Int, 1)
        XCTAssertEqual(object(errors["by_type"])["RateLimitError"] as? Int, 1)
        XCTAssertEqual(object(errors["by_category"])["transient"] as? Int, 1)
        let latency = object(report["latency_ms"])
        XCTAssertEqual(object(latency["llm"])["count"] as? Int, 3)
        XCTAssertEqual(object(latency["query"])["count"] as? Int, 3)
        let longest = payloads.map { (($0["endTime"] as? Double ?? 0) - ($0["startTime"] as? Double ?? 0)) * 1000 }.max()
        XCTAssertEqual(try XCTUnwrap(number(object(latency["llm"])["max"])), try XCTUnwrap(longest), accuracy: 0.01)

        let frame = try OpstopBinary.run(["snapshot", log.path, "--size", "120x40", "--window", "all"])
        XCTAssertEqual(frame.status, 0, frame.stderr)
        XCTAssertTrue(frame.stdout.contains("gpt-4o-mini"), frame.stdout)
        XCTAssertTrue(frame.stdout.contains("RateLimitError"), frame.stdout)
        XCTAssertTrue(frame.stdout.contains("0 malformed"), frame.stdout)
    }

    func testLangSmithBatchesReportTheSpanTree() throws {
        let log = try writeWithPeer("formats_langsmith.py")
        let runs = try jsonLines(log).flatMap { ($0["post"] as? [[String: Any]] ?? []) + ($0["patch"] as? [[String: Any]] ?? []) }
        let report = try reportJSON(log)
        let source = object(report["source"])
        XCTAssertEqual(source["spans"] as? Int, 3)
        XCTAssertEqual(source["traces"] as? Int, 1)
        XCTAssertEqual(source["malformed"] as? Int, 0)
        XCTAssertEqual(source["held_runs"] as? Int, 0)
        XCTAssertEqual(source["rejected_records"] as? Int, 0)
        let tokens = object(report["tokens"])
        XCTAssertEqual(tokens["input"] as? Int, 412)
        XCTAssertEqual(tokens["output"] as? Int, 38)
        XCTAssertEqual(tokens["cached"] as? Int, 256)
        let expectedCost = try XCTUnwrap(PriceTable.builtIn.cost(
            of: TokenUsage(input: 412, output: 38, cacheRead: 256), model: "gpt-4o-mini"))
        XCTAssertEqual(try XCTUnwrap(object(report["cost"])["total_usd"] as? Double), expectedCost, accuracy: 1e-12)
        let latency = object(report["latency_ms"])
        XCTAssertEqual(object(latency["llm"])["count"] as? Int, 1)
        XCTAssertEqual(object(latency["tool"])["count"] as? Int, 1)
        XCTAssertEqual(object(latency["query"])["count"] as? Int, 1)
        let root = try XCTUnwrap(runs.last { $0["name"] as? String == "support_bot" && $0["end_time"] != nil })
        let rootStart = try XCTUnwrap(runs.first { $0["name"] as? String == "support_bot" }?["start_time"] as? String)
        let rootMillis = Double(try XCTUnwrap(RFC3339.parse(root["end_time"] as? String ?? ""))
            - (try XCTUnwrap(RFC3339.parse(rootStart)))) / 1e6
        XCTAssertEqual(try XCTUnwrap(number(object(latency["query"])["max"])), rootMillis, accuracy: 0.01)
        let errors = object(report["errors"])
        XCTAssertEqual(errors["total"] as? Int, 1)
        XCTAssertEqual(object(errors["by_type"])["ConnectionError"] as? Int, 1)

        let traceID = try XCTUnwrap(root["trace_id"] as? String).replacingOccurrences(of: "-", with: "")
        let trace = try OpstopBinary.run(["snapshot", log.path, "--size", "120x40", "--screen", "trace:\(traceID)"])
        XCTAssertEqual(trace.status, 0, trace.stderr)
        for name in ["support_bot", "ChatOpenAI", "cancel_order"] {
            XCTAssertTrue(trace.stdout.contains(name), "trace view lacks \(name):\n\(trace.stdout)")
        }
    }

    func testOTLPLinesOfTheSDKReportTheirTraceAndCountMetricsApart() throws {
        let log = try writeWithPeer("formats_otlp.py")
        let exports = try jsonLines(log)
        let spans = exports.flatMap { export in
            (export["resourceSpans"] as? [[String: Any]] ?? []).flatMap { resource in
                (resource["scopeSpans"] as? [[String: Any]] ?? []).flatMap { $0["spans"] as? [[String: Any]] ?? [] }
            }
        }
        XCTAssertEqual(spans.count, 3)
        let report = try reportJSON(log)
        let source = object(report["source"])
        XCTAssertEqual(source["lines"] as? Int, 4)
        XCTAssertEqual(source["spans"] as? Int, 3)
        XCTAssertEqual(source["traces"] as? Int, 1)
        XCTAssertEqual(source["malformed"] as? Int, 0)
        XCTAssertEqual(source["otlp_metric_lines"] as? Int, 1)
        XCTAssertEqual(object(source["formats"]) as? [String: Int], ["otlp_traces": 3, "otlp_metrics": 1])
        let tokens = object(report["tokens"])
        XCTAssertEqual(tokens["input"] as? Int, 412)
        XCTAssertEqual(tokens["output"] as? Int, 38)
        XCTAssertEqual(tokens["cached"] as? Int, 256)
        let errors = object(report["errors"])
        XCTAssertEqual(object(errors["by_type"])["db_connection_lost"] as? Int, 1)
        XCTAssertEqual(object(errors["by_category"])["system"] as? Int, 1)
        let root = try XCTUnwrap(spans.first { $0["name"] as? String == "invoke_agent support_bot" })
        let rootEnd = try XCTUnwrap(Int64(root["endTimeUnixNano"] as? String ?? ""))
        let rootStart = try XCTUnwrap(Int64(root["startTimeUnixNano"] as? String ?? ""))
        let rootMillis = Double(rootEnd - rootStart) / 1e6
        let latency = object(report["latency_ms"])
        XCTAssertEqual(object(latency["query"])["count"] as? Int, 1)
        XCTAssertEqual(try XCTUnwrap(number(object(latency["query"])["max"])), rootMillis, accuracy: 0.01)

        let traceID = try XCTUnwrap(root["traceId"] as? String)
        let trace = try OpstopBinary.run(["snapshot", log.path, "--size", "120x40", "--screen", "trace:\(traceID)"])
        XCTAssertEqual(trace.status, 0, trace.stderr)
        for name in ["invoke_agent support_bot", "chat gpt-4o-mini", "execute_tool cancel_ord", "db_connection_lo"] {
            XCTAssertTrue(trace.stdout.contains(name), "trace view lacks \(name):\n\(trace.stdout)")
        }
    }

    /// Runs a peer script that writes a JSONL file; skips (or fails in CI) without the Python venv.
    private func writeWithPeer(_ script: String) throws -> URL {
        let python = try TestPeers.python()
        let directory = try OpstopBinary.temporaryDirectory()
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("records.jsonl")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [TestPeers.script(script), output.path]
        var environment = ProcessInfo.processInfo.environment
        environment["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
        environment["LANGSMITH_TRACING"] = "false"
        environment["NO_PROXY"] = "*"
        process.environment = environment
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + 180
        DispatchQueue.global().asyncAfter(deadline: deadline) { if process.isRunning { process.terminate() } }
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(script) failed:\n\(stderr.suffix(2000))")
        return output
    }

    private func reportJSON(_ log: URL) throws -> [String: Any] {
        let result = try OpstopBinary.run(["report", log.path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return object(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
    }

    private func jsonLines(_ file: URL) throws -> [[String: Any]] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map {
            object(try JSONSerialization.jsonObject(with: Data($0.utf8)))
        }
    }

    private func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }

    private func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }
}
