import Testing
@testable import OpsModel
@testable import OpsEngine

private func s(_ seconds: Int64) -> Int64 { seconds * 1_000_000_000 }

private let threeAndTen = BreakerInferenceSettings(failureThreshold: 3, cooldownNanos: s(10))

private extension BreakerBoard {
    mutating func fail(_ target: String, at seconds: Int64, kind: TargetKind = .tool) {
        recordOutcome(target: target, kind: kind, failed: true, at: s(seconds))
    }

    mutating func succeed(_ target: String, at seconds: Int64, kind: TargetKind = .tool) {
        recordOutcome(target: target, kind: kind, failed: false, at: s(seconds))
    }

    func states(_ target: String) -> [BreakerState] { status(of: target)?.transitions.map(\.to) ?? [] }
}

struct BreakerBoardTests {
    @Test func defaultsAreFiveFailuresAndThirtySeconds() {
        #expect(BreakerInferenceSettings.default.failureThreshold == 5)
        #expect(BreakerInferenceSettings.default.cooldownNanos == s(30))
        #expect(BreakerInferenceSettings.default.enabled)
        #expect(BreakerInferenceSettings(failureThreshold: 0, cooldownNanos: -1).failureThreshold == 1)
        #expect(BreakerInferenceSettings(failureThreshold: 0, cooldownNanos: -1).cooldownNanos == 0)
    }

    @Test func firstOutcomeCreatesAClosedInferredBreaker() throws {
        var board = BreakerBoard(settings: threeAndTen)
        board.succeed("search", at: 1)
        let status = try #require(board.status(of: "search"))
        #expect(status == BreakerStatus(target: "search", kind: .tool, state: .closed, since: s(1), source: .inferred))
    }

    @Test func closedOpensAtTheThresholdthFailure() throws {
        var board = BreakerBoard(settings: threeAndTen)
        board.fail("search", at: 1)
        board.fail("search", at: 2)
        #expect(board.status(of: "search")?.state == .closed)
        #expect(board.status(of: "search")?.consecutiveFailures == 2)
        board.fail("search", at: 3)
        let status = try #require(board.status(of: "search"))
        #expect(status.state == .open)
        #expect(status.since == s(3))
        #expect(status.openedCount == 1)
        #expect(status.transitions == [
            BreakerTransition(
                timeNanos: s(3), from: .closed, to: .open, reason: "3 consecutive failures", source: .inferred),
        ])
    }

    @Test func aSuccessResetsTheFailureRun() {
        var board = BreakerBoard(settings: threeAndTen)
        for (second, failed) in [(1, true), (2, true), (3, false), (4, true), (5, true)] as [(Int64, Bool)] {
            board.recordOutcome(target: "db", kind: .tool, failed: failed, at: s(second))
        }
        #expect(board.status(of: "db")?.state == .closed)
        #expect(board.status(of: "db")?.consecutiveFailures == 2)
    }

    @Test func openBecomesHalfOpenAtTheExactEndOfTheCooldown() throws {
        var board = BreakerBoard(settings: threeAndTen)
        for second: Int64 in 1...3 { board.fail("search", at: second) }
        board.advance(to: s(13) - 1)
        #expect(board.status(of: "search")?.state == .open)
        board.advance(to: s(50))
        let status = try #require(board.status(of: "search"))
        #expect(status.state == .halfOpen)
        #expect(status.since == s(13))
        #expect(status.transitions.last == BreakerTransition(
            timeNanos: s(13), from: .open, to: .halfOpen, reason: "cooldown elapsed", source: .inferred))
        board.advance(to: s(100))
        #expect(board.status(of: "search")?.transitions.count == 2)
    }

    @Test func halfOpenClosesOnSuccess() throws {
        var board = BreakerBoard(settings: threeAndTen)
        for second: Int64 in 1...3 { board.fail("search", at: second) }
        board.advance(to: s(13))
        board.succeed("search", at: 14)
        let status = try #require(board.status(of: "search"))
        #expect(status.state == .closed)
        #expect(status.since == s(14))
        #expect(status.consecutiveFailures == 0)
        #expect(status.transitions.last?.reason == "trial call succeeded")
    }

    @Test func halfOpenReopensOnFailureAndCoolsDownAgainFromThere() throws {
        var board = BreakerBoard(settings: threeAndTen)
        for second: Int64 in 1...3 { board.fail("search", at: second) }
        board.advance(to: s(13))
        board.fail("search", at: 15)
        var status = try #require(board.status(of: "search"))
        #expect(status.state == .open)
        #expect(status.since == s(15))
        #expect(status.openedCount == 2)
        #expect(status.transitions.last?.reason == "trial call failed")
        board.advance(to: s(24))
        #expect(board.status(of: "search")?.state == .open)
        board.advance(to: s(25))
        status = try #require(board.status(of: "search"))
        #expect(status.state == .halfOpen)
        #expect(status.since == s(25))
    }

    @Test func outcomesWhileOpenCountButDoNotChangeTheState() throws {
        var board = BreakerBoard(settings: threeAndTen)
        for second: Int64 in 1...3 { board.fail("search", at: second) }
        board.fail("search", at: 4)
        #expect(board.status(of: "search")?.consecutiveFailures == 4)
        board.succeed("search", at: 5)
        let status = try #require(board.status(of: "search"))
        #expect(status.state == .open)
        #expect(status.consecutiveFailures == 0)
        #expect(status.openedCount == 1)
    }

    @Test func anOutcomeAfterTheCooldownIsTheTrialCallWithoutAnAdvance() {
        var board = BreakerBoard(settings: threeAndTen)
        for second: Int64 in 1...3 { board.fail("search", at: second) }
        board.succeed("search", at: 100)
        let times = board.status(of: "search")?.transitions.map(\.timeNanos)
        #expect(board.states("search") == [.open, .halfOpen, .closed])
        #expect(times == [s(3), s(13), s(100)])
    }

    @Test func lateOutcomesApplyInArrivalOrderAndNeverStampBeforeTheLastTransition() throws {
        var board = BreakerBoard(settings: threeAndTen)
        board.fail("search", at: 10)
        board.fail("search", at: 11)
        board.fail("search", at: 5)
        let status = try #require(board.status(of: "search"))
        #expect(status.state == .open)
        #expect(status.since == s(10))
        #expect(status.transitions.map(\.timeNanos) == [s(10)])
    }

    @Test func explicitLinesSetTheStateAndStopInference() throws {
        var board = BreakerBoard(settings: threeAndTen)
        board.record(
            BreakerEvent(timeNanos: s(1), target: "openai", targetType: "provider", state: .open, reason: "5xx"))
        board.advance(to: s(100))
        for second: Int64 in 101...110 { board.succeed("openai", at: second, kind: .model) }
        var status = try #require(board.status(of: "openai"))
        #expect(status.state == .open)
        #expect(status.kind == .provider)
        #expect(status.source == .explicit)
        #expect(status.transitions == [
            BreakerTransition(timeNanos: s(1), from: .closed, to: .open, reason: "5xx", source: .explicit),
        ])
        for second: Int64 in 111...120 { board.fail("openai", at: second, kind: .model) }
        board.record(BreakerEvent(timeNanos: s(121), target: "openai", state: .halfOpen))
        board.record(BreakerEvent(timeNanos: s(122), target: "openai", state: .closed))
        status = try #require(board.status(of: "openai"))
        #expect(status.state == .closed)
        #expect(status.consecutiveFailures == 10)
        #expect(status.openedCount == 1)
        #expect(board.states("openai") == [.open, .halfOpen, .closed])
    }

    @Test func explicitLinesRepeatingTheStateAddNoTransition() {
        var board = BreakerBoard(settings: threeAndTen)
        board.record(BreakerEvent(timeNanos: s(1), target: "db", state: .closed))
        board.record(BreakerEvent(timeNanos: s(2), target: "db", state: .open))
        board.record(BreakerEvent(timeNanos: s(3), target: "db", state: .open))
        #expect(board.states("db") == [.open])
        #expect(board.status(of: "db")?.since == s(2))
        #expect(board.status(of: "db")?.kind == .other)
    }

    @Test func explicitLinesTakeOverAnInferredBreakerAndKeepItsFlaggedHistory() throws {
        var board = BreakerBoard(settings: threeAndTen)
        for second: Int64 in 1...3 { board.fail("search", at: second) }
        board.record(
            BreakerEvent(timeNanos: s(5), target: "search", targetType: "tool", state: .closed, reason: "reset"))
        board.advance(to: s(100))
        for second: Int64 in 101...110 { board.fail("search", at: second) }
        let status = try #require(board.status(of: "search"))
        #expect(status.state == .closed)
        #expect(status.source == .explicit)
        #expect(status.transitions.map(\.source) == [.inferred, .explicit])
        #expect(status.transitions.map(\.to) == [.open, .closed])
    }

    @Test func disabledInferenceShowsOnlyExplicitBreakers() {
        var board = BreakerBoard(settings: BreakerInferenceSettings(enabled: false))
        for second: Int64 in 1...10 { board.fail("search", at: second) }
        #expect(board.breakers.isEmpty)
        #expect(board.ignoredRecords == 0)
        board.record(BreakerEvent(timeNanos: s(11), target: "search", state: .open))
        board.fail("search", at: 12)
        #expect(board.breakers.map(\.state) == [.open])
        #expect(board.status(of: "search")?.consecutiveFailures == 1)
    }

    @Test func historyKeepsTheLastTransitionsAndCountsTheRest() throws {
        var board = BreakerBoard(settings: BreakerInferenceSettings(failureThreshold: 1, cooldownNanos: s(1)),
                                 historyLimit: 4)
        // Each cycle: fail (open), wait out the cooldown (half-open), succeed (closed): 3 transitions.
        for cycle: Int64 in 0..<5 {
            board.fail("x", at: cycle * 10)
            board.succeed("x", at: cycle * 10 + 5)
        }
        let status = try #require(board.status(of: "x"))
        #expect(status.transitions.count == 4)
        #expect(status.droppedTransitions == 11)
        #expect(status.openedCount == 5)
        #expect(status.transitions.map(\.to) == [.closed, .open, .halfOpen, .closed])
        #expect(status.transitions.first?.timeNanos == s(35))
    }

    @Test func targetsBeyondTheLimitAreIgnoredAndCounted() {
        var board = BreakerBoard(settings: threeAndTen, targetLimit: 2)
        board.fail("a", at: 1)
        board.fail("b", at: 1)
        board.fail("c", at: 1)
        board.record(BreakerEvent(timeNanos: s(2), target: "d", state: .open))
        board.fail("a", at: 2)
        #expect(board.breakers.map(\.target) == ["a", "b"])
        #expect(board.ignoredRecords == 2)
        #expect(board.status(of: "a")?.consecutiveFailures == 2)
    }

    @Test func opensAreCountedWithinAWindow() {
        var board = BreakerBoard(settings: BreakerInferenceSettings(failureThreshold: 1, cooldownNanos: s(1)))
        for second: Int64 in [10, 20, 30] {
            board.fail("a", at: second)
            board.succeed("a", at: second + 2)
        }
        board.fail("b", at: 25)
        #expect(board.status(of: "a")?.opens(in: s(15)...s(30)) == 2)
        #expect(board.opens(in: s(15)...s(30)) == 3)
        #expect(board.opens(in: s(0)...s(9)) == 0)
        #expect(board.opens(in: s(10)...s(10)) == 1)
    }

    @Test func breakersAreListedByTargetName() {
        var board = BreakerBoard()
        for name in ["zeta", "alpha", "mid"] { board.succeed(name, at: 1) }
        #expect(board.breakers.map(\.target) == ["alpha", "mid", "zeta"])
    }

    @Test func cooldownNearTheEndOfTimeDoesNotOverflow() {
        var board = BreakerBoard(settings: BreakerInferenceSettings(failureThreshold: 1, cooldownNanos: s(30)))
        board.recordOutcome(target: "a", kind: .tool, failed: true, at: .max - 5)
        board.advance(to: .max - 1)
        #expect(board.status(of: "a")?.state == .open)
        board.advance(to: .max)
        #expect(board.status(of: "a")?.state == .halfOpen)
    }
}
