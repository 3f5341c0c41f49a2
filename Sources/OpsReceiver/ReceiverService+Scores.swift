import NIOHTTP1
import OpsFormats
import OpsModel
import OpsSources

extension ReceiverService {
    /// Delivers the evaluations a LangSmith feedback or Langfuse score request carried; nil when the inbox is full.
    func deliver(_ receipt: EvaluationReceiver.Receipt) -> Bool {
        guard events.received.put(contentsOf: receipt.evaluations.map(Event.evaluation)) else { return false }
        noteEvaluations(accepted: receipt.evaluations.count, rejected: receipt.rejected, ignored: receipt.ignored)
        return true
    }

    /// Reads a Langfuse score request and answers as Langfuse does: 202 `{"message":"Accepted"}` when every
    /// score was taken (the SDK logs an error for any other shape), 207 with the counts and reasons otherwise
    /// (ingestion batches: 207 with `successes` and `errors`).
    func exportLangfuse(_ route: LangfuseRoute, body: [UInt8]) -> ReceiverResponse {
        let now = clock()
        let receipt = route == .scores
            ? EvaluationReceiver.langfuseScores(body, now: now) : EvaluationReceiver.langfuseIngestion(body, now: now)
        if let problem = receipt.unreadable { return .failure(.badRequest, problem, encoding: .json) }
        guard deliver(receipt) else { return overloaded(.json) }
        let errors = receipt.problems.map { #"{"message":"# + JSONWriter.quoted($0) + "}" }.joined(separator: ",")
        let text: String
        switch route {
        case .scores where receipt.rejected == 0:
            text = #"{"message":"Accepted"}"#
        case .scores:
            text = #"{"accepted":\#(receipt.evaluations.count),"rejected":\#(receipt.rejected),"errors":[\#(errors)]}"#
        case .ingestion:
            let successes = receipt.acceptedIDs.map { #"{"id":"# + JSONWriter.quoted($0) + #","status":201}"# }
            text = #"{"successes":[\#(successes.joined(separator: ","))],"errors":[\#(errors)]}"#
        }
        let status: HTTPResponseStatus = receipt.rejected == 0 && route == .scores ? .accepted : .multiStatus
        return ReceiverResponse(status: status, contentType: "application/json", body: Array(text.utf8))
    }
}
