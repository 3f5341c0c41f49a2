/// The ways a demo span fails, with the attributes each writes.
enum DemoFailure: UInt8, Sendable {
    case rateLimited
    case rateLimitError
    case contextWindowExceeded
    case badRequest
    case databaseLost
    case circuitOpen

    var errorType: StaticString {
        switch self {
        case .rateLimited: return "rate_limit_exceeded"
        case .rateLimitError: return "RateLimitError"
        case .contextWindowExceeded: return "ContextWindowExceededError"
        case .badRequest: return "BadRequestError"
        case .databaseLost: return "db_connection_lost"
        case .circuitOpen: return "circuit_open"
        }
    }

    var message: StaticString {
        switch self {
        case .rateLimited, .rateLimitError: return "429 Too Many Requests"
        case .contextWindowExceeded: return "This model's maximum context length is 128000 tokens"
        case .badRequest: return "Invalid 'messages[1].content': string too long"
        case .databaseLost: return "DB connection lost"
        case .circuitOpen: return "breaker tool:cancel_order is open"
        }
    }

    /// The HTTP status, for provider errors.
    var httpStatus: Int? {
        switch self {
        case .rateLimited, .rateLimitError: return 429
        case .contextWindowExceeded, .badRequest: return 400
        case .databaseLost, .circuitOpen: return nil
        }
    }

    /// Application errors state their category: no rule could guess what `db_connection_lost` means.
    var statesSystemCategory: Bool {
        self == .databaseLost || self == .circuitOpen
    }

    /// The error the whole query reports when this one ends it.
    var rootFailure: DemoFailure {
        self == .circuitOpen ? .databaseLost : self
    }
}
