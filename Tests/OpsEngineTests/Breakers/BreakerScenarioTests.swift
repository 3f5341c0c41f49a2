import Testing
@testable import OpsModel
@testable import OpsEngine

/// A scripted incident compared with the transitions worked out by hand.
@Test func scriptedIncidentProducesTheHandWrittenTransitions() {
    let second: Int64 = 1_000_000_000
    var board = BreakerBoard(settings: BreakerInferenceSettings(failureThreshold: 3, cooldownNanos: 30 * second))
    enum Step {
        case ok(String, Int64)
        case fail(String, Int64)
        case line(String, BreakerState, Int64)
        case tick(Int64)
    }
    let script: [Step] = [
        .ok("web_search", 0), .ok("gpt-4o", 1),
        .fail("web_search", 10), .fail("web_search", 11), .ok("gpt-4o", 11), .fail("web_search", 12),  // opens
        .fail("web_search", 20),  // while open: counted, no change
        .tick(41), .tick(42),  // half-open at 42
        .fail("web_search", 50),  // trial fails: open again
        .tick(79), .tick(85),  // half-open at 80
        .ok("web_search", 90),  // trial succeeds: closed
        .fail("gpt-4o", 95), .fail("gpt-4o", 96), .fail("gpt-4o", 97),  // opens
        .line("gpt-4o", .closed, 98),  // the application says otherwise: explicit from now on
        .fail("gpt-4o", 99), .fail("gpt-4o", 100), .fail("gpt-4o", 101), .tick(200),
    ]
    for step in script {
        switch step {
        case let .ok(target, at): board.recordOutcome(target: target, kind: .tool, failed: false, at: at * second)
        case let .fail(target, at): board.recordOutcome(target: target, kind: .tool, failed: true, at: at * second)
        case let .line(target, state, at):
            board.record(BreakerEvent(timeNanos: at * second, target: target, state: state))
        case let .tick(at): board.advance(to: at * second)
        }
    }

    func row(_ transition: BreakerTransition) -> String {
        "\(transition.timeNanos / second) \(transition.from.rawValue)→\(transition.to.rawValue) "
            + "\(transition.source.rawValue): \(transition.reason ?? "-")"
    }
    let webSearch = board.status(of: "web_search")?.transitions.map(row)
    #expect(webSearch == [
        "12 closed→open inferred: 3 consecutive failures",
        "42 open→half_open inferred: cooldown elapsed",
        "50 half_open→open inferred: trial call failed",
        "80 open→half_open inferred: cooldown elapsed",
        "90 half_open→closed inferred: trial call succeeded",
    ])
    let model = board.status(of: "gpt-4o")?.transitions.map(row)
    #expect(model == [
        "97 closed→open inferred: 3 consecutive failures",
        "98 open→closed explicit: -",
    ])
    #expect(board.breakers.map { "\($0.target) \($0.state.rawValue) \($0.consecutiveFailures) \($0.openedCount)" } == [
        "gpt-4o closed 6 1",  // failures run on across the explicit reset: 95–97 and 99–101
        "web_search closed 0 2",
    ])
}
