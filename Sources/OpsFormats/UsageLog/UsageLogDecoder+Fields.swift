import OpsModel

extension UsageLogDecoder {
    /// Reads the value of a known key into `fields`; aliases write the same field.
    ///
    /// Inlined into the walk (`@inline(always)`, which the optimizer must honour, where it judged
    /// `@inline(__always)` unprofitable): a call and its frame fewer per key.
    @inline(always)
    mutating func readValue(for key: KnownKey, _ scanner: inout JSONScanner, context: Context) throws(LineError) {
        switch key {
        case .name, .operationName, .providerName, .genAISystem, .provider, .requestModel, .model, .responseModel,
             .toolName, .tool, .conversationID, .errorType, .errorTypeShort, .errorMessage, .errorMessageShort,
             .userID, .userIDShort, .sessionID, .sessionIDShort, .serviceName, .breakerName, .breakerState, .state,
             .breakerTargetType, .breakerReason, .target, .budgetName, .budgetEvent, .cacheName, .opstopCacheName,
             .guardrail, .opstopGuardrailName, .opstopGuardrailReason, .evaluationName, .scoreLabel,
             .evaluationExplanation:
            // One call site, so the inlined reader is one copy: the field is chosen after the read.
            fields.setText(try readTextInPlace(key, &scanner), for: key)
        case .kind:
            fields.kind = try readKind(&scanner)
        case .version:
            try scanner.skipValue(depth: context.depth)
        case .traceID:
            (fields.traceID, fields.traceHex) = try readTraceID(key, &scanner)
        case .spanID:
            (fields.spanID, fields.spanHex) = try readSpanID(key, &scanner)
        case .parentSpanID, .parentID:
            (fields.parentID, fields.parentHex) = try readSpanID(key, &scanner)
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
        case .opstopComponent, .component:
            fields.component = try readComponent(key, &scanner)
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
        case .errorCategory, .errorCategoryShort:
            fields.errorCategory = try readCategory(key, &scanner)
        case .opstopCost, .costUSD, .genAICost, .llmCostTotal, .totalCost, .responseCost:
            fields.costUSD = try readAmount(key, &scanner)
        case .inputMessages, .input:
            fields.input = try readContent(key, &scanner, context: context)
        case .outputMessages, .output:
            fields.output = try readContent(key, &scanner, context: context)
        case .attributes:
            try readNested(&scanner, as: context == .resource ? .resourceAttributes : .attributes, from: context)
        case .resource:
            try readNested(&scanner, as: .resource, from: context)
        case .budgetLimit:
            fields.budgetLimitUSD = try readAmount(key, &scanner)
        case .budgetSpent:
            fields.budgetSpentUSD = try readAmount(key, &scanner)
        case .cacheHit, .opstopCacheHit:
            fields.cacheHit = try readFlag(key, &scanner)
        case .savedUSD, .opstopCacheSaved:
            fields.savedUSD = try readAmount(key, &scanner)
        case .outcome:
            fields.outcome = try softly { (decoder: inout Self) throws(LineError) in try decoder.readOutcome(key, &scanner) }
        case .opstopGuardrailOutcome:
            fields.outcome = try readOutcome(key, &scanner)
        case .reason:
            fields.reason = try softly { (decoder: inout Self) throws(LineError) in try decoder.readText(key, &scanner) }
        case .rateLimited, .opstopRateLimited:
            fields.rateLimited = try readFlag(key, &scanner)
        case .httpStatus, .httpStatusOld:
            fields.httpStatus = try softly { (decoder: inout Self) throws(LineError) in try decoder.readCount(key, &scanner) }
        case .score:
            fields.score = try softly { (decoder: inout Self) throws(LineError) in try decoder.readScore(key, &scanner) }
        case .scoreValue:
            fields.score = try readScore(key, &scanner)
        case .label:
            fields.label = try softly { (decoder: inout Self) throws(LineError) in try decoder.readText(key, &scanner) }
        case .explanation:
            fields.explanation = try softly { (decoder: inout Self) throws(LineError) in try decoder.readText(key, &scanner) }
        case .evaluator:
            fields.evaluator = try softly { (decoder: inout Self) throws(LineError) in try decoder.readText(key, &scanner) }
        case .resourceSpans, .resourceMetrics, .callType, .runType, .dottedOrder, .post, .patch:
            if context == .top { noteForeignMarker(key, scanner) }
            try scanner.skipValue(depth: context.depth)
        }
    }

    /// Remembers which format a top-level marker key names; `post` and `patch` count only as arrays.
    private mutating func noteForeignMarker(_ key: KnownKey, _ scanner: JSONScanner) {
        let format: ForeignFormat
        switch key {
        case .resourceSpans: format = .otlpTraces
        case .resourceMetrics: format = .otlpMetrics
        case .callType: format = .liteLLM
        case .runType, .dottedOrder: format = .langSmithRun
        case .post, .patch:
            guard scanner.peek() == UInt8(ascii: "[") else { return }
            format = .langSmithBatch
        default: return
        }
        if fields.foreign == nil { fields.foreign = format }
    }

    /// Walks a nested object (`attributes`, `resource`); any other value there is skipped.
    private mutating func readNested(_ scanner: inout JSONScanner, as inner: Context, from outer: Context) throws(LineError) {
        if scanner.peek() == UInt8(ascii: "{") {
            try walkObject(&scanner, context: inner)
        } else {
            try scanner.skipValue(depth: outer.depth)
        }
    }
}
