extension UsageLogDecoder {
    /// Reads the value of a known key into `fields`; aliases write the same field.
    mutating func readValue(for key: KnownKey, _ scanner: inout JSONScanner, context: Context) throws(LineError) {
        switch key {
        case .kind:
            fields.kind = try readKind(&scanner)
        case .version:
            try scanner.skipValue(depth: context.depth)
        case .traceID:
            fields.traceID = try readID(key, &scanner, hexDigits: 32).map(Self.traceID)
        case .spanID:
            fields.spanID = try readID(key, &scanner, hexDigits: 16).map(Self.spanID)
        case .parentSpanID, .parentID:
            fields.parentID = try readID(key, &scanner, hexDigits: 16).map(Self.spanID)
        case .name:
            fields.name = try readString(key, &scanner, interned: true)
        case .status:
            fields.status = try readStatus(key, &scanner)
        case .startTimeUnixNano:
            fields.startNanos = try readTime(key, &scanner, rule: .unixNanos)
        case .endTimeUnixNano:
            fields.endNanos = try readTime(key, &scanner, rule: .unixNanos)
        case .startTime:
            fields.startNanos = try readTime(key, &scanner, rule: .flexible)
        case .endTime:
            fields.endNanos = try readTime(key, &scanner, rule: .flexible)
        case .durationMs:
            fields.durationNanos = try readDuration(key, &scanner)
        case .ts:
            let nanos = try readTime(key, &scanner, rule: .flexible)
            fields.startNanos = nanos
            fields.eventNanos = nanos
        case .timeUnixNano:
            fields.eventNanos = try readTime(key, &scanner, rule: .unixNanos)
        case .time:
            fields.eventNanos = try readTime(key, &scanner, rule: .flexible)
        case .operationName:
            fields.operation = try readString(key, &scanner, interned: true)
        case .opstopComponent, .component:
            fields.component = try readComponent(key, &scanner)
        case .providerName, .genAISystem, .provider:
            fields.provider = try readString(key, &scanner, interned: true)
        case .requestModel, .model:
            fields.requestModel = try readString(key, &scanner, interned: true)
        case .responseModel:
            fields.responseModel = try readString(key, &scanner, interned: true)
        case .inputTokens, .promptTokensOTel, .inputTokensShort, .promptTokens:
            fields.usage.input = try readCount(key, &scanner) ?? 0
        case .outputTokens, .completionTokensOTel, .outputTokensShort, .completionTokens:
            fields.usage.output = try readCount(key, &scanner) ?? 0
        case .cacheReadTokens, .cachedTokens:
            fields.usage.cacheRead = try readCount(key, &scanner) ?? 0
        case .cacheCreationTokens:
            fields.usage.cacheCreation = try readCount(key, &scanner) ?? 0
        case .reasoningTokens:
            fields.usage.reasoning = try readCount(key, &scanner) ?? 0
        case .toolName, .tool:
            fields.tool = try readString(key, &scanner, interned: true)
        case .conversationID:
            fields.conversationID = try readString(key, &scanner, interned: true)
        case .errorType, .errorTypeShort:
            fields.errorType = try readString(key, &scanner, interned: true)
        case .errorMessage, .errorMessageShort:
            fields.errorMessage = try readString(key, &scanner, interned: true)
        case .errorCategory, .errorCategoryShort:
            fields.errorCategory = try readCategory(key, &scanner)
        case .opstopCost, .costUSD, .genAICost, .llmCostTotal, .totalCost, .responseCost:
            fields.costUSD = try readAmount(key, &scanner)
        case .userID, .userIDShort:
            fields.userID = try readString(key, &scanner, interned: true)
        case .sessionID, .sessionIDShort:
            fields.sessionID = try readString(key, &scanner, interned: true)
        case .serviceName:
            fields.serviceName = try readString(key, &scanner, interned: true)
        case .inputMessages, .input:
            fields.input = try readContent(key, &scanner, context: context)
        case .outputMessages, .output:
            fields.output = try readContent(key, &scanner, context: context)
        case .attributes:
            try readNested(&scanner, as: context == .resource ? .resourceAttributes : .attributes, from: context)
        case .resource:
            try readNested(&scanner, as: .resource, from: context)
        case .breakerName:
            fields.breakerName = try readString(key, &scanner, interned: false)
        case .breakerState, .state:
            fields.breakerState = try readString(key, &scanner, interned: true)
        case .breakerTargetType:
            fields.breakerTargetType = try readString(key, &scanner, interned: true)
        case .breakerReason:
            fields.breakerReason = try readString(key, &scanner, interned: false)
        case .target:
            fields.target = try readString(key, &scanner, interned: false)
        case .budgetName:
            fields.budgetName = try readString(key, &scanner, interned: false)
        case .budgetLimit:
            fields.budgetLimitUSD = try readAmount(key, &scanner)
        case .budgetSpent:
            fields.budgetSpentUSD = try readAmount(key, &scanner)
        case .budgetEvent:
            fields.budgetEvent = try readString(key, &scanner, interned: false)
        }
    }

    /// Walks a nested object (`attributes`, `resource`); any other value there is skipped.
    private mutating func readNested(_ scanner: inout JSONScanner, as inner: Context, from outer: Context) throws(LineError) {
        if scanner.peek() == UInt8(ascii: "{") {
            try walkObject(&scanner, context: inner)
        } else {
            try scanner.skipValue(depth: outer.depth)
        }
    }

    static func traceID(_ id: ScannedID) -> TraceID {
        switch id {
        case let .hex(high, low): return .hex(high, low)
        case let .text(text): return TraceID(text)
        }
    }

    static func spanID(_ id: ScannedID) -> SpanID {
        switch id {
        case let .hex(_, low): return .hex(low)
        case let .text(text): return SpanID(text)
        }
    }
}

/// An id read from a line: hex digits parsed in place, or text.
enum ScannedID {
    case hex(UInt64, UInt64)
    case text(String)
}
