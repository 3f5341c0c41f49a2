/// What part of an LLM application a span measures.
public enum Component: String, Sendable, CaseIterable, Hashable, Codable {
    case llm
    case tool
    case query
    case retrieval
    /// A semantic-cache lookup in front of the model.
    case cache
    /// A guardrail or the application's own rate limiter.
    case guardrail
    case other

    /// Spelled out so other targets inline it (the engine compares components per span).
    @inlinable public static func == (lhs: Component, rhs: Component) -> Bool {
        switch (lhs, rhs) {
        case (.llm, .llm), (.tool, .tool), (.query, .query), (.retrieval, .retrieval), (.cache, .cache),
             (.guardrail, .guardrail), (.other, .other):
            return true
        default: return false
        }
    }

    /// Maps an OTel `gen_ai.operation.name` to a component; nil for names it does not know.
    @inlinable public init?(operationName: String) {
        switch operationName {
        case "chat", "text_completion", "generate_content", "embeddings", "completion", "create_embeddings":
            self = .llm
        case "execute_tool":
            self = .tool
        case "invoke_agent", "invoke_workflow", "create_agent":
            self = .query
        case "retrieval", "retrieve":
            self = .retrieval
        default:
            return nil
        }
    }
}

/// The OTel status of a span.
public enum SpanStatus: String, Sendable, Hashable, Codable {
    case ok
    case error
    case unset
}

/// Why a call failed, as on-call engineers triage it.
public enum ErrorCategory: String, Sendable, CaseIterable, Hashable, Codable, Comparable {
    /// Retrying later will likely work: rate limits, overload, timeouts, 5xx.
    case transient
    /// The request itself was wrong: validation, context too long, content policy.
    case user
    /// Our side is broken: tool crashes, lost databases, auth, budget exhaustion.
    case system

    private var rank: Int {
        switch self {
        case .transient: return 0
        case .user: return 1
        case .system: return 2
        }
    }

    public static func < (lhs: ErrorCategory, rhs: ErrorCategory) -> Bool { lhs.rank < rhs.rank }
}

/// The state of a circuit breaker.
public enum BreakerState: String, Sendable, Hashable, Codable, CaseIterable {
    case closed
    case open
    case halfOpen = "half_open"

    public init?(parsing text: String) {
        switch text.lowercased() {
        case "closed", "close": self = .closed
        case "open", "forced_open": self = .open
        case "half_open", "half-open", "halfopen": self = .halfOpen
        default: return nil
        }
    }
}
