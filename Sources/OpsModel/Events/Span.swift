/// One timed step of an LLM application: an LLM call, a tool call, a whole query, a retrieval.
///
/// Times are nanoseconds since the Unix epoch, in event time.
package struct Span: Sendable {
    /// The fields live in one heap box shared by copies (copy on write): a span is about 370 bytes
    /// with twenty reference-counted fields, and the ingest path hands it on several times per
    /// line: copying one reference instead of the fields cut `opstop report` by 5 % of its instructions.
    private var box: Box

    /// Written only through `change`, and only while this span holds the sole reference, so no two
    /// threads ever see a write (hence the unchecked Sendable and exclusivity).
    private final class Box: @unchecked Sendable {
        @exclusivity(unchecked) var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields: Sendable {
        var traceID: TraceID
        var spanID: SpanID
        var parentID: SpanID?
        var name: String
        var component: Component
        var status: SpanStatus
        var startNanos: Int64
        var endNanos: Int64
        var provider: String?
        var requestModel: String?
        var responseModel: String?
        var tool: String?
        var usage: TokenUsage
        var reportedCostUSD: Double?
        var error: SpanError?
        var userID: String?
        var sessionID: String?
        var serviceName: String?
        var conversationID: String?
        var content: SpanContent?
    }

    package var traceID: TraceID {
        get { box.fields.traceID }
        set { change { $0.traceID = newValue } }
    }
    package var spanID: SpanID {
        get { box.fields.spanID }
        set { change { $0.spanID = newValue } }
    }
    /// nil for a root span.
    package var parentID: SpanID? {
        get { box.fields.parentID }
        set { change { $0.parentID = newValue } }
    }
    package var name: String {
        get { box.fields.name }
        set { change { $0.name = newValue } }
    }
    package var component: Component {
        get { box.fields.component }
        set { change { $0.component = newValue } }
    }
    package var status: SpanStatus {
        get { box.fields.status }
        set { change { $0.status = newValue } }
    }
    package var startNanos: Int64 {
        get { box.fields.startNanos }
        set { change { $0.startNanos = newValue } }
    }
    package var endNanos: Int64 {
        get { box.fields.endNanos }
        set { change { $0.endNanos = newValue } }
    }
    package var provider: String? {
        get { box.fields.provider }
        set { change { $0.provider = newValue } }
    }
    /// The model asked for (`gen_ai.request.model`).
    package var requestModel: String? {
        get { box.fields.requestModel }
        set { change { $0.requestModel = newValue } }
    }
    /// The model that answered (`gen_ai.response.model`), often a dated alias.
    package var responseModel: String? {
        get { box.fields.responseModel }
        set { change { $0.responseModel = newValue } }
    }
    package var tool: String? {
        get { box.fields.tool }
        set { change { $0.tool = newValue } }
    }
    package var usage: TokenUsage {
        get { box.fields.usage }
        set { change { $0.usage = newValue } }
    }
    /// Cost of this span alone as the log states it; nil means "price it from tokens".
    package var reportedCostUSD: Double? {
        get { box.fields.reportedCostUSD }
        set { change { $0.reportedCostUSD = newValue } }
    }
    package var error: SpanError? {
        get { box.fields.error }
        set { change { $0.error = newValue } }
    }
    package var userID: String? {
        get { box.fields.userID }
        set { change { $0.userID = newValue } }
    }
    package var sessionID: String? {
        get { box.fields.sessionID }
        set { change { $0.sessionID = newValue } }
    }
    package var serviceName: String? {
        get { box.fields.serviceName }
        set { change { $0.serviceName = newValue } }
    }
    package var conversationID: String? {
        get { box.fields.conversationID }
        set { change { $0.conversationID = newValue } }
    }
    /// Opt-in content (prompts, completions, tool arguments) for the trace view.
    package var content: SpanContent? {
        get { box.fields.content }
        set { change { $0.content = newValue } }
    }

    package init(
        traceID: TraceID, spanID: SpanID, parentID: SpanID? = nil, name: String,
        component: Component = .other, status: SpanStatus = .unset,
        startNanos: Int64, endNanos: Int64,
        provider: String? = nil, requestModel: String? = nil, responseModel: String? = nil,
        tool: String? = nil, usage: TokenUsage = .zero, reportedCostUSD: Double? = nil,
        error: SpanError? = nil, userID: String? = nil, sessionID: String? = nil,
        serviceName: String? = nil, conversationID: String? = nil, content: SpanContent? = nil
    ) {
        box = Box(Fields(
            traceID: traceID,
            spanID: spanID,
            parentID: parentID,
            name: name,
            component: component,
            status: status,
            startNanos: startNanos,
            endNanos: endNanos,
            provider: provider,
            requestModel: requestModel,
            responseModel: responseModel,
            tool: tool,
            usage: usage,
            reportedCostUSD: reportedCostUSD,
            error: error,
            userID: userID,
            sessionID: sessionID,
            serviceName: serviceName,
            conversationID: conversationID,
            content: content))
    }

    private mutating func change(_ body: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        body(&box.fields)
    }

    package var isRoot: Bool { parentID == nil }
    package var isError: Bool { status == .error }
    package var durationNanos: Int64 { Swift.max(0, endNanos &- startNanos) }
    /// The model name to show and group by: the requested one, else the one that answered.
    package var model: String? { requestModel ?? responseModel }
}

/// What went wrong in a failed span.
package struct SpanError: Sendable, Hashable {
    /// `error.type`: an exception class, an error code or an HTTP status.
    package var type: String
    package var message: String?
    /// The category the log states (`opstop.error.category`); nil means "classify by rules".
    package var statedCategory: ErrorCategory?

    package init(type: String, message: String? = nil, statedCategory: ErrorCategory? = nil) {
        self.type = type
        self.message = message
        self.statedCategory = statedCategory
    }
}

/// Prompts and completions of a span, kept for the trace view only.
package struct SpanContent: Sendable, Hashable {
    /// Input messages: an OTel message array as JSON text, or plain text.
    package var input: String?
    /// Output messages: an OTel message array as JSON text, or plain text.
    package var output: String?

    package init(input: String? = nil, output: String? = nil) {
        self.input = input
        self.output = output
    }

    package var byteCount: Int { (input?.utf8.count ?? 0) + (output?.utf8.count ?? 0) }
}
