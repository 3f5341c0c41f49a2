import Testing
@testable import OpsModel
@testable import OpsEngine
import OpsTestSupport

/// Outcomes of many targets (more than the board remembers positions for), with new targets and breaker
/// lines arriving in between, each land on their own target: the counts equal a plain tally per target.
@Test(arguments: [UInt64(21), 22])
func outcomesLandOnTheirTargetWhateverArrivesBetween(seed: UInt64) {
    var generator = TestRandom(seed: seed)
    let settings = BreakerInferenceSettings(enabled: true, failureThreshold: 1_000_000)
    var board = BreakerBoard(settings: settings)
    var consecutive: [String: Int] = [:]
    var explicit: Set<String> = []
    for step in 0..<5_000 {
        // Long names, so two spellings are two heap strings (short ones are stored in the string itself).
        let target = "a-rather-long-target-name-\(Int.random(in: 0..<40, using: &generator))"
        let time = Int64(step)
        if Int.random(in: 0..<50, using: &generator) == 0 {
            board.record(BreakerEvent(timeNanos: time, target: target, targetType: "tool", state: .closed))
            explicit.insert(target)
            consecutive[target] = consecutive[target] ?? 0
            continue
        }
        let failed = Bool.random(using: &generator)
        // Built from pieces, so the same name arrives as different strings and as the same one.
        let name = step % 2 == 0 ? target : String(target.utf8.map { Character(UnicodeScalar($0)) })
        board.recordOutcome(target: name, kind: .tool, failed: failed, at: time)
        consecutive[target] = failed ? (consecutive[target] ?? 0) + 1 : 0
    }
    #expect(board.breakers.count == consecutive.count)
    for status in board.breakers {
        #expect(status.consecutiveFailures == consecutive[status.target], "\(status.target)")
        #expect((status.source == .explicit) == explicit.contains(status.target))
    }
}
