/// A metric family as a fleet view uses it: its name on the server, the panel it feeds, and its labels.
public struct FleetFamily: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        /// A counter of USD spent.
        case cost
        /// A histogram of durations in seconds for one component.
        case latency(Component)
        /// A counter of input or output tokens.
        case inputTokens, outputTokens
        /// A counter of failed requests, typed by ``FleetFamily/errorLabels``.
        case errors
        /// A gauge of breaker state per target: 0 closed, 1 half-open (degraded), 2 open.
        case breakerState
    }

    /// As the server stores it: counters with `_total`, histograms without `_bucket`.
    public var name: String
    public var role: Role
    /// The label naming the model, if the family has one.
    public var modelLabel: String?
    /// Labels that name the error type, most specific first (for a latency family: set only on failed calls).
    public var errorLabels: [String]
    /// The label naming a breaker's target.
    public var targetLabel: String?

    public init(name: String, role: Role, modelLabel: String? = nil, errorLabels: [String] = [], targetLabel: String? = nil) {
        self.name = name
        self.role = role
        self.modelLabel = modelLabel
        self.errorLabels = errorLabels
        self.targetLabel = targetLabel
    }

    /// The series name that shows whether the server has this family (`_bucket` for a histogram).
    public var probeName: String {
        if case .latency = role { return name + "_bucket" }
        return name
    }
}
