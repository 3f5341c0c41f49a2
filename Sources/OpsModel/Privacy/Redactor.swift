/// Masks what `--redact` hides: prompts, completions and tool arguments become a size marker, user
/// ids a stable hash, and text matching a pattern a labelled hash (`[email 3f9a1c2b]`).
///
/// Hashes are the same in every run, so the same user or trace keeps its name across reports.
public struct Redactor: Sendable {
    public let patterns: [RedactionPattern]

    private let hasCustomPatterns: Bool

    public init(patterns: [RedactionPattern] = RedactionPattern.defaults) {
        self.patterns = patterns
        hasCustomPatterns = patterns.contains { if case .custom = $0 { true } else { false } }
    }

    /// The span as `--redact` shows it. Ids are rewritten the same way wherever they appear, so a
    /// redacted parent id still names its redacted parent.
    public func redact(_ span: Span) -> Span {
        var span = span
        span.traceID = redact(span.traceID)
        span.spanID = redact(span.spanID)
        if let parent = span.parentID { span.parentID = redact(parent) }
        span.name = scrub(span.name)
        span.provider = span.provider.map(scrub)
        span.requestModel = span.requestModel.map(scrub)
        span.responseModel = span.responseModel.map(scrub)
        span.tool = span.tool.map(scrub)
        if var error = span.error {
            error.type = scrub(error.type)
            error.message = error.message.map(scrub)
            span.error = error
        }
        span.userID = span.userID.map(userID)
        span.sessionID = span.sessionID.map(scrub)
        span.serviceName = span.serviceName.map(scrub)
        span.conversationID = span.conversationID.map(scrub)
        if var verdict = span.guardrail {
            verdict.guardrail = scrub(verdict.guardrail)
            verdict.reason = verdict.reason.map(scrub)
            span.guardrail = verdict
        }
        if var lookup = span.cache {
            lookup.cacheName = lookup.cacheName.map(scrub)
            span.cache = lookup
        }
        if let content = span.content {
            span.content = SpanContent(input: content.input.map(Self.contentMarker), output: content.output.map(Self.contentMarker))
        }
        return span
    }

    public func redact(_ id: TraceID) -> TraceID {
        if case let .text(text) = id { return .text(scrub(text)) }
        return id
    }

    public func redact(_ id: SpanID) -> SpanID {
        if case let .text(text) = id { return .text(scrub(text)) }
        return id
    }

    /// `user-` and eight hex digits; a value already in that form is left as it is.
    public func userID(_ id: String) -> String {
        if Self.isHashedUser(id) { return id }
        return "user-" + StableHash.hex(id)
    }

    /// The text with every pattern match replaced by its label and hash. Running it again changes
    /// nothing for the built-in patterns (a custom expression may match the markers themselves).
    public func scrub(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        if !hasCustomPatterns, !SecretScanner.mayHoldSecret(text.utf8) { return text }
        let bytes = Array(text.utf8)
        var matches: [(range: Range<Int>, label: String)] = []
        for pattern in patterns {
            let found: [Range<Int>] = switch pattern {
            case .email: SecretScanner.emails(in: bytes)
            case .apiKey: SecretScanner.apiKeys(in: bytes)
            case .cardNumber: SecretScanner.cardNumbers(in: bytes)
            case let .custom(custom): custom.matches(in: text)
            }
            matches += found.map { ($0, pattern.label) }
        }
        guard !matches.isEmpty else { return text }
        matches.sort { $0.range.lowerBound < $1.range.lowerBound || ($0.range.lowerBound == $1.range.lowerBound && $0.range.upperBound > $1.range.upperBound) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var cursor = 0
        for (range, label) in matches where range.lowerBound >= cursor {
            output += bytes[cursor..<range.lowerBound]
            let secret = String(decoding: bytes[range], as: UTF8.self)
            output += Array("[\(label) \(StableHash.hex(secret))]".utf8)
            cursor = range.upperBound
        }
        output += bytes[cursor...]
        return String(decoding: output, as: UTF8.self)
    }

    /// `[redacted 1.2 KB]`: what was there is gone, how much of it stays.
    static func contentMarker(_ text: String) -> String {
        if isContentMarker(text) { return text }
        return "[redacted \(byteText(text.utf8.count))]"
    }

    static func byteText(_ count: Int) -> String {
        if count < 1024 { return "\(count) B" }
        let kilobytes = Double(count) / 1024
        if kilobytes < 1024 { return oneDecimal(kilobytes) + " KB" }
        return oneDecimal(kilobytes / 1024) + " MB"
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func isContentMarker(_ text: String) -> Bool {
        text.hasPrefix("[redacted ") && text.hasSuffix("B]") && text.utf8.count <= 24
    }

    private static func isHashedUser(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        return bytes.count == 13 && id.hasPrefix("user-")
            && bytes[5...].allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}

extension Redactor {
    /// Spans as ``redact(_:)-(Span)`` does; breaker and budget events with their free text scrubbed.
    package func redact(_ event: Event) -> Event {
        switch event {
        case let .span(span): return .span(redact(span))
        case var .breaker(breaker):
            breaker.target = scrub(breaker.target)
            breaker.reason = breaker.reason.map(scrub)
            return .breaker(breaker)
        case var .budget(budget):
            budget.name = scrub(budget.name)
            budget.event = budget.event.map(scrub)
            return .budget(budget)
        case var .evaluation(evaluation):
            if let trace = evaluation.traceID { evaluation.traceID = redact(trace) }
            if let span = evaluation.spanID { evaluation.spanID = redact(span) }
            evaluation.name = scrub(evaluation.name)
            evaluation.label = evaluation.label.map(scrub)
            evaluation.explanation = evaluation.explanation.map(Self.contentMarker)
            evaluation.evaluator = evaluation.evaluator.map(scrub)
            return .evaluation(evaluation)
        }
    }
}
