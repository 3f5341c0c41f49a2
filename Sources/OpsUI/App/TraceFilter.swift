import OpsCore

/// Conditions typed at the `/` prompt: `model:gpt-4o status:error user:u42 tool:lookup_order min:2s refund`.
///
/// Different keys must all hold; repeating a key accepts any of its values. Names compare
/// case-insensitively; free-text terms match part of a trace or span name, a model, a tool or
/// the trace id.
public struct TraceFilter: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case ok
        case error
    }

    /// The text as typed, for editing it again.
    public var text: String
    public var models: [String]
    public var status: Status?
    public var users: [String]
    public var tools: [String]
    public var minDurationNanos: Int64?
    public var maxDurationNanos: Int64?
    public var errorTypes: [String]
    public var categories: [ErrorCategory]
    public var components: [Component]
    /// Free-text terms, lower-cased.
    public var terms: [String]

    public init(
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
    public var isEmpty: Bool {
        models.isEmpty && status == nil && users.isEmpty && tools.isEmpty && minDurationNanos == nil
            && maxDurationNanos == nil && errorTypes.isEmpty && categories.isEmpty && components.isEmpty
            && terms.isEmpty
    }
}
