import Foundation
import XCTest

/// The fleet harness itself: Prometheus scrapes both replicas and sums what the test recorded.
final class PrometheusHarnessTests: XCTestCase {
    func testPrometheusSumsTheTwoReplicasRecordedObservations() throws {
        let fleet = try PrometheusFleet()
        defer { fleet.stop() }
        try fleet.start(python: try TestPeers.python(), prometheusBinary: try TestPeers.prometheus())
        try fleet.record("a")
        try fleet.record("b")
        try fleet.waitUntil(seconds: 20, "both replicas' observations scraped") {
            try fleet.value("sum(gen_ai_client_operation_duration_seconds_count)") == 1000
        }
        XCTAssertEqual(try fleet.value("sum(litellm_spend_metric_total)"), 2.75)
        XCTAssertEqual(try fleet.value(#"sum(gen_ai_client_operation_duration_seconds_count{replica="a"})"#), 600)
        // Cumulative buckets of the fleet: 0.64 → 900, 1.28 → 960; p95 rank 950 → 0.64 + 0.64 × 50/60.
        let p95 = try fleet.value(
            "histogram_quantile(0.95, sum by (le) (gen_ai_client_operation_duration_seconds_bucket))")
        XCTAssertEqual(p95, 0.64 + 0.64 * 50 / 60, accuracy: 1e-12)
    }
}
