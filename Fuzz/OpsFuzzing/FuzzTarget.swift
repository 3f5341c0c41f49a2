import OpsConfig
import OpsFormats
import OpsModel

/// One input reader of opstop under fuzzing: it takes any bytes and must neither crash nor hang,
/// and what it promises (the sanitiser's property) must hold. Shared by the seeded mutation test
/// in `swift test` and by libFuzzer (`scripts/fuzz.sh`).
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// Usage-log lines in every format the log reader knows (native, LiteLLM, LangSmith, OTLP/JSON lines).
    case usageLog = "usage-log"
    case otlpProtobufTraces = "otlp-protobuf-traces"
    case otlpJSONTraces = "otlp-json-traces"
    case otlpProtobufMetrics = "otlp-protobuf-metrics"
    case otlpJSONMetrics = "otlp-json-metrics"
    /// `POST /v1/logs` bodies: evaluation records and the others.
    case otlpProtobufLogs = "otlp-protobuf-logs"
    case otlpJSONLogs = "otlp-json-logs"
    case exposition
    case prometheusAPI = "prometheus-api"
    /// The LangSmith SDK's `POST /runs/multipart` body; the input's first line is the request's content type.
    case langSmithMultipart = "langsmith-multipart"
    case config
    case theme
    case sanitizer

    /// Feeds `bytes` to the reader; a description of a broken promise, nil when all held.
    package func run(_ bytes: [UInt8]) -> String? {
        switch self {
        case .usageLog:
            var ingestor = LogIngestor(options: UsageLogDecoder.Options(readsMetrics: true), source: "fuzz")
            var events = 0
            // Split where a reader's chunks would, so partial lines are exercised too.
            let cut = bytes.count / 3
            bytes[..<cut].withUnsafeBytes { ingestor.feed($0) { _ in events += 1 } }
            bytes[cut...].withUnsafeBytes { ingestor.feed($0) { _ in events += 1 } }
            ingestor.finish { _ in events += 1 }
            _ = ingestor.takeMetrics()
            let stats = ingestor.stats
            return stats.malformed <= stats.lines ? nil : "more malformed lines than lines"
        case .otlpProtobufTraces:
            _ = try? OTLPTraceDecoder().decodeProtobuf(bytes)
        case .otlpJSONTraces:
            _ = try? OTLPTraceDecoder().decodeJSON(bytes)
        case .otlpProtobufMetrics:
            var deltas = OTLPDeltaAccumulator()
            _ = try? OTLPMetricsDecoder().decodeProtobuf(bytes, deltas: &deltas)
        case .otlpJSONMetrics:
            var deltas = OTLPDeltaAccumulator()
            _ = try? OTLPMetricsDecoder().decodeJSON(bytes, deltas: &deltas)
        case .otlpProtobufLogs:
            if let batch = try? OTLPLogsDecoder().decodeProtobuf(bytes) { return Self.checkLogs(batch) }
        case .otlpJSONLogs:
            if let batch = try? OTLPLogsDecoder().decodeJSON(bytes) { return Self.checkLogs(batch) }
        case .exposition:
            for contentType in [nil, "text/plain; version=0.0.4", "application/openmetrics-text; version=1.0.0"] {
                let scrape = ExpositionParser.parse(bytes, contentType: contentType)
                if scrape.sampleCount > scrape.lineCount { return "more samples than lines" }
            }
        case .prometheusAPI:
            _ = try? PrometheusAPIDecoder.decode(bytes)
            _ = try? PrometheusAPIDecoder.decodeStrings(bytes)
        case .langSmithMultipart:
            return Self.checkMultipart(bytes)
        case .config:
            _ = try? ConfigLoader.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz.toml")
        case .theme:
            _ = try? ThemeLoader.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz-theme.toml")
        case .sanitizer:
            return Self.checkSanitizer(String(decoding: bytes, as: UTF8.self))
        }
        return nil
    }

    /// A multipart body's runs are counted as the receiver says: every span it reports is delivered and no
    /// more, no run waits that it did not count as held, and a body without its boundary is refused with a reason.
    static func checkMultipart(_ bytes: [UInt8]) -> String? {
        let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        let contentType = String(decoding: bytes[..<newline], as: UTF8.self)
        let body = Array(bytes[Swift.min(newline + 1, bytes.endIndex)...])
        guard let boundary = LangSmithRunReceiver.multipartBoundary(contentType: contentType) else { return nil }
        if boundary.isEmpty || boundary.utf8.count > 200 { return "boundary '\(boundary.prefix(40))' accepted" }
        var receiver = LangSmithRunReceiver(keepContent: true)
        var spans = 0
        let receipt = receiver.receiveMultipart(body, boundary: boundary) { if case .span = $0 { spans += 1 } }
        if receipt.spans != spans { return "receipt says \(receipt.spans) spans, \(spans) delivered" }
        // A run held and then completed by a later part of the same body is counted held and delivered.
        if receiver.heldRuns > receipt.held { return "receipt says \(receipt.held) held, \(receiver.heldRuns) waiting" }
        if !Self.contains(Array(("--" + boundary).utf8), in: body), receipt.problem == nil || spans + receipt.held > 0 {
            return "a body without its boundary was read"
        }
        return nil
    }

    /// Every evaluation kept has a name, a score or a label, and a finite score of bounded size.
    static func checkLogs(_ batch: OTLPLogsBatch) -> String? {
        for evaluation in batch.evaluations {
            if evaluation.name.isEmpty { return "an evaluation without a name" }
            if evaluation.score == nil, evaluation.label == nil { return "an evaluation without score or label" }
            if let score = evaluation.score, !score.isFinite || abs(score) > 1e9 { return "score \(score) kept" }
        }
        return nil
    }

    private static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard !needle.isEmpty, bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    /// Nothing below U+0020, no DEL, C1, bidi control, joiner or other format character leaves the
    /// sanitiser; sanitizing twice changes nothing; JSON escapes the same characters.
    static func checkSanitizer(_ text: String) -> String? {
        let clean = SafeText.sanitize(text)
        for scalar in clean.unicodeScalars where Self.isUnsafe(scalar) {
            return "U+\(String(scalar.value, radix: 16)) left the sanitiser"
        }
        if SafeText.sanitize(clean) != clean { return "sanitizing is not idempotent" }
        for scalar in SafeText.sanitizeLines(text).unicodeScalars where scalar != "\n" && Self.isUnsafe(scalar) {
            return "U+\(String(scalar.value, radix: 16)) left sanitizeLines"
        }
        for scalar in JSONWriter.quoted(text).unicodeScalars where Self.isUnsafe(scalar) {
            return "U+\(String(scalar.value, radix: 16)) left the JSON writer unescaped"
        }
        return nil
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || scalar.properties.generalCategory == .format
    }
}
