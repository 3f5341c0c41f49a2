import OpsModel

/// Maps an OTLP span to a `Span` with the rules of the native log format.
///
/// Attribute names are those of `docs/log-format.md` (current and older OTel GenAI names, the
/// cost aliases, Langfuse's `langfuse.*`); span status, events and resource fill the rest.
struct OTLPSpanMapper: Sendable {
    var keepContent: Bool

    /// Nanoseconds after 1970-01-01 up to the end of 2200 (84 371 days), as for log times; 0 means "not set".
    static let validNanos: ClosedRange<UInt64> = 1...7_289_654_399_999_999_999

    func map(_ record: OTLPSpanRecord, context: OTLPResourceContext) -> Result<OTLPMappedSpan, OTLPMappingProblem> {
        if let problem = record.problem { return .failure(OTLPMappingProblem(problem)) }
        let traceID: TraceID
        let spanID: SpanID
        let parentID: SpanID?
        switch (Self.traceID(record.traceID), Self.spanID(record.spanID, field: "span_id")) {
        case let (.success(trace), .success(span)):
            traceID = trace
            spanID = span
        case let (.failure(problem), _), let (_, .failure(problem)):
            return .failure(problem)
        }
        switch Self.parentID(record.parentSpanID) {
        case let .success(parent): parentID = parent
        case let .failure(problem): return .failure(problem)
        }
        guard Self.validNanos.contains(record.startNanos) else {
            return .failure(OTLPMappingProblem(record.startNanos == 0
                ? "span without a start time" : "start time outside the years 1970 to 2200"))
        }
        guard Self.validNanos.contains(record.endNanos) else {
            return .failure(OTLPMappingProblem(record.endNanos == 0
                ? "span without an end time" : "end time outside the years 1970 to 2200"))
        }
        guard record.endNanos >= record.startNanos else {
            return .failure(OTLPMappingProblem("span ends before it starts (end time before start time)"))
        }

        var fields = OTLPSpanFields()
        for pair in record.attributes {
            if let problem = fields.read(pair, keepContent: keepContent) { return .failure(problem) }
        }
        for event in record.events { fields.read(event, keepContent: keepContent) }
        let span = makeSpan(record, fields: fields, context: context, ids: (traceID, spanID, parentID))
        return .success(OTLPMappedSpan(span: span, evaluations: Self.evaluations(of: span, fields: fields)))
    }

    /// The span's `gen_ai.evaluation.result` events (at their own time, else the span's end) and its
    /// OpenInference evaluations; events that are not usable evaluations are left out.
    static func evaluations(of span: Span, fields: OTLPSpanFields) -> [Evaluation] {
        var evaluations: [Evaluation] = []
        for (time, event) in fields.evaluationEvents {
            let nanos = validNanos.contains(time) ? Int64(time) : span.endNanos
            if let evaluation = event.evaluation(timeNanos: nanos, traceID: span.traceID, spanID: span.spanID) {
                evaluations.append(evaluation)
            }
        }
        evaluations += fields.checks.openInferenceEvaluations(
            timeNanos: span.endNanos, traceID: span.traceID, spanID: span.spanID)
        return evaluations
    }

    private func makeSpan(
        _ record: OTLPSpanRecord, fields: OTLPSpanFields, context: OTLPResourceContext,
        ids: (TraceID, SpanID, SpanID?)
    ) -> Span {
        let failed = record.statusCode == 2 || fields.langfuseLevelError
        let status: SpanStatus
        switch record.statusCode {
        case 1: status = failed ? .error : .ok
        case 2: status = .error
        default: status = failed || fields.errorType != nil ? .error : .unset
        }
        var error: SpanError?
        if status == .error {
            let message = fields.errorMessage ?? (record.statusMessage.isEmpty ? nil : record.statusMessage)
                ?? fields.langfuseStatusMessage ?? fields.exceptionMessage
            let type = fields.errorType ?? fields.exceptionType
                ?? Self.untypedErrorName(fields: fields, statusMessage: record.statusMessage) ?? "error"
            error = SpanError(type: type, message: message, statedCategory: fields.errorCategory)
        }
        let model = fields.requestModel ?? fields.answeringModel
        var tool = fields.tool ?? fields.openInference.tool
        let component = fields.component
            ?? fields.operation.flatMap(Component.init(operationName:))
            ?? fields.openInference.component
            ?? fields.langfuseComponent
            ?? (fields.checks.marksGuardrail ? .guardrail : nil)
            ?? (tool != nil ? .tool : model != nil ? .llm : .other)
        if tool == nil, fields.langfuseType == "tool", !record.name.isEmpty { tool = record.name }
        let name = record.name.isEmpty
            ? Self.synthesizedName(operation: fields.operation, component: component, model: model, tool: tool)
            : record.name
        let input = fields.contentInput
        let output = fields.contentOutput
        let content = input == nil && output == nil ? nil : SpanContent(input: input, output: output)
        return Span(
            traceID: ids.0, spanID: ids.1, parentID: ids.2, name: name, component: component, status: status,
            startNanos: Int64(record.startNanos), endNanos: Int64(record.endNanos),
            provider: fields.provider, requestModel: fields.requestModel, responseModel: fields.answeringModel,
            tool: tool, usage: fields.usage, reportedCostUSD: fields.costUSD, error: error,
            userID: fields.userID, sessionID: fields.sessionID, serviceName: context.serviceName,
            conversationID: fields.conversationID, content: content,
            cache: fields.checks.cache(spanName: record.name, isCacheSpan: component == .cache),
            guardrail: component == .guardrail
                ? fields.checks.verdict(spanName: record.name, failed: status == .error, httpStatus: fields.errorStatus)
                : nil)
    }

    /// A type named from the stated HTTP status or from any message the span has (``UntypedErrorName``).
    static func untypedErrorName(fields: OTLPSpanFields, statusMessage: String) -> String? {
        let messages = [fields.errorMessage, statusMessage, fields.langfuseStatusMessage, fields.exceptionMessage]
        if let named = UntypedErrorName.name(status: fields.errorStatus, message: nil) { return named }
        return messages.lazy.compactMap { UntypedErrorName.name(status: nil, message: $0) }.first
    }

    /// `operation subject` as the log decoder makes it; the model or tool alone without an operation.
    static func synthesizedName(operation: String?, component: Component, model: String?, tool: String?) -> String {
        let subject = component == .tool ? (tool ?? model) : (model ?? tool)
        guard let operation else { return subject ?? component.rawValue }
        guard let subject else { return operation }
        return operation + " " + subject
    }

    static func traceID(_ bytes: [UInt8]) -> Result<TraceID, OTLPMappingProblem> {
        guard bytes.count == 16 else {
            return .failure(OTLPMappingProblem("trace_id must be 16 bytes, got \(bytes.count)"))
        }
        let high = bigEndian(bytes[0..<8])
        let low = bigEndian(bytes[8..<16])
        guard high != 0 || low != 0 else { return .failure(OTLPMappingProblem("trace_id is all zeros")) }
        return .success(.hex(high, low))
    }

    static func spanID(_ bytes: [UInt8], field: String) -> Result<SpanID, OTLPMappingProblem> {
        guard bytes.count == 8 else {
            return .failure(OTLPMappingProblem("\(field) must be 8 bytes, got \(bytes.count)"))
        }
        let value = bigEndian(bytes[0..<8])
        guard value != 0 else { return .failure(OTLPMappingProblem("\(field) is all zeros")) }
        return .success(.hex(value))
    }

    /// Empty or all zeros: a root span.
    static func parentID(_ bytes: [UInt8]) -> Result<SpanID?, OTLPMappingProblem> {
        if bytes.isEmpty || (bytes.count == 8 && bytes.allSatisfy { $0 == 0 }) { return .success(nil) }
        return spanID(bytes, field: "parent_span_id").map { Optional($0) }
    }

    private static func bigEndian(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }
}

/// A mapped span and the evaluations it carries.
struct OTLPMappedSpan: Sendable {
    var span: Span
    var evaluations: [Evaluation]
}

/// Why one span was rejected.
struct OTLPMappingProblem: Error, Sendable, Hashable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
