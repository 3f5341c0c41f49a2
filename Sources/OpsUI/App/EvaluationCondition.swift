import OpsModel

/// One `eval:` condition of a filter: a metric, and optionally a bound its score must hold.
package struct EvaluationCondition: Sendable, Hashable {
    package enum Comparison: String, Sendable, Hashable, CaseIterable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    /// The metric's name as typed (compared ignoring case).
    package var metric: String
    /// nil: any score or label of the metric will do.
    package var comparison: Comparison?
    package var value: Double

    package init(metric: String, comparison: Comparison? = nil, value: Double = 0) {
        self.metric = metric
        self.comparison = comparison
        self.value = value
    }

    /// Whether `evaluation` is of this metric and, when a bound is given, has a score within it.
    package func holds(for evaluation: Evaluation) -> Bool {
        guard TraceFilter.equalIgnoringCase(evaluation.name, metric) else { return false }
        guard let comparison else { return true }
        guard let score = evaluation.score, score.isFinite else { return false }
        switch comparison {
        case .less: return score < value
        case .lessOrEqual: return score <= value
        case .greater: return score > value
        case .greaterOrEqual: return score >= value
        }
    }

    /// Reads `faithfulness`, `faithfulness<0.9`, `answer_relevancy>=0.85`; nil when it cannot.
    package static func parse(_ text: String) -> EvaluationCondition? {
        guard let index = text.firstIndex(where: { $0 == "<" || $0 == ">" }) else {
            return text.isEmpty ? nil : EvaluationCondition(metric: text)
        }
        let metric = String(text[..<index])
        var rest = text[index...]
        let symbol: String
        if rest.hasPrefix("<=") || rest.hasPrefix(">=") { symbol = String(rest.prefix(2)) } else { symbol = String(rest.prefix(1)) }
        rest = rest.dropFirst(symbol.count)
        guard !metric.isEmpty, let comparison = Comparison(rawValue: symbol), let value = Double(rest), value.isFinite
        else { return nil }
        return EvaluationCondition(metric: metric, comparison: comparison, value: value)
    }
}
