import OpsModel

/// Scores other tools record about answers, read as evaluations: LangSmith feedback and Langfuse scores.
///
/// **LangSmith feedback** (`client.create_feedback(...)` posts it to `/feedback`, or as `feedback.<id>` parts of
/// `/runs/multipart`): `key` is the metric, `score` (a number or a bool) the score, `value` a label when it is
/// text (a score when it is a number and `score` is absent), `comment` the explanation, `trace_id` the trace,
/// `run_id` the evaluated run (its span id), `created_at` the time.
///
/// **Langfuse scores** (`langfuse.create_score(...)`, `score_current_trace`, `score_current_span`; the v5 SDK
/// posts lists to `/api/public/scores`, older SDKs `score-create` events to `/api/public/ingestion`): `name`,
/// `value` (a number; text for categorical scores), `stringValue`, `comment`, `traceId`, `observationId`,
/// `timestamp`.
///
/// A record without a name, or with neither a score nor a label, is a problem; text is bounded as for
/// OTel evaluations (``EvaluationText``). `now` stands in for a record without a time.
enum ForeignEvaluation {
    static func langSmithFeedback(_ record: ForeignJSON, now: Int64) throws(ForeignProblem) -> Evaluation {
        guard let name = EvaluationText.name(try record.label("key")) else { throw ForeignProblem("feedback without key") }
        var score = try number(record, "score")
        var label: String?
        switch record["value"] {
        case let .string(text)?: label = EvaluationText.name(text)
        case let .number(number)?: score = score ?? EvaluationText.score(number.double)
        case let .bool(flag)?: score = score ?? (flag ? 1 : 0)
        default: break
        }
        guard score != nil || label != nil else { throw ForeignProblem("feedback '\(name)' has neither a score nor a value") }
        let time = ForeignJSON.first(try record.isoTime("created_at"), try record.isoTime("modified_at")) ?? now
        return Evaluation(
            timeNanos: time, traceID: try record.label("trace_id").map(ForeignIDs.traceID),
            spanID: try record.label("run_id").map(ForeignIDs.spanID), name: name, score: score, label: label,
            explanation: EvaluationText.explanation(try record.string("comment")), evaluator: "langsmith")
    }

    static func langfuseScore(_ record: ForeignJSON, now: Int64) throws(ForeignProblem) -> Evaluation {
        guard let name = EvaluationText.name(try record.string("name")) else { throw ForeignProblem("score without name") }
        var score: Double?
        var label = EvaluationText.name(try record.string("stringValue"))
        switch record["value"] {
        case let .number(number)?:
            guard let value = EvaluationText.score(number.double) else { throw ForeignProblem("value is out of range") }
            score = value
        case let .string(text)?: label = label ?? EvaluationText.name(text)
        case let .bool(flag)?: score = flag ? 1 : 0
        case nil: break
        default: throw ForeignProblem("value must be a number or text")
        }
        guard score != nil || label != nil else { throw ForeignProblem("score '\(name)' has no value") }
        return Evaluation(
            timeNanos: try record.isoTime("timestamp") ?? now,
            traceID: try record.string("traceId").map(ForeignIDs.traceID),
            spanID: try record.string("observationId").map(ForeignIDs.spanID), name: name, score: score, label: label,
            explanation: EvaluationText.explanation(try record.string("comment")), evaluator: "langfuse")
    }

    /// A score given as a number or a bool; out-of-range numbers are a problem.
    private static func number(_ record: ForeignJSON, _ key: String) throws(ForeignProblem) -> Double? {
        switch record[key] {
        case nil: return nil
        case let .bool(flag)?: return flag ? 1 : 0
        case let .number(number)?:
            guard let value = EvaluationText.score(number.double) else { throw ForeignProblem("\(key) is out of range") }
            return value
        default: throw ForeignProblem("\(key) must be a number")
        }
    }
}
