import OpsModel

extension UsageLogDecoder {
    /// Turns the collected fields into an event, applying the format's defaults and rules.
    ///
    /// `line` is the start of the line the fields point into.
    mutating func makeEvent(lineNumber: Int, line: UnsafeRawPointer, into sink: (consuming Event) -> Void) -> LineOutcome {
        let kind = fields.kind ?? .span
        if kind == .other { return .ignored }
        if let problem = problems.problem { return .malformed(reason: problem) }
        switch kind {
        case .breaker: return makeBreaker(line, into: sink)
        case .budget: return makeBudget(line, into: sink)
        case .evaluation: return makeEvaluation(line, into: sink)
        case .span, .other: return makeSpan(lineNumber: lineNumber, line: line, into: sink)
        }
    }

    private mutating func makeSpan(lineNumber: Int, line: UnsafeRawPointer, into sink: (consuming Event) -> Void) -> LineOutcome {
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

        let hasErrorType = fields.errorType.isPresent
        let status = fields.status ?? (hasErrorType ? .error : .unset)
        var error: SpanError?
        if status == .error {
            let message = string(fields.errorMessage, in: line, interned: true)
            let type = string(fields.errorType, in: line, interned: true)
                ?? UntypedErrorName.name(status: nil, message: message) ?? "unknown"
            error = SpanError(type: type, message: message, statedCategory: fields.errorCategory)
        }
        let requestModel = string(fields.requestModel, in: line, interned: true)
        let responseModel = string(fields.responseModel, in: line, interned: true)
        let tool = string(fields.tool, in: line, interned: true)
        let model = requestModel ?? responseModel
        var operation: String?
        if !fields.name.isPresent {
            operation = string(fields.operation, in: line, interned: true)
        }
        let component = fields.component
            ?? operationComponent(operation, in: line)
            ?? (tool != nil ? .tool : model != nil ? .llm : .other)
        let name = string(fields.name, in: line, interned: true)
            ?? synthesizedName(component: component, operation: operation, model: model, tool: tool)
        let number = UInt64(syntheticSource) << 32 | UInt64(truncatingIfNeeded: Swift.max(0, lineNumber)) & 0xFFFF_FFFF
        let cache = fields.cacheHit.map { hit in
            CacheLookup(hit: hit, savedUSD: fields.savedUSD, cacheName: string(fields.cacheName, in: line, interned: true))
        }
        var guardrail: GuardrailVerdict?
        if component == .guardrail || fields.guardrail.isPresent || fields.outcome != nil || fields.rateLimited == true {
            if let problem = problems.softProblem { return .malformed(reason: problem) }
            guardrail = verdict(component: component, name: name, line: line)
        }
        var content: SpanContent?
        if fields.input.isPresent || fields.output.isPresent {
            content = SpanContent(input: string(fields.input, in: line, interned: false),
                                  output: string(fields.output, in: line, interned: false))
        }
        let trace = fields.traceHex.map { TraceID.hex($0.high, $0.low) } ?? traceID(fields.traceID, in: line)
            ?? .synthetic(number)
        let own = fields.spanHex.map(SpanID.hex) ?? spanID(fields.spanID, in: line) ?? .synthetic(number)
        let parent = fields.parentHex.map(SpanID.hex) ?? spanID(fields.parentID, in: line)
        let provider = string(fields.provider, in: line, interned: true)
        let userID = string(fields.userID, in: line, interned: true)
        let sessionID = string(fields.sessionID, in: line, interned: true)
        let serviceName = string(fields.serviceName, in: line, interned: true)
        let conversationID = string(fields.conversationID, in: line, interned: true)
        let usage = fields.usage
        let cost = fields.costUSD
        // A spent span's box, when the reader gave its events back (see `recycle`).
        var spare: Span?
        prefetchRecycledBox()
        if let event = recycledEvents.popLast(), case let .span(span) = consume event { spare = consume span }
        // Every field is written (`BlockRecyclingTests` compares spans built over spent ones with new ones).
        let span = Span.writing(reusing: &spare) { span in
            span.traceID = trace
            span.spanID = own
            span.parentID = parent
            span.name = name
            span.component = component
            span.status = status
            span.startNanos = start
            span.endNanos = end
            Self.store(provider, in: &span.provider)
            Self.store(requestModel, in: &span.requestModel)
            Self.store(responseModel, in: &span.responseModel)
            Self.store(tool, in: &span.tool)
            span.usage = usage
            span.reportedCostUSD = cost
            Self.store(error, in: &span.error)
            Self.store(userID, in: &span.userID)
            Self.store(sessionID, in: &span.sessionID)
            Self.store(serviceName, in: &span.serviceName)
            Self.store(conversationID, in: &span.conversationID)
            Self.store(content, in: &span.content)
            Self.store(cache, in: &span.cache)
            Self.store(guardrail, in: &span.guardrail)
        }
        sink(.span(consume span))
        return .delivered
    }

    /// Writes `value` over `field` unless both are nil: most optional fields are absent line after
    /// line, and storing nil over nil still calls the runtime to release the old value.
    @inline(__always)
    private static func store<Value>(_ value: Value?, in field: inout Value?) {
        if field != nil || value != nil { field = value }
    }

    /// The component `gen_ai.operation.name` names; `operation` is its String when already built.
    @inline(__always)
    private mutating func operationComponent(_ operation: String?, in line: UnsafeRawPointer) -> Component? {
        let ref = fields.operation
        guard usesFastPaths, ref.form == .verbatim, let key = OperationMemo.key(line + Int(ref.start), length: ref.count) else {
            return (operation ?? string(ref, in: line, interned: true)).flatMap(Component.init(operationName:))
        }
        if let known = operationMemo.component(for: key) { return known }
        let component = (operation ?? string(ref, in: line, interned: true)).flatMap(Component.init(operationName:))
        operationMemo.remember(key, component)
        return component
    }

    /// A trace id: 32 hex digits are parsed in place, anything else is text.
    mutating func traceID(_ ref: TextRef, in line: UnsafeRawPointer) -> TraceID? {
        if ref.form == .verbatim && ref.count == 32 {
            let start = line + Int(ref.start)
            if let high = Self.sixteenHexDigits(start), let low = Self.sixteenHexDigits(start + 16) {
                return .hex(high, low)
            }
        }
        return string(ref, in: line, interned: false).map(TraceID.init)
    }

    /// A span id: 16 hex digits are parsed in place, anything else is text.
    mutating func spanID(_ ref: TextRef, in line: UnsafeRawPointer) -> SpanID? {
        if ref.form == .verbatim && ref.count == 16, let value = Self.sixteenHexDigits(line + Int(ref.start)) {
            return .hex(value)
        }
        return string(ref, in: line, interned: false).map(SpanID.init)
    }

    /// `operation subject` (`chat gpt-4o-mini`, `execute_tool lookup_order`), interned.
    private mutating func synthesizedName(component: Component, operation: String?, model: String?, tool: String?) -> String {
        let subject = component == .tool ? (tool ?? model) : (model ?? tool)
        guard let operation else { return subject ?? component.rawValue }
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

    private mutating func makeBreaker(_ line: UnsafeRawPointer, into sink: (consuming Event) -> Void) -> LineOutcome {
        guard let time = fields.eventNanos else {
            return .malformed(reason: "breaker without a time (time_unix_nano, time or ts)")
        }
        guard let stateText = string(fields.breakerState, in: line, interned: true) else {
            return .malformed(reason: "breaker without breaker.state")
        }
        guard let state = BreakerState(parsing: stateText) else {
            return .malformed(reason: "unknown breaker state '\(stateText.prefix(40))' (expected closed, open or half_open)")
        }
        let stated = string(fields.breakerTargetType, in: line, interned: true)
        let candidates: [(type: String, name: String?)] = [
            ("tool", string(fields.tool, in: line, interned: true)),
            ("model", string(fields.requestModel, in: line, interned: true)),
            ("provider", string(fields.provider, in: line, interned: true)),
        ]
        var target: String?
        var targetType = stated
        if let explicit = string(fields.target, in: line, interned: false) {
            target = explicit
        } else if let stated, let match = candidates.first(where: { $0.type == stated && $0.name != nil }) {
            target = match.name
        } else if let first = candidates.first(where: { $0.name != nil }) {
            target = first.name
            targetType = stated ?? first.type
        } else {
            target = string(fields.breakerName, in: line, interned: false)
        }
        guard let target else { return .malformed(reason: "breaker without a target or breaker.name") }
        sink(.breaker(BreakerEvent(timeNanos: time, target: target, targetType: targetType, state: state,
                                   reason: string(fields.breakerReason, in: line, interned: false))))
        return .delivered
    }

    private mutating func makeBudget(_ line: UnsafeRawPointer, into sink: (consuming Event) -> Void) -> LineOutcome {
        guard let time = fields.eventNanos else {
            return .malformed(reason: "budget without a time (time_unix_nano, time or ts)")
        }
        guard let name = string(fields.budgetName, in: line, interned: false) else {
            return .malformed(reason: "budget without budget.name")
        }
        sink(.budget(BudgetEvent(timeNanos: time, name: name, limitUSD: fields.budgetLimitUSD,
                                 spentUSD: fields.budgetSpentUSD,
                                 event: string(fields.budgetEvent, in: line, interned: false))))
        return .delivered
    }
}

/// A name made from an operation and a model or tool, remembered because the pairs repeat.
struct SynthesizedName: Sendable {
    var operation: String
    var subject: String
    var name: String
}
