import OpsModel

/// The limits every producer's evaluation passes through: names, labels and explanations are cut to a
/// bounded length, and a score must be a finite number of sensible size.
enum EvaluationText {
    /// Longest metric name, label and evaluator kept (in characters).
    static let maxNameCharacters = 128
    /// Longest explanation kept (in characters); the span view shows a few lines of it.
    static let maxExplanationCharacters = 4_096
    /// Largest score magnitude read; anything larger is a broken producer, not a score.
    static let maxScoreMagnitude = 1e9

    /// Text cut to `limit` characters; nil for empty text.
    static func bounded(_ text: String?, limit: Int) -> String? {
        guard let text, !text.isEmpty else { return nil }
        guard text.count > limit else { return text }
        return String(text.prefix(limit))
    }

    static func name(_ text: String?) -> String? { bounded(text, limit: maxNameCharacters) }
    static func explanation(_ text: String?) -> String? { bounded(text, limit: maxExplanationCharacters) }

    /// A score from a number; nil for NaN, infinities and magnitudes over ``maxScoreMagnitude``.
    static func score(_ value: Double?) -> Double? {
        guard let value, value.isFinite, abs(value) <= maxScoreMagnitude else { return nil }
        return value
    }

    /// A score from decimal text (`"0.82"`); nil for anything else.
    static func score(text: String) -> Double? {
        guard text.utf8.count <= 64 else { return nil }
        return score(Double(text.trimmingCharacters(in: " ")))
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        var text = Substring(self)
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return text
    }
}

/// The fields of one OTel `gen_ai.evaluation.result` event (a span event or a log record), gathered from its
/// attributes: `gen_ai.evaluation.name` (required), `gen_ai.evaluation.score.value`,
/// `gen_ai.evaluation.score.label`, `gen_ai.evaluation.explanation`.
struct OTLPEvaluationFields: Sendable {
    static let eventName = "gen_ai.evaluation.result"

    var name: String?
    var score: Double?
    var label: String?
    var explanation: String?
    var evaluator: String?

    /// Reads the attributes of one event; other keys are ignored.
    init(_ attributes: [OTLPKeyValue]) {
        for pair in attributes { read(pair) }
    }

    mutating func read(_ pair: OTLPKeyValue) {
        switch pair.key {
        case "gen_ai.evaluation.name": name = EvaluationText.name(pair.value.text)
        case "gen_ai.evaluation.score.value": score = Self.score(pair.value)
        case "gen_ai.evaluation.score.label": label = EvaluationText.name(pair.value.text)
        case "gen_ai.evaluation.explanation": explanation = EvaluationText.explanation(pair.value.text)
        default: break
        }
    }

    /// A score stated as a double, an int or decimal text; nil for anything else.
    static func score(_ value: OTLPAnyValue) -> Double? {
        switch value {
        case let .double(double): return EvaluationText.score(double)
        case let .int(int): return EvaluationText.score(Double(int))
        case let .string(text): return EvaluationText.score(text: text)
        case let .bool(flag): return flag ? 1 : 0
        default: return nil
        }
    }

    /// Why this event cannot be an evaluation; nil when it can.
    var problem: String? {
        if name == nil { return "evaluation without gen_ai.evaluation.name" }
        if score == nil, label == nil { return "evaluation '\(name ?? "")' has neither a score value nor a label" }
        return nil
    }

    func evaluation(timeNanos: Int64, traceID: TraceID?, spanID: SpanID?) -> Evaluation? {
        guard problem == nil, let name else { return nil }
        return Evaluation(timeNanos: timeNanos, traceID: traceID, spanID: spanID, name: name, score: score,
                          label: label, explanation: explanation, evaluator: evaluator)
    }
}
