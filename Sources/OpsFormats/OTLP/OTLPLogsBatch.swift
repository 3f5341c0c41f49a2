import OpsModel

/// What one OTLP logs export request gave: the evaluations its `gen_ai.evaluation.result` records carry,
/// how many other records were ignored, and the evaluation records that could not be used.
package struct OTLPLogsBatch: Sendable {
    package var evaluations: [Evaluation] = []
    /// Log records that are not evaluation results: counted, not read.
    package var ignoredRecords = 0
    /// Evaluation records left out; feeds `ExportLogsPartialSuccess.rejected_log_records`.
    package var rejectedRecords = 0
    /// The first rejections with their reasons (at most ``maxKeptRejections``).
    package var rejections: [String] = []

    package static let maxKeptRejections = 16

    package init() {}

    package var events: [Event] { evaluations.map(Event.evaluation) }

    /// Text for `ExportLogsPartialSuccess.error_message`; nil when nothing was rejected.
    package var partialSuccessMessage: String? {
        guard rejectedRecords > 0 else { return nil }
        let noun = rejectedRecords == 1 ? "log record" : "log records"
        return "\(rejectedRecords) \(noun) rejected: " + rejections.prefix(3).joined(separator: "; ")
    }

    mutating func reject(index: Int, _ reason: String) {
        rejectedRecords += 1
        if rejections.count < Self.maxKeptRejections { rejections.append("log record \(index): \(reason)") }
    }
}
