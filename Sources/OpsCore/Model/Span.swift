/// One timed step of an LLM application: an LLM call, a tool call, a whole query, a retrieval.
///
/// Times are nanoseconds since the Unix epoch, in event time.
public struct Span: Sendable {
    public var traceID: TraceID
    public var spanID: SpanID
    /// nil for a root span.
    public var parentID: SpanID?
    public var name: String
    public var component: Component
    public var status: SpanStatus
    public var startNanos: Int64
    public var endNanos: Int64
    public var provider: String?
    /// The model asked for (`gen_ai.request.model`).
    public var requestModel: String?
    /// The model that answered (`gen_ai.response.model`), often a dated alias.
    public var responseModel: String?
    public var tool: String?
    public var usage: TokenUsage
    /// Cost of this span alone as the log states it; nil means "price it from tokens".
    public var reportedCostUSD: Double?
    public var error: SpanError?
    public var userID: String?
    public var sessionID: String?
    public var serviceName: String?
    public var conversationID: String?
    /// Opt-in content (prompts, completions, tool arguments) for the trace view.
    public var content: SpanContent?

    public init(
        traceID: TraceID, spanID: SpanID, parentID: SpanID? = nil, name: String,
        component: Component = .other, status: SpanStatus = .unset,
        startNanos: Int64, endNanos: Int64,
        provider: String? = nil, requestModel: String? = nil, responseModel: String? = nil,
        tool: String? = nil, usage: TokenUsage = .zero, reportedCostUSD: Double? = nil,
        error: SpanError? = nil, userID: String? = nil, sessionID: String? = nil,
        serviceName: String? = nil, conversationID: String? = nil, content: SpanContent? = nil
    ) {
        self.traceID = traceID
        self.spanID = spanID
        self.parentID = parentID
        self.name = name
        self.component = component
        self.status = status
        self.startNanos = startNanos
        self.endNanos = endNanos
        self.provider = provider
        self.requestModel = requestModel
        self.responseModel = responseModel
        self.tool = tool
        self.usage = usage
        self.reportedCostUSD = reportedCostUSD
        self.error = error
        self.userID = userID
        self.sessionID = sessionID
        self.serviceName = serviceName
        self.conversationID = conversationID
        self.content = content
    }

    public var isRoot: Bool { parentID == nil }
    public var isError: Bool { status == .error }
    public var durationNanos: Int64 { Swift.max(0, endNanos &- startNanos) }
    /// The model name to show and group by: the requested one, else the one that answered.
    public var model: String? { requestModel ?? responseModel }
}

/// What went wrong in a failed span.
public struct SpanError: Sendable, Hashable {
    /// `error.type`: an exception class, an error code or an HTTP status.
    public var type: String
    public var message: String?
    /// The category the log states (`opstop.error.category`); nil means "classify by rules".
    public var statedCategory: ErrorCategory?

    public init(type: String, message: String? = nil, statedCategory: ErrorCategory? = nil) {
        self.type = type
        self.message = message
        self.statedCategory = statedCategory
    }
}

/// Prompts and completions of a span, kept for the trace view only.
public struct SpanContent: Sendable, Hashable {
    /// Input messages: an OTel message array as JSON text, or plain text.
    public var input: String?
    /// Output messages: an OTel message array as JSON text, or plain text.
    public var output: String?

    public init(input: String? = nil, output: String? = nil) {
        self.input = input
        self.output = output
    }

    public var byteCount: Int { (input?.utf8.count ?? 0) + (output?.utf8.count ?? 0) }
}
