import Foundation
import XCTest

/// `opstop report URL` and the live screen against real exporters (prometheus_client, the
/// OpenTelemetry Prometheus exporter) and a misbehaving server, all on 127.0.0.1.
final class ScrapeEndToEndTests: XCTestCase {
    private func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }

    private func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

    /// `report URL --for 3s --interval 3s --json`: two scrapes, the peer records batch 2 between them.
    private func reportOverTwoScrapes(_ url: String) throws -> [String: Any] {
        let result = try OpstopBinary.run(["report", url, "--for", "3s", "--interval", "3s", "--json"])
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)")
        return object(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
    }

    private func assertClose(
        _ value: Any?, _ expected: Double, _ what: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let actual = number(value) else {
            return XCTFail("\(what) is \(String(describing: value)), expected \(expected)", file: file, line: line)
        }
        XCTAssertEqual(actual, expected, accuracy: 1e-6 * Swift.max(1, abs(expected)), what, file: file, line: line)
    }

    func testPrometheusClientAppPercentilesAndCountsMatchHistogramQuantileOverTheBatchBetweenScrapes() throws {
        let peer = try PythonPeer(script: "scrape_prometheus_client_app.py", python: TestPeers.python())
        defer { peer.stop() }
        let url = "http://127.0.0.1:\(try peer.port())/metrics"
        let json = try reportOverTwoScrapes(url)
        XCTAssertNotNil(try? peer.wait(for: "batch2", seconds: 1))

        let scrape = object(json["scrape"])
        XCTAssertEqual(scrape["scrapes"] as? Int, 2)
        XCTAssertEqual(scrape["failures"] as? Int, 0)
        // Batch 2's latencies 0.05 0.07 0.2 0.3 0.4 0.8 0.9 2.0 s in buckets 0.1 0.25 0.5 1 2.5 +Inf give
        // cumulative increases 2 3 5 7 8 8; histogram_quantile interpolates:
        // p50 rank 4 → 0.25 + 0.25 × (4−3)/(5−3) = 0.375 s; p90 rank 7.2 → 1 + 1.5 × 0.2 = 1.3 s;
        // p95 rank 7.6 → 1.9 s; p99 rank 7.92 → 2.38 s.
        let latency = object(json["latency_ms"])
        for row in [object(latency["llm"]), object(object(latency["by_model"])["gpt-4o"])] {
            XCTAssertEqual(row["count"] as? Int, 8)
            assertClose(row["p50"], 375, "p50")
            assertClose(row["p90"], 1300, "p90")
            assertClose(row["p95"], 1900, "p95")
            assertClose(row["p99"], 2380, "p99")
            XCTAssertTrue(row["max"] is NSNull, "a histogram has no max")
        }
        let cost = object(json["cost"])
        assertClose(cost["total_usd"], 2.0, "cost over the period")
        assertClose(object(cost["by_model"])["gpt-4o"], 1.5, "gpt-4o cost")
        assertClose(object(cost["by_model"])["claude-3-5-haiku"], 0.5, "claude cost")
        let period = try XCTUnwrap(number(scrape["period_seconds"]))
        assertClose(cost["burn_usd_per_hour"], 2.0 / period * 3600, "burn")
        XCTAssertTrue(cost["today_usd"] is NSNull, "a 3 s scrape cannot know today's spend")
        let tokens = object(json["tokens"])
        XCTAssertEqual(tokens["input"] as? Int, 800)
        XCTAssertEqual(tokens["output"] as? Int, 80)
        let errors = object(json["errors"])
        XCTAssertEqual(errors["total"] as? Int, 3)
        assertClose(errors["requests"], 8, "requests")
        assertClose(errors["rate"], 0.375, "error rate")
        XCTAssertEqual(object(errors["by_category"])["transient"] as? Int, 2)
        XCTAssertEqual(object(errors["by_category"])["user"] as? Int, 1)
        let breakers = json["breakers"] as? [[String: Any]] ?? []
        XCTAssertEqual(breakers.first { $0["target"] as? String == "search" }?["state"] as? String, "open")
        // What a metrics endpoint cannot know is null, not zero.
        XCTAssertTrue(object(json["source"])["spans"] is NSNull)
        XCTAssertTrue(json["alerts"] is NSNull)
        // OpenMetrics was negotiated (with gzip), so the buckets' exemplars of batch 2 came through.
        let first = try peer.wait(for: "scrape")
        XCTAssertTrue((first["content_type"] as? String ?? "").hasPrefix("application/openmetrics-text"), "\(first)")
        XCTAssertEqual(first["content_encoding"] as? String, "gzip")
        let exemplars = latency["exemplars"] as? [[String: Any]] ?? []
        let traces = Set(exemplars.filter { $0["row"] as? String == "llm" }.compactMap { $0["trace_id"] as? String })
        let expected = Set([0x201, 0x202, 0x204, 0x206, 0x207].map { String(format: "%032x", $0) })
        XCTAssertEqual(traces, expected)
    }

    func testOpenTelemetryPrometheusExporterGenAIMetrics() throws {
        let peer = try PythonPeer(script: "scrape_otel_app.py", python: TestPeers.python())
        defer { peer.stop() }
        let json = try reportOverTwoScrapes("http://127.0.0.1:\(try peer.port())/metrics")
        // Batch 2 in the GenAI boundaries (… 0.08 0.16 0.32 0.64 1.28 2.56 …): cumulative 2 at 0.08,
        // 4 at 0.32, 5 at 0.64, 7 at 1.28, 8 at 2.56. p50 rank 4 → 0.16 + 0.16 × 2/2 = 0.32 s;
        // p90 rank 7.2 → 1.28 + 1.28 × 0.2 = 1.536 s; p95 → 2.048 s; p99 → 2.4576 s.
        let latency = object(json["latency_ms"])
        let llm = object(latency["llm"])
        XCTAssertEqual(llm["count"] as? Int, 8)
        assertClose(llm["p50"], 320, "p50")
        assertClose(llm["p90"], 1536, "p90")
        assertClose(llm["p95"], 2048, "p95")
        assertClose(llm["p99"], 2457.6, "p99")
        XCTAssertEqual(object(object(latency["by_model"])["gpt-4o-mini"])["count"] as? Int, 8)
        // Tool: 0.1 and 0.3 s → p50 rank 1 at the top of (0.08, 0.16].
        let tool = object(object(latency["by_tool"])["lookup_order"])
        XCTAssertEqual(tool["count"] as? Int, 2)
        assertClose(tool["p50"], 160, "tool p50")
        // Each observation is a call; error.type marks the two failed ones.
        let errors = object(json["errors"])
        XCTAssertEqual(errors["total"] as? Int, 2)
        XCTAssertEqual(object(errors["by_type"])["rate_limit_exceeded"] as? Int, 2)
        assertClose(errors["requests"], 10, "requests")
        // Six successful calls used 100 input and 20 output tokens each.
        XCTAssertEqual(object(json["tokens"])["input"] as? Int, 600)
        XCTAssertEqual(object(json["tokens"])["output"] as? Int, 120)
        XCTAssertTrue(json["cost"] is NSNull, "the GenAI metrics carry no cost")
    }

    /// Ctrl-C during `report URL --for 60s` scrapes once more at once and reports the period so far:
    /// the peer records batch 2 after the first scrape, so the report holds exactly batch 2.
    func testCtrlCEndsATimedScrapeEarlyAndReportsThePeriodSoFar() throws {
        let peer = try PythonPeer(script: "scrape_prometheus_client_app.py", python: TestPeers.python())
        defer { peer.stop() }
        let url = "http://127.0.0.1:\(try peer.port())/metrics"
        let output = Pipe()
        let process = try OpstopBinary.launch(["report", url, "--for", "60s", "--interval", "30s", "--json"], output: output)
        defer { if process.isRunning { process.terminate() } }
        XCTAssertNotNil(try? peer.wait(for: "batch2", seconds: 20), "the first scrape never came")
        let interrupted = Date()
        process.interrupt()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // Far below the 30 s to the next scheduled scrape (not a timing test: a bound on a hang).
        XCTAssertLessThan(Date().timeIntervalSince(interrupted), 15, "Ctrl-C did not end the collection")
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
        let json = object(try JSONSerialization.jsonObject(with: data))
        let scrape = object(json["scrape"])
        XCTAssertEqual(scrape["scrapes"] as? Int, 2)
        XCTAssertEqual(scrape["failures"] as? Int, 0)
        XCTAssertLessThan(try XCTUnwrap(number(scrape["period_seconds"])), 30)
        XCTAssertEqual(object(json["tokens"])["input"] as? Int, 800)
        XCTAssertEqual(object(json["tokens"])["output"] as? Int, 80)
        assertClose(object(json["cost"])["total_usd"], 2.0, "cost over the period")
    }

    func testEachFaultGivesAClearErrorAndStatus2() throws {
        let peer = try PythonPeer(script: "scrape_faults.py", python: TestPeers.python())
        defer { peer.stop() }
        let ports = try peer.wait(for: "port")
        let port = try XCTUnwrap(ports["port"] as? Int)
        let closed = try XCTUnwrap(ports["closed_port"] as? Int)
        let cases: [(String, String)] = [
            ("http://127.0.0.1:\(closed)/metrics", "connection refused"),
            ("http://127.0.0.1:\(port)/status500", "HTTP 500"),
            ("http://127.0.0.1:\(port)/html", "not metrics: Content-Type text/html"),
            ("http://127.0.0.1:\(port)/huge", "body over 20 MB, not read"),
            ("http://127.0.0.1:\(port)/stall", "timed out after 1s (stalled after"),
            ("http://127.0.0.1:\(port)/hang", "timed out after 1s"),
        ]
        for (url, message) in cases {
            let started = Date()
            let result = try OpstopBinary.run(["report", url, "--for", "0s", "--timeout", "1s"])
            XCTAssertEqual(result.status, 2, url)
            XCTAssertTrue(result.stderr.hasPrefix("opstop: no metrics scraped from \(url): "), result.stderr)
            XCTAssertTrue(result.stderr.contains(message), "\(url): \(result.stderr)")
            XCTAssertLessThan(Date().timeIntervalSince(started), 4, "\(url) took too long")
            XCTAssertEqual(result.stdout, "")
        }
    }

    func testLiveScreenKeepsTheLastFiguresMarkedStaleAndStaysResponsive() throws {
        let peer = try PythonPeer(script: "scrape_faults.py", python: TestPeers.python())
        defer { peer.stop() }
        let port = try peer.port()
        let url = "http://127.0.0.1:\(port)/metrics"
        let tmux = try Tmux(command: "'\(OpstopBinary.path)' \(url) --interval 0.5s --timeout 1s --window all")
        // The cost panel fills once two scrapes are in (the counter grows by $1 a scrape).
        var screen = try tmux.waitFor(seconds: 20) { $0.contains("gpt-4o") && $0.contains("LIVE") }
        XCTAssertTrue(screen.contains("not reported by this source"), "traces panel should say so:\n\(screen)")
        // The server now stalls mid-body: the header says stale, the figures stay.
        _ = try Data(contentsOf: URL(string: "http://127.0.0.1:\(port)/control?mode=stall")!)
        screen = try tmux.waitFor(seconds: 20) { $0.contains("STALE since") }
        XCTAssertTrue(screen.contains("timed out after 1s"), screen)
        XCTAssertTrue(screen.contains("gpt-4o"), "last figures must stay:\n\(screen)")
        // Keys still work while every scrape times out: help opens and closes, then quit.
        try tmux.send("?")
        screen = try tmux.waitFor(seconds: 5) { $0.contains("next panel") }
        try tmux.send("Escape")
        screen = try tmux.waitFor(seconds: 5) { !$0.contains("next panel") && $0.contains("STALE") }
        // Recovery: the server answers again and the header is live again.
        _ = try Data(contentsOf: URL(string: "http://127.0.0.1:\(port)/control?mode=ok")!)
        screen = try tmux.waitFor(seconds: 40) { !$0.contains("STALE") && $0.contains("LIVE") }
        try tmux.send("q")
        _ = try tmux.waitFor(seconds: 10) { $0.contains("opstop-exit-status=0") }
    }
}

extension ScrapeEndToEndTests {
    /// A log holding the trace behind batch 2's slowest exemplar (2.0 s, trace …207), watched with the endpoint.
    func testExemplarDrillDownOpensTheTraceFromALogWatchedAlongside() throws {
        let peer = try PythonPeer(script: "scrape_prometheus_client_app.py", python: TestPeers.python())
        defer { peer.stop() }
        let url = "http://127.0.0.1:\(try peer.port())/metrics"
        let directory = try OpstopBinary.temporaryDirectory()
        let log = directory.appendingPathComponent("app.jsonl")
        let start = Date().addingTimeInterval(-30)
        let formatter = ISO8601DateFormatter()
        let trace = String(format: "%032x", 0x207)
        let lines = [
            #"{"trace_id":"\#(trace)","span_id":"root","ts":"\#(formatter.string(from: start))","duration_ms":2100,"component":"query","name":"slow support query"}"#,
            #"{"trace_id":"\#(trace)","span_id":"llm1","parent_id":"root","ts":"\#(formatter.string(from: start))","duration_ms":2000,"component":"llm","model":"gpt-4o"}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: log, atomically: true, encoding: .utf8)
        let tmux = try Tmux(command: "'\(OpstopBinary.path)' \(url) '\(log.path)' --interval 1s")
        // Two scrapes in: batch 2's latencies (and exemplars) are on the latency panel.
        _ = try tmux.waitFor(seconds: 20) { $0.contains("2.38s") }
        try tmux.send("Tab")
        try tmux.send("Enter")
        var screen = try tmux.waitFor(seconds: 10) { $0.contains("Exemplar traces of llm at or above p95") }
        XCTAssertTrue(screen.contains("slow support query"), "the log's trace should be listed:\n\(screen)")
        try tmux.send("Enter")
        screen = try tmux.waitFor(seconds: 10) { $0.contains("Trace ·") }
        XCTAssertTrue(screen.contains("gpt-4o"), screen)
        try tmux.send("q")
        _ = try tmux.waitFor(seconds: 10) { $0.contains("opstop-exit-status=0") }
    }
}

extension ScrapeEndToEndTests {
    func testSnapshotOfAnEndpointScrapesTwiceAndRendersItsFigures() throws {
        let peer = try PythonPeer(script: "scrape_prometheus_client_app.py", python: TestPeers.python())
        defer { peer.stop() }
        let url = "http://127.0.0.1:\(try peer.port())/metrics"
        let result = try OpstopBinary.run(["snapshot", url, "--interval", "1s", "--size", "120x40"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let screen = result.stdout
        XCTAssertTrue(screen.contains("SNAPSHOT"), screen)
        XCTAssertTrue(screen.contains("claude-3-5-haiku") && screen.contains("$1.50"), screen)
        XCTAssertTrue(screen.contains("375ms") && screen.contains("2.38s"), screen)
        XCTAssertTrue(screen.contains("OPEN search"), screen)
        XCTAssertTrue(screen.contains("— not reported by this source"), screen)
    }
}
