import Testing
@testable import OpsModel
@testable import OpsEngine
import OpsTestSupport

/// The lowest-scored answers kept while adding equal the first few of every scored answer sorted
/// by the same rule (ties on score and time included).
@Test(arguments: [UInt64(31), 32, 33])
func lowestAnswersEqualTheSortedPrefix(seed: UInt64) {
    var generator = TestRandom(seed: seed)
    var accumulator = ScoreAccumulator()
    var all: [QualitySummary.Scored] = []
    for index in 0..<3_000 {
        let score = Double(Int.random(in: 0...20, using: &generator)) / 20
        let time = Int64.random(in: 0...40, using: &generator)
        let trace: TraceID? = index % 9 == 0 ? nil : .synthetic(UInt64.random(in: 0...50, using: &generator))
        let evaluation = Evaluation(
            timeNanos: time, traceID: trace, spanID: .synthetic(UInt64(index % 4)), name: "faithfulness",
            score: index % 11 == 0 ? nil : score, label: "l\(index)", evaluator: "judge")
        accumulator.add(evaluation, threshold: 0.5)
        guard let scored = evaluation.score else { continue }
        all.append(QualitySummary.Scored(
            traceID: evaluation.traceID, spanID: evaluation.spanID, timeNanos: time, score: scored,
            label: evaluation.label, explanation: evaluation.explanation, evaluator: evaluation.evaluator))
    }
    // A stable sort, so answers equal under the rule keep their order of arrival, as insertion does.
    let expected = all.enumerated().sorted { lhs, rhs in
        if ScoreAccumulator.ranksBefore(lhs.element, rhs.element) { return true }
        if ScoreAccumulator.ranksBefore(rhs.element, lhs.element) { return false }
        return lhs.offset < rhs.offset
    }.prefix(ScoreAccumulator.lowestLimit).map(\.element)
    #expect(accumulator.lowest == Array(expected))
    #expect(accumulator.count == all.count)
}
