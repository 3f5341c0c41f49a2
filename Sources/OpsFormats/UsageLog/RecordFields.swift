import OpsModel

/// The fields collected from one line before it is turned into an event.
///
/// Text fields are byte ranges of the line (`TextRef`), turned into Strings only when the
/// event is built and only for the fields it keeps, so the record holds no references and
/// starting a new line costs a few stores. Aliases of one field share a property, so the
/// last one written on the line wins. It holds no references (problems go to `LineProblems`),
/// so the reset before each line is a few plain stores.
struct RecordFields {
    enum Kind {
        case span, breaker, budget, evaluation, other
    }

    var kind: Kind?
    var traceID = TextRef()
    var spanID = TextRef()
    var parentID = TextRef()
    /// The ids' hex digits, parsed as they were read when the line wrote them plainly (see
    /// `UsageLogDecoder.readTraceID`); nil otherwise, and then the text above is parsed.
    var traceHex: (high: UInt64, low: UInt64)?
    var spanHex: UInt64?
    var parentHex: UInt64?
    var name = TextRef()
    var status: SpanStatus?
    var startNanos: Int64?
    var endNanos: Int64?
    var durationNanos: Int64?
    /// The time of a breaker or budget line (`time_unix_nano`, `time`, `ts`).
    var eventNanos: Int64?
    var operation = TextRef()
    var component: Component?
    var provider = TextRef()
    var requestModel = TextRef()
    var responseModel = TextRef()
    var tool = TextRef()
    var conversationID = TextRef()
    var usage = TokenUsage.zero
    var costUSD: Double?
    var errorType = TextRef()
    var errorMessage = TextRef()
    var errorCategory: ErrorCategory?
    var userID = TextRef()
    var sessionID = TextRef()
    var serviceName = TextRef()
    var input = TextRef()
    var output = TextRef()
    var breakerName = TextRef()
    var breakerState = TextRef()
    var breakerTargetType = TextRef()
    var breakerReason = TextRef()
    var target = TextRef()
    var budgetName = TextRef()
    var budgetLimitUSD: Double?
    var budgetSpentUSD: Double?
    var budgetEvent = TextRef()
    var cacheHit: Bool?
    var savedUSD: Double?
    var cacheName = TextRef()
    var guardrail = TextRef()
    var outcome: GuardrailVerdict.Outcome?
    var reason = TextRef()
    var rateLimited: Bool?
    var httpStatus: Int64?
    var evaluationName = TextRef()
    var score: Double?
    var label = TextRef()
    var explanation = TextRef()
    var evaluator = TextRef()
    /// The other tool's format a top-level marker key named, if any.
    var foreign: ForeignFormat?

}

/// Where a text value lies in the line: a string's content, a number's text or a container's JSON.
struct TextRef {
    enum Form: UInt8 {
        /// No value (absent, `null` or an empty string).
        case absent
        /// The bytes are the text as they stand.
        case verbatim
        /// A string's content with escapes still to decode.
        case escaped
    }

    var start: Int32 = 0
    var end: Int32 = 0
    var form = Form.absent

    @inline(__always)
    var isPresent: Bool { form != .absent }

    @inline(__always)
    var count: Int { Int(end &- start) }

    static let absent = TextRef()

    /// A string token's content; an empty string is absent.
    @inline(__always)
    init(_ token: StringToken) {
        guard token.count > 0 else { return }
        start = Int32(truncatingIfNeeded: token.start)
        end = Int32(truncatingIfNeeded: token.end)
        form = token.hasEscapes ? .escaped : .verbatim
    }

    /// Bytes `start..<end` of the line, taken as they stand.
    @inline(__always)
    init(verbatim start: Int, _ end: Int) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        form = .verbatim
    }

    @inline(__always)
    init() {}
}
