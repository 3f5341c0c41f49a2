import Foundation
import XCTest

/// Issue 13's producers, each run from its own SDK: LiteLLM's in-memory cache (hits and `saved_cache_cost`
/// from LiteLLM itself), the OTel SDK's `gen_ai.evaluation.result` events on spans and as OTLP logs, and the
/// Langfuse and LangSmith SDKs posting scores and feedback to the receiver. The truth is what each script
/// handed its SDK or read back from its producer's log; `report --json` must match: counts exact, means and
/// savings within 0.5 %.
final class QualityPeerTests: XCTestCase {
    static let receiveSeconds = 30

    func testLiteLLMCacheHitsAndSavingsComeFromLiteLLMItself() throws {
        _ = try TestPeers.python()
        let directory = try OpstopBinary.temporaryDirectory()
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let usage = directory.appendingPathComponent("usage.jsonl")
        let run = try ProducerScript.run("quality_litellm_cache.py", [ProducerPeerTests.doc("docs/formats.md"), usage.path])
        XCTAssertEqual(run.status, 0, run.stderr.suffix(3000).description)
        let truth = try lastJSON(run.stdout)
        let hits = try XCTUnwrap(truth["hits"] as? Int)
        XCTAssertEqual(truth["payloads"] as? Int, 12, run.stdout)
        XCTAssertEqual(hits, 12 - (truth["distinct"] as? Int ?? 0), "every repeat hits LiteLLM's cache")
        // LiteLLM's own records of the 5 first askings (misses) carry no cache mark at all, as a call without a
        // cache: the lookups it lets anyone count are its hits. Should LiteLLM start marking misses, this fails.
        XCTAssertEqual(truth["unmarked"] as? Int, truth["distinct"] as? Int, run.stdout)
        XCTAssertEqual(truth["lookups"] as? Int, hits, run.stdout)
        let result = try OpstopBinary.run(["report", usage.path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = object(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
        XCTAssertEqual(object(report["source"])["spans"] as? Int, 12)
        let cache = object(report["cache"])
        XCTAssertEqual(cache["lookups"] as? Int, truth["lookups"] as? Int, "\(cache)")
        XCTAssertEqual(cache["hits"] as? Int, hits, "\(cache)")
        try XCTAssertClose(cache["saved_usd"], truth["saved_usd"], "saved_usd")
    }

    func testOTelEvaluationEventsOnSpansAndAsLogsGiveTheQualityFigures() throws {
        let (report, truth) = try receive("quality_otel_evaluations.py")
        XCTAssertEqual(object(report["source"])["spans"] as? Int, 6)
        XCTAssertEqual(object(truth["by_route"])["log"] as? Int, 6, "half of the events went as OTLP logs")
        try checkQuality(report, truth)
    }

    func testLangfuseScoresAndLangSmithFeedbackReachTheReceiver() throws {
        let (report, truth) = try receive("quality_scores.py")
        try checkQuality(report, truth)
    }

    // MARK: - Helpers

    private func receive(_ script: String) throws -> ([String: Any], [String: Any]) {
        _ = try TestPeers.python()
        let receiving = try ReceivingReport(seconds: Self.receiveSeconds)
        let run = try ProducerScript.run(script, ["http://127.0.0.1:\(receiving.port)"],
                                         seconds: Double(Self.receiveSeconds - 3))
        XCTAssertEqual(run.status, 0, "\(script) failed:\n\(run.stderr.suffix(3000))")
        // The peer has flushed its SDK: Ctrl-C reports at once instead of waiting out --for.
        receiving.interrupt()
        let finished = try receiving.finish()
        XCTAssertEqual(finished.status, 0, finished.stderr)
        XCTAssertEqual(object(finished.json["source"])["malformed"] as? Int, 0)
        return (finished.json, try lastJSON(run.stdout))
    }

    /// `quality.<metric>.count` (scores) exact and `.mean` within 0.5 % (null where the metric has only labels).
    private func checkQuality(_ report: [String: Any], _ truth: [String: Any],
                              file: StaticString = #filePath, line: UInt = #line) throws {
        let quality = object(report["quality"])
        let expected = object(truth["metrics"])
        XCTAssertFalse(expected.isEmpty, file: file, line: line)
        for (name, value) in expected {
            let stated = object(value)
            XCTAssertNotNil(quality[name], "\(name) is listed even when only labelled: \(quality.keys)", file: file, line: line)
            let seen = object(quality[name])
            XCTAssertEqual(seen["count"] as? Int, stated["count"] as? Int, "\(name): \(seen)", file: file, line: line)
            if stated["mean"] is NSNull {
                XCTAssertTrue(seen["mean"] == nil || seen["mean"] is NSNull, "\(name): \(seen)", file: file, line: line)
            } else {
                try XCTAssertClose(seen["mean"], stated["mean"], name, file: file, line: line)
            }
        }
    }

    private func lastJSON(_ stdout: String) throws -> [String: Any] {
        object(try JSONSerialization.jsonObject(with: Data((stdout.split(separator: "\n").last ?? "").utf8)))
    }

    private func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }
}

/// Two numbers from JSON within 0.5 % of each other.
func XCTAssertClose(_ seen: Any?, _ expected: Any?, _ what: String,
                    file: StaticString = #filePath, line: UInt = #line) throws {
    let value = try XCTUnwrap((seen as? NSNumber)?.doubleValue, "\(what): \(String(describing: seen))", file: file, line: line)
    let truth = try XCTUnwrap((expected as? NSNumber)?.doubleValue, what, file: file, line: line)
    XCTAssertGreaterThan(truth, 0, what, file: file, line: line)
    XCTAssertLessThanOrEqual(abs(value - truth), truth * 0.005, "\(what): \(value) vs \(truth)", file: file, line: line)
}
