/// One line the generator will write, kept until its time comes.
struct DemoRecord: Sendable {
    enum Body: Sendable {
        case span(DemoSpan)
        case breaker(DemoTimeline.BreakerChange)
        case evaluation(DemoEvaluation)
    }

    /// When the line is written: a span's end, a breaker change's time.
    var time: Int64
    /// Breaks ties in time so the order is total and deterministic.
    var sequence: UInt64
    var body: Body

    func precedes(_ other: DemoRecord) -> Bool {
        time != other.time ? time < other.time : sequence < other.sequence
    }
}

/// One span of a demo query, with what its line needs.
struct DemoSpan: Sendable {
    enum Role: UInt8, Sendable {
        case root
        case chat
        case tool
        /// A semantic-cache lookup (``DemoSpan/signal`` says hit or miss).
        case cacheLookup
        /// A guardrail check or the app's own rate limiter (``DemoSpan/signal`` says which and its outcome).
        case guardrail
    }

    /// What the content attributes of a chat span show.
    enum Content: UInt8, Sendable {
        case none
        /// The customer's question, answered with a call to `tool`.
        case askTool
        /// The tool's result, answered with text.
        case answer
    }

    var role: Role
    var traceHigh: UInt64
    var traceLow: UInt64
    var spanID: UInt64
    /// 0 for the root.
    var parentID: UInt64 = 0
    var start: Int64
    var end: Int64
    var model: Int = 0
    var tool: Int = 0
    var inputTokens: Int64 = 0
    var outputTokens: Int64 = 0
    var cacheReadTokens: Int64 = 0
    var failure: DemoFailure?
    var user: Int32
    var session: UInt32 = 0
    var showsResponseModel = false
    var content: Content = .none
    var orderNumber: Int32 = 0
    /// What a cache or guardrail span records.
    var signal: DemoSignal?
}

/// A cache lookup's result or a guardrail's decision.
enum DemoSignal: Sendable, Hashable {
    case lookup(hit: Bool, savedMicroUSD: Int64)
    case jailbreakPassed
    case jailbreakBlocked(reason: Int)
    case piiFlagged
    case rateLimited

    static let blockReasons: [StaticString] = ["prompt injection", "role-play jailbreak"]
}

/// One evaluation score line for a finished query.
struct DemoEvaluation: Sendable, Hashable {
    enum Metric: Sendable, Hashable {
        case faithfulness
        case answerRelevancy
    }

    var traceHigh: UInt64
    var traceLow: UInt64
    var time: Int64
    var metric: Metric
    /// The score in thousandths (0…1000).
    var milli: Int64
}
