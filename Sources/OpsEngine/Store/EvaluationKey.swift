import OpsModel

/// What makes two evaluations the same one read twice (a log given twice, a producer retrying
/// its POST): the evaluated trace and span, the metric, the evaluator, the time and the result.
/// Two different scores of one metric for one span are two evaluations.
struct EvaluationKey: Hashable, Sendable {
    var traceID: TraceID?
    var spanID: SpanID?
    var name: String
    var evaluator: String?
    var timeNanos: Int64
    /// The score's bits, so that NaN equals itself.
    var scoreBits: UInt64?
    var label: String?

    init(_ evaluation: Evaluation) {
        traceID = evaluation.traceID
        spanID = evaluation.spanID
        name = evaluation.name
        evaluator = evaluation.evaluator
        timeNanos = evaluation.timeNanos
        scoreBits = evaluation.score?.bitPattern
        label = evaluation.label
    }
}
