import OpsModel

/// Conditions typed at the `/` prompt: `model:gpt-4o status:error user:u42 tool:lookup_order min:2s refund`.
///
/// Different keys must all hold; repeating a key accepts any of its values. Names compare
/// case-insensitively; free-text terms match part of a trace or span name, a model, a tool or
/// the trace id.
package struct TraceFilter: Sendable, Hashable {
    package enum Status: String, Sendable, Hashable {
        case ok
        case error
    }

    /// The text as typed, for editing it again.
    package var text: String
    package var models: [String]
    package var status: Status?
    package var users: [String]
    package var tools: [String]
    package var minDurationNanos: Int64?
    package var maxDurationNanos: Int64?
    package var errorTypes: [String]
    package var categories: [ErrorCategory]
    package var components: [Component]
    /// Free-text terms, lower-cased.
    package var terms: [String]

    package init(
        text: String = "", models: [String] = [], status: Status? = nil, users: [String] = [], tools: [String] = [],
        minDurationNanos: Int64? = nil, maxDurationNanos: Int64? = nil, errorTypes: [String] = [],
        categories: [ErrorCategory] = [], components: [Component] = [], terms: [String] = []
    ) {
        self.text = text
        self.models = models
        self.status = status
        self.users = users
        self.tools = tools
        self.minDurationNanos = minDurationNanos
        self.maxDurationNanos = maxDurationNanos
        self.errorTypes = errorTypes
        self.categories = categories
        self.components = components
        self.terms = terms
    }

    /// True when it accepts everything.
    package var isEmpty: Bool {
        models.isEmpty && status == nil && users.isEmpty && tools.isEmpty && minDurationNanos == nil
            && maxDurationNanos == nil && errorTypes.isEmpty && categories.isEmpty && components.isEmpty
            && terms.isEmpty
    }
}
