/// The fields collected from one line before it is turned into an event.
///
/// Aliases of one field share a property, so the last one written on the line wins.
struct RecordFields {
    enum Kind {
        case span, breaker, budget, other
    }

    var kind: Kind?
    var traceID: TraceID?
    var spanID: SpanID?
    var parentID: SpanID?
    var name: String?
    var status: SpanStatus?
    var startNanos: Int64?
    var endNanos: Int64?
    var durationNanos: Int64?
    /// The time of a breaker or budget line (`time_unix_nano`, `time`, `ts`).
    var eventNanos: Int64?
    var operation: String?
    var component: Component?
    var provider: String?
    var requestModel: String?
    var responseModel: String?
    var tool: String?
    var conversationID: String?
    var usage = TokenUsage.zero
    var costUSD: Double?
    var errorType: String?
    var errorMessage: String?
    var errorCategory: ErrorCategory?
    var userID: String?
    var sessionID: String?
    var serviceName: String?
    var input: String?
    var output: String?
    var breakerName: String?
    var breakerState: String?
    var breakerTargetType: String?
    var breakerReason: String?
    var target: String?
    var budgetName: String?
    var budgetLimitUSD: Double?
    var budgetSpentUSD: Double?
    var budgetEvent: String?
    /// The first field whose value was unusable; reported only if the line is an event opstop reads.
    var problem: String?

    mutating func report(_ text: @autoclosure () -> String) {
        if problem == nil { problem = text() }
    }
}
