extension UsageLogDecoder {
    /// Turns the collected fields into an event, applying the format's defaults and rules.
    mutating func makeEvent(lineNumber: Int) -> DecodedLine {
        let kind = fields.kind ?? .span
        if kind == .other { return .ignored }
        if let problem = fields.problem { return .malformed(reason: problem) }
        switch kind {
        case .breaker: return makeBreaker()
        case .budget: return makeBudget()
        case .span, .other: return makeSpan(lineNumber: lineNumber)
        }
    }

    private mutating func makeSpan(lineNumber: Int) -> DecodedLine {
        guard let start = fields.startNanos else { return .malformed(reason: "span without a start time") }
        let end: Int64
        if let stated = fields.endNanos {
            end = stated
        } else if let duration = fields.durationNanos {
            let (sum, overflow) = start.addingReportingOverflow(duration)
            guard !overflow, Self.validNanos.contains(sum) else {
                return .malformed(reason: "span ends after the year 2200 (start time plus duration_ms)")
            }
            end = sum
        } else {
            return .malformed(reason: "span without an end time or duration_ms")
        }
        guard end >= start else { return .malformed(reason: "span ends before it starts (end time before start time)") }

        let status = fields.status ?? (fields.errorType != nil ? .error : .unset)
        var error: SpanError?
        if status == .error {
            error = SpanError(type: fields.errorType ?? "unknown", message: fields.errorMessage,
                              statedCategory: fields.errorCategory)
        }
        let model = fields.requestModel ?? fields.responseModel
        let component = fields.component
            ?? fields.operation.flatMap(Component.init(operationName:))
            ?? (fields.tool != nil ? .tool : model != nil ? .llm : .other)
        let name = fields.name ?? synthesizedName(component: component, model: model)
        let line = UInt64(Swift.max(0, lineNumber))
        var content: SpanContent?
        if fields.input != nil || fields.output != nil {
            content = SpanContent(input: fields.input, output: fields.output)
        }
        // The fields are moved out (`take()`), so the strings change owner without retain/release pairs.
        let span = Span(
            traceID: fields.traceID.take() ?? .synthetic(line), spanID: fields.spanID.take() ?? .synthetic(line),
            parentID: fields.parentID.take(), name: name, component: component, status: status,
            startNanos: start, endNanos: end, provider: fields.provider.take(),
            requestModel: fields.requestModel.take(), responseModel: fields.responseModel.take(),
            tool: fields.tool.take(), usage: fields.usage, reportedCostUSD: fields.costUSD, error: error,
            userID: fields.userID.take(), sessionID: fields.sessionID.take(), serviceName: fields.serviceName.take(),
            conversationID: fields.conversationID.take(), content: content)
        return .event(.span(consume span))
    }

    /// `operation subject` (`chat gpt-4o-mini`, `execute_tool lookup_order`), interned.
    private mutating func synthesizedName(component: Component, model: String?) -> String {
        let subject = component == .tool ? (fields.tool ?? model) : (model ?? fields.tool)
        guard let operation = fields.operation else { return subject ?? component.rawValue }
        guard let subject else { return operation }
        for index in nameCache.indices
        where nameCache[index].operation == operation && nameCache[index].subject == subject {
            return nameCache[index].name
        }
        var first = operation
        var second = subject
        scratch.removeAll(keepingCapacity: true)
        first.withUTF8 { scratch.append(contentsOf: $0) }
        scratch.append(UInt8(ascii: " "))
        second.withUTF8 { scratch.append(contentsOf: $0) }
        let bytes = scratch
        let name = bytes.withUnsafeBytes { interner.intern($0) }
        let entry = SynthesizedName(operation: operation, subject: subject, name: name)
        if nameCache.count < Self.nameCacheSize {
            nameCache.append(entry)
        } else {
            nameCache[nameCacheCursor % Self.nameCacheSize] = entry
        }
        nameCacheCursor &+= 1
        return name
    }

    private func makeBreaker() -> DecodedLine {
        guard let time = fields.eventNanos else {
            return .malformed(reason: "breaker without a time (time_unix_nano, time or ts)")
        }
        guard let stateText = fields.breakerState else { return .malformed(reason: "breaker without breaker.state") }
        guard let state = BreakerState(parsing: stateText) else {
            return .malformed(reason: "unknown breaker state '\(stateText.prefix(40))' (expected closed, open or half_open)")
        }
        let stated = fields.breakerTargetType
        let candidates: [(type: String, name: String?)] = [
            ("tool", fields.tool), ("model", fields.requestModel), ("provider", fields.provider),
        ]
        var target: String?
        var targetType = stated
        if let explicit = fields.target {
            target = explicit
        } else if let stated, let match = candidates.first(where: { $0.type == stated && $0.name != nil }) {
            target = match.name
        } else if let first = candidates.first(where: { $0.name != nil }) {
            target = first.name
            targetType = stated ?? first.type
        } else {
            target = fields.breakerName
        }
        guard let target else { return .malformed(reason: "breaker without a target or breaker.name") }
        return .event(.breaker(BreakerEvent(timeNanos: time, target: target, targetType: targetType, state: state,
                                            reason: fields.breakerReason)))
    }

    private func makeBudget() -> DecodedLine {
        guard let time = fields.eventNanos else {
            return .malformed(reason: "budget without a time (time_unix_nano, time or ts)")
        }
        guard let name = fields.budgetName else { return .malformed(reason: "budget without budget.name") }
        return .event(.budget(BudgetEvent(timeNanos: time, name: name, limitUSD: fields.budgetLimitUSD,
                                          spentUSD: fields.budgetSpentUSD, event: fields.budgetEvent)))
    }
}

/// A name made from an operation and a model or tool, remembered because the pairs repeat.
struct SynthesizedName: Sendable {
    var operation: String
    var subject: String
    var name: String
}
