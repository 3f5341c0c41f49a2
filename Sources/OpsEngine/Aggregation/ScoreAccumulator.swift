import OpsModel

/// One evaluation metric's scores in a bucket: count, sum, scores below the threshold, a sketch for
/// percentiles and the lowest-scored answers.
package struct ScoreAccumulator: Sendable {
    static let lowestLimit = 5

    package var count = 0
    package var unscored = 0
    package var sum = 0.0
    package var below = 0
    package var sketch = ScoreSketch()
    /// Lowest score first; ties newest first.
    package var lowest: [QualitySummary.Scored] = []

    package init() {}

    package var isEmpty: Bool { count == 0 && unscored == 0 }
    package var mean: Double? { count == 0 ? nil : sum / Double(count) }

    package mutating func add(_ evaluation: Evaluation, threshold: Double?) {
        guard let score = evaluation.score else {
            unscored += 1
            return
        }
        count += 1
        sum += score
        if let threshold, score < threshold { below += 1 }
        sketch.add(score)
        // Where it would go, found before the answer is copied out of the evaluation (most never go in).
        let index = lowest.withUnsafeBufferPointer { list in
            list.firstIndex { Self.ranksBefore(evaluation, score: score, $0) } ?? list.endIndex
        }
        guard index < Self.lowestLimit else { return }
        lowest.insert(
            QualitySummary.Scored(
                traceID: evaluation.traceID, spanID: evaluation.spanID, timeNanos: evaluation.timeNanos, score: score,
                label: evaluation.label, explanation: evaluation.explanation, evaluator: evaluation.evaluator),
            at: index)
        if lowest.count > Self.lowestLimit { lowest.removeLast() }
    }

    package mutating func merge(_ other: ScoreAccumulator) {
        guard !other.isEmpty else { return }
        count += other.count
        unscored += other.unscored
        sum += other.sum
        below += other.below
        sketch.merge(other.sketch)
        for scored in other.lowest { consider(scored) }
    }

    package mutating func reset() {
        // Nothing added since the last reset: already empty.
        guard !isEmpty else { return }
        count = 0
        unscored = 0
        sum = 0
        below = 0
        sketch.reset()
        lowest.removeAll(keepingCapacity: true)
    }

    private mutating func consider(_ scored: QualitySummary.Scored) {
        let index = lowest.firstIndex { Self.ranksBefore(scored, $0) } ?? lowest.endIndex
        guard index < Self.lowestLimit else { return }
        lowest.insert(scored, at: index)
        if lowest.count > Self.lowestLimit { lowest.removeLast() }
    }

    /// Lower score first, then newer, then by trace and span, so any order of adding gives one list.
    static func ranksBefore(_ lhs: QualitySummary.Scored, _ rhs: QualitySummary.Scored) -> Bool {
        if lhs.score != rhs.score { return lhs.score < rhs.score }
        if lhs.timeNanos != rhs.timeNanos { return lhs.timeNanos > rhs.timeNanos }
        return tieRanksBefore(traceID: lhs.traceID, spanID: lhs.spanID, rhs)
    }

    /// ``ranksBefore(_:_:)`` with the left side an evaluation scored `score`, not yet copied into a
    /// ``QualitySummary/Scored`` (its trace and span are read only on a tie).
    static func ranksBefore(_ evaluation: Evaluation, score: Double, _ rhs: QualitySummary.Scored) -> Bool {
        if score != rhs.score { return score < rhs.score }
        if evaluation.timeNanos != rhs.timeNanos { return evaluation.timeNanos > rhs.timeNanos }
        return tieRanksBefore(traceID: evaluation.traceID, spanID: evaluation.spanID, rhs)
    }

    private static func tieRanksBefore(traceID: TraceID?, spanID: SpanID?, _ rhs: QualitySummary.Scored) -> Bool {
        let left = (traceID.map { "\($0)" } ?? "", spanID.map { "\($0)" } ?? "")
        let right = (rhs.traceID.map { "\($0)" } ?? "", rhs.spanID.map { "\($0)" } ?? "")
        return left < right
    }
}
