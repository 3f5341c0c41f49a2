import OpsModel

/// Evaluation scores per metric (faithfulness, answer relevancy, feedback keys) in a snapshot's window.
package struct QualitySummary: Sendable, Hashable {
    /// One evaluated answer, for the drill-down to its trace.
    package struct Scored: Sendable, Hashable {
        package var traceID: TraceID?
        package var spanID: SpanID?
        package var timeNanos: Int64
        package var score: Double
        package var label: String?
        package var explanation: String?
        package var evaluator: String?

        package init(
            traceID: TraceID?, spanID: SpanID?, timeNanos: Int64, score: Double, label: String? = nil,
            explanation: String? = nil, evaluator: String? = nil
        ) {
            self.traceID = traceID
            self.spanID = spanID
            self.timeNanos = timeNanos
            self.score = score
            self.label = label
            self.explanation = explanation
            self.evaluator = evaluator
        }
    }

    package struct Metric: Sendable, Hashable {
        package var name: String
        /// Scored results (label-only results are in ``unscored``).
        package var count: Int
        package var unscored: Int
        package var mean: Double?
        /// The 10th percentile of the scores (exact up to a few thousand scores, else within 1 %).
        package var p10: Double?
        /// From `[quality]` in the config; nil when none is set.
        package var threshold: Double?
        /// Scores strictly below the threshold (0 without a threshold).
        package var belowThreshold: Int
        /// Mean of the earlier and the later half of the window, for a trend arrow; nil when unknown.
        package var earlierHalfMean: Double?
        package var laterHalfMean: Double?
        /// Mean per minute for the last 60 minutes, oldest first; nil for a minute with no scores.
        package var meanPerMinute: [Double?]
        /// The lowest-scored answers in the window, lowest first (bounded).
        package var lowest: [Scored]

        package init(
            name: String, count: Int = 0, unscored: Int = 0, mean: Double? = nil, p10: Double? = nil,
            threshold: Double? = nil, belowThreshold: Int = 0, earlierHalfMean: Double? = nil,
            laterHalfMean: Double? = nil, meanPerMinute: [Double?] = [], lowest: [Scored] = []
        ) {
            self.name = name
            self.count = count
            self.unscored = unscored
            self.mean = mean
            self.p10 = p10
            self.threshold = threshold
            self.belowThreshold = belowThreshold
            self.earlierHalfMean = earlierHalfMean
            self.laterHalfMean = laterHalfMean
            self.meanPerMinute = meanPerMinute
            self.lowest = lowest
        }

        /// Scores below the threshold over all scores; nil without scores or a threshold.
        package var belowShare: Double? {
            count == 0 || threshold == nil ? nil : Double(belowThreshold) / Double(count)
        }
    }

    /// By name.
    package var metrics: [Metric]

    package init(metrics: [Metric] = []) {
        self.metrics = metrics
    }

    package subscript(name: String) -> Metric? { metrics.first { $0.name == name } }
    package var isEmpty: Bool { metrics.isEmpty }
}
