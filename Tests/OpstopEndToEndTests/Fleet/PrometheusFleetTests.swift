import Foundation
import XCTest

private func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }

private func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

/// `opstop report|snapshot --prometheus` against Debian's Prometheus scraping two replicas of `fleet_app.py`.
///
/// Replica a: 600 LLM calls (30 failed), $1.75; replica b: 400 calls (20 failed), $1.00. Fleet cumulative LLM
/// buckets: 0.08 → 50, 0.16 → 650, 0.64 → 900, 1.28 → 960, 5.12 → 1000.
final class PrometheusFleetTests: XCTestCase {
    private var fleet: PrometheusFleet?

    override func tearDown() {
        fleet?.stop()
        fleet = nil
    }

    private func startRecordedFleet() throws -> PrometheusFleet {
        let fleet = try PrometheusFleet()
        self.fleet = fleet
        try fleet.start(python: try TestPeers.python(), prometheusBinary: try TestPeers.prometheus())
        // Let Prometheus see every series at zero first, so rates over the window start from there.
        try fleet.waitUntil(seconds: 20, "a scrape of the zero series") {
            try fleet.value("count(gen_ai_client_operation_duration_seconds_count)") == 6
        }
        try fleet.record("a")
        try fleet.record("b")
        try fleet.waitUntil(seconds: 20, "both replicas' observations scraped") {
            try fleet.value("sum(gen_ai_client_operation_duration_seconds_count)") == 1000
                && fleet.value("sum(litellm_spend_metric_total)") == 2.75
        }
        return fleet
    }

    private func report(_ arguments: [String]) throws -> [String: Any] {
        let result = try OpstopBinary.run(["report", "--json"] + arguments)
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)")
        return object(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
    }

    func testReportGivesTheFleetTotalsAndP95AndMatchNarrowsToOneReplica() throws {
        let fleet = try startRecordedFleet()
        // Window "all": counters and cumulative buckets as they stand, so every figure is exact.
        let json = try report(["--prometheus", fleet.baseURL])
        XCTAssertEqual(object(json["source"])["files"] as? [String], [fleet.baseURL])
        let cost = object(json["cost"])
        XCTAssertEqual(number(cost["total_usd"]), 2.75)
        XCTAssertEqual(number(object(cost["by_model"])["claude-3-5-haiku"]), 2.0)
        XCTAssertEqual(number(object(cost["by_model"])["gpt-4o-mini"]), 0.75)
        let errors = object(json["errors"])
        XCTAssertEqual(number(errors["total"]), 50)
        XCTAssertEqual(number(errors["requests"]), 1000)
        XCTAssertEqual(number(errors["rate"]), 0.05)
        XCTAssertEqual(number(object(errors["by_type"])["RateLimitError"]), 30)
        XCTAssertEqual(number(object(errors["by_type"])["Timeout"]), 20)
        let llm = object(object(json["latency_ms"])["llm"])
        XCTAssertEqual(number(llm["count"]), 1000)
        // p95: rank 950 in (0.64, 1.28] holding 60 → 0.64 + 0.64 × 50/60 s; p50: rank 500 in (0.08, 0.16] → 0.14 s.
        XCTAssertEqual(number(llm["p95"]) ?? 0, (0.64 + 0.64 * 50 / 60) * 1000, accuracy: 1e-9)
        XCTAssertEqual(number(llm["p50"]) ?? 0, 140, accuracy: 1e-9)
        XCTAssertEqual(number(llm["p99"]) ?? 0, 4480, accuracy: 1e-9)
        XCTAssertTrue(llm["max"] is NSNull, "a histogram has no maximum")
        let ownP95 = try fleet.value(
            "histogram_quantile(0.95, sum by (le) (gen_ai_client_operation_duration_seconds_bucket))")
        XCTAssertEqual(number(llm["p95"]) ?? 0, ownP95 * 1000, accuracy: 1e-9)
        let tool = object(object(json["latency_ms"])["tool"])
        XCTAssertEqual(number(tool["count"]), 200)
        XCTAssertEqual(number(tool["p95"]) ?? 0, 280, accuracy: 1e-9)
        let tokens = object(json["tokens"])
        XCTAssertEqual(number(tokens["input"]), 100_000)
        XCTAssertEqual(number(tokens["output"]), 10_000)
        let breakers = json["breakers"] as? [[String: Any]] ?? []
        let portA = fleet.replicas["a"]?.port ?? 0
        XCTAssertEqual(
            breakers.first?["target"] as? String, "claude-3-5-haiku · deployment deploy-claude-3-5-haiku @ 127.0.0.1:\(portA)")
        XCTAssertEqual(breakers.first?["state"] as? String, "open")
        XCTAssertEqual(breakers.filter { $0["state"] as? String == "closed" }.count, 3)
        XCTAssertTrue(json["alerts"] is NSNull, "alerts are not something a Prometheus server reports")

        // --match narrows every query to replica a: 600 calls, 30 failed, $1.75, p95 0.64 + 0.64 × 30/40 s.
        let a = try report(["--prometheus", fleet.baseURL, "--match", #"{replica="a"}"#])
        XCTAssertEqual(number(object(a["cost"])["total_usd"]), 1.75)
        XCTAssertEqual(number(object(a["errors"])["total"]), 30)
        XCTAssertEqual(number(object(a["errors"])["requests"]), 600)
        let aLLM = object(object(a["latency_ms"])["llm"])
        XCTAssertEqual(number(aLLM["count"]), 600)
        XCTAssertEqual(number(aLLM["p95"]) ?? 0, 1120, accuracy: 1e-9)
        XCTAssertEqual((a["breakers"] as? [[String: Any]])?.count, 2)

        // A 1m window: rates over the last minute, evaluated at one instant by opstop and by the test alike,
        // late enough that the window holds a scrape after the observations.
        usleep(2_500_000)
        let instant = (Date().timeIntervalSince1970 - 1).rounded(.down)
        let at = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: instant))
        let windowed = try report(["--prometheus", fleet.baseURL, "--window", "1m", "--at", at])
        let expected = try fleet.value(
            "histogram_quantile(0.95, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket[1m])))",
            time: instant)
        let windowedLLM = object(object(windowed["latency_ms"])["llm"])
        XCTAssertEqual(number(windowedLLM["p95"]) ?? 0, expected * 1000, accuracy: 1e-6)
        // Extrapolation weighs the replicas by when each was scraped (1173 ms by hand for equal weights;
        // 1192 ms seen on a busy machine): the p95 stays in the bucket worked out by hand, (0.64, 1.28].
        XCTAssertGreaterThan(number(windowedLLM["p95"]) ?? 0, 640)
        XCTAssertLessThanOrEqual(number(windowedLLM["p95"]) ?? 0, 1280)
        let calls = try fleet.value("sum(increase(gen_ai_client_operation_duration_seconds_count[1m]))", time: instant)
        XCTAssertEqual(number(windowedLLM["count"]), calls.rounded())
        // Burn: each series' increase (resets counted) over the time its samples cover, not over the whole minute.
        var costRate = 0.0
        for series in try fleet.samples("litellm_spend_metric_total[1m]", time: instant) {
            guard let first = series.first, let last = series.last, last.time > first.time else { continue }
            let increase = zip(series, series.dropFirst()).reduce(0.0) { sum, pair in
                sum + (pair.1.value >= pair.0.value ? pair.1.value - pair.0.value : pair.1.value)
            }
            costRate += increase / (last.time - first.time)
        }
        XCTAssertEqual(number(object(windowed["cost"])["burn_usd_per_hour_1m"]) ?? 0, costRate * 3600, accuracy: 1e-6)

        // The text report: one evaluation of the server's figures, not lines and spans.
        let text = try OpstopBinary.run(["report", "--prometheus", fleet.baseURL])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("opstop report — \(fleet.baseURL)\n  as of "), text.stdout)
        XCTAssertTrue(text.stdout.contains(", window all\n"), text.stdout)
        XCTAssertFalse(text.stdout.contains(" lines, "), text.stdout)

        // The same figures on a snapshot frame.
        let frame = try OpstopBinary.run([
            "snapshot", "--prometheus", fleet.baseURL, "--window", "all", "--size", "120x40",
        ])
        XCTAssertEqual(frame.status, 0, frame.stderr)
        XCTAssertTrue(frame.stdout.contains("claude-3-5-haiku"), frame.stdout)
        XCTAssertTrue(frame.stdout.contains("RateLimitError"), frame.stdout)
    }

    func testABadMatchAndAMissingTokenAreOneLineErrors() throws {
        let badMatch = try OpstopBinary.run([
            "report", "--prometheus", "http://127.0.0.1:9", "--match", "up{job=\"a\"}",
        ])
        XCTAssertEqual(badMatch.status, 64)
        XCTAssertTrue(badMatch.stderr.contains("--match: give only label matchers in braces"), badMatch.stderr)
        let noToken = try OpstopBinary.run(
            ["report", "--prometheus", "http://127.0.0.1:9", "--prometheus-token-env", "OPSTOP_NO_SUCH_TOKEN"])
        XCTAssertEqual(noToken.status, 2)
        XCTAssertEqual(
            noToken.stderr,
            "opstop: --prometheus-token-env: the environment variable OPSTOP_NO_SUCH_TOKEN is not set or empty\n")
    }

    func testAStoppedServerIsAOneLineErrorForReportAndStaleOnTheScreen() throws {
        let fleet = try startRecordedFleet()
        let tmux = try Tmux(
            command: "\(OpstopBinary.path) --prometheus \(fleet.baseURL) --interval 1s --window all --timeout 2s")
        var screen = try tmux.waitFor(seconds: 20) { $0.contains("claude-3-5-haiku") && $0.contains("live") }
        XCTAssertTrue(screen.contains("claude-3-5-haiku"), screen)
        XCTAssertTrue(screen.contains("prometheus 127.0.0.1:\(fleet.port)"), screen)
        // Enter on the costliest model (the cost panel has the focus) narrows every query to it; Esc widens again.
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "narrowed to model claude-3-5-haiku")
        XCTAssertTrue(screen.contains("narrowed to model claude-3-5-haiku"), screen)
        // claude-3-5-haiku never failed (errors empty); the tool histogram has no model label and stays whole.
        screen = try tmux.waitFor { $0.contains("only model claude-3-5-haiku") && !$0.contains("RateLimitError") }
        XCTAssertTrue(screen.contains("only model claude-3-5-haiku") && !screen.contains("RateLimitError"), screen)
        XCTAssertTrue(screen.contains("0 of 100"), "claude's 100 calls, none failed:\n\(screen)")
        try tmux.send("Escape")
        screen = try tmux.waitFor(text: "the whole fleet again")
        XCTAssertTrue(screen.contains("the whole fleet again"), screen)
        screen = try tmux.waitFor { $0.contains("RateLimitError") && $0.contains("50 of 1,000") }
        XCTAssertTrue(screen.contains("RateLimitError") && screen.contains("50 of 1,000"), screen)
        fleet.stopPrometheus()
        screen = try tmux.waitFor(seconds: 20) { $0.contains("STALE") }
        XCTAssertTrue(screen.contains("STALE"), screen)
        XCTAssertTrue(screen.contains("refused"), "no reason on screen:\n\(screen)")
        // The last good figures stay on screen, and keys still work.
        XCTAssertTrue(screen.contains("claude-3-5-haiku"), screen)
        try tmux.send("q")

        let report = try OpstopBinary.run(["report", "--prometheus", fleet.baseURL])
        XCTAssertEqual(report.status, 2)
        XCTAssertEqual(
            report.stderr,
            "opstop: prometheus 127.0.0.1:\(fleet.port): connection refused by 127.0.0.1:\(fleet.port) — check --prometheus points at a Prometheus server\n"
        )
    }
}
