/// Which labels of a family carry what opstop groups by; each list is tried in order, first present wins.
package struct MetricLabels: Sendable, Hashable {
    package var model: [String]
    package var provider: [String]
    package var tool: [String]
    package var errorType: [String]
    /// An HTTP status (`exception_status`); classified by status when no error type is given.
    package var status: [String]
    /// The breaker's or budget's name (`name`, `litellm_model_name`, `team`).
    package var target: [String]
    /// What tells apart breakers of one target (a LiteLLM deployment's `model_id`); see `target(in:)`.
    package var targetDetail: [String] = []
    package var tokenType: [String]
    /// For latency families that cover several components (`component="llm"`).
    package var component: [String]
    /// For request counters that also carry failures: the outcome label and its failure values.
    package var outcome: [String]
    package var failureValues: [String]
    /// For error counters that also count successes (a `status_code` label): values that are not errors.
    package var successValues: [String]
    /// A label stating the error category outright (`transient`, `user`, `system`).
    package var category: [String]
    /// The error type of a family that counts one kind of failure (resilience4j's not-permitted calls).
    package var fixedErrorType: String?

    package init(
        model: [String] = [], provider: [String] = [], tool: [String] = [], errorType: [String] = [],
        status: [String] = [], target: [String] = [], tokenType: [String] = [], component: [String] = [],
        outcome: [String] = [], failureValues: [String] = [], successValues: [String] = [], category: [String] = [],
        fixedErrorType: String? = nil
    ) {
        self.model = model
        self.provider = provider
        self.tool = tool
        self.errorType = errorType
        self.status = status
        self.target = target
        self.tokenType = tokenType
        self.component = component
        self.outcome = outcome
        self.failureValues = failureValues
        self.successValues = successValues
        self.category = category
        self.fixedErrorType = fixedErrorType
    }

    /// The first of `names` that `labels` has (with a non-empty value).
    package static func first(_ names: [String], in labels: [Label]) -> String? {
        for name in names {
            if let value = labels[name], !value.isEmpty { return value }
        }
        return nil
    }
}
