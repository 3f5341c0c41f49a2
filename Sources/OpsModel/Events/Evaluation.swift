/// One evaluation score of an answer: an OTel `gen_ai.evaluation.result` event, LangSmith feedback,
/// a Langfuse score, an OpenInference evaluation or a native `{"kind":"eval",…}` line.
public struct Evaluation: Sendable, Hashable {
    /// When the score was given (the evaluated span's end when the producer gives no time).
    public var timeNanos: Int64
    /// The evaluated trace and span, when the producer names them.
    public var traceID: TraceID?
    public var spanID: SpanID?
    /// The metric (`faithfulness`, `answer_relevancy`, a LangSmith feedback key, a Langfuse score name).
    public var name: String
    /// The numeric score; nil for a label-only result.
    public var score: Double?
    /// A categorical result (`pass`, `relevant`, a Langfuse categorical value).
    public var label: String?
    /// The evaluator's reasoning, shown in the span view.
    public var explanation: String?
    /// Who scored it (`ragas`, `langsmith`, `langfuse`, an evaluator's name).
    public var evaluator: String?

    public init(
        timeNanos: Int64, traceID: TraceID? = nil, spanID: SpanID? = nil, name: String,
        score: Double? = nil, label: String? = nil, explanation: String? = nil, evaluator: String? = nil
    ) {
        self.timeNanos = timeNanos
        self.traceID = traceID
        self.spanID = spanID
        self.name = name
        self.score = score
        self.label = label
        self.explanation = explanation
        self.evaluator = evaluator
    }
}
