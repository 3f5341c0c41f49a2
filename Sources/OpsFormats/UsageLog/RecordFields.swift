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

    // The text fields first, side by side (all zero bytes when absent: see `TextRef`).
    var traceID = TextRef()
    var spanID = TextRef()
    var parentID = TextRef()
    var name = TextRef()
    var operation = TextRef()
    var provider = TextRef()
    var requestModel = TextRef()
    var responseModel = TextRef()
    var tool = TextRef()
    var conversationID = TextRef()
    var errorType = TextRef()
    var errorMessage = TextRef()
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
    var budgetEvent = TextRef()
    var cacheName = TextRef()
    var guardrail = TextRef()
    var reason = TextRef()
    var evaluationName = TextRef()
    var label = TextRef()
    var explanation = TextRef()
    var evaluator = TextRef()
    var kind: Kind?
    /// The ids' hex digits, parsed as they were read when the line wrote them plainly (see
    /// `UsageLogDecoder.readTraceID`); nil otherwise, and then the text above is parsed.
    var traceHex: (high: UInt64, low: UInt64)?
    var spanHex: UInt64?
    var parentHex: UInt64?
    var status: SpanStatus?
    var startNanos: Int64?
    var endNanos: Int64?
    var durationNanos: Int64?
    /// The time of a breaker or budget line (`time_unix_nano`, `time`, `ts`).
    var eventNanos: Int64?
    var component: Component?
    var usage = TokenUsage.zero
    var costUSD: Double?
    var errorCategory: ErrorCategory?
    var budgetLimitUSD: Double?
    var budgetSpentUSD: Double?
    var cacheHit: Bool?
    var savedUSD: Double?
    var outcome: GuardrailVerdict.Outcome?
    var rateLimited: Bool?
    var httpStatus: Int64?
    var score: Double?
    /// The other tool's format a top-level marker key named, if any.
    var foreign: ForeignFormat?
}

/// Where a text value lies in the line: a string's content, a number's text or a container's JSON.
///
/// Eight bytes, all zero when absent, so that starting a new line clears the record's thirty-one of
/// them with a few wide stores: an absent value is an empty range (a present one never is), and
/// an escaped string is marked in the top bit of its end (offsets stay below 2³¹).
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
    /// `end`, with `escapedMark` set for a string whose escapes are still to decode.
    private var endAndMark: UInt32 = 0
    private static var escapedMark: UInt32 { 1 << 31 }

    @inline(__always)
    var end: Int32 { Int32(bitPattern: endAndMark & ~Self.escapedMark) }

    @inline(__always)
    var form: Form {
        if isEscaped { return .escaped }
        return end == start ? .absent : .verbatim
    }

    @inline(__always)
    var isPresent: Bool { Int32(bitPattern: endAndMark) != start }

    /// A string whose escapes are still to decode (so present).
    @inline(__always)
    var isEscaped: Bool { endAndMark & Self.escapedMark != 0 }

    @inline(__always)
    var count: Int { Int(end &- start) }

    static let absent = TextRef()

    /// A string token's content; an empty string is absent.
    @inline(__always)
    init(_ token: StringToken) {
        guard token.count > 0 else { return }
        start = Int32(truncatingIfNeeded: token.start)
        endAndMark = UInt32(truncatingIfNeeded: token.end) | (token.hasEscapes ? Self.escapedMark : 0)
    }

    /// Bytes `start..<end` of the line, taken as they stand; empty, it is absent (a number or a
    /// container's JSON never is).
    @inline(__always)
    init(verbatim start: Int, _ end: Int) {
        self.start = Int32(truncatingIfNeeded: start)
        endAndMark = UInt32(truncatingIfNeeded: end)
    }

    @inline(__always)
    init() {}
}
