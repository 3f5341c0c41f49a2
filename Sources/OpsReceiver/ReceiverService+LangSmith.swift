import NIOHTTP1
import OpsFormats
import OpsModel
import OpsSources
import Synchronization

extension ReceiverService {
    /// Reads a LangSmith request's runs and delivers the spans they complete.
    func exportLangSmith(_ route: LangSmithRoute, body: [UInt8]) -> ReceiverResponse {
        if case .feedback = route { return exportFeedback(body) }
        var spans: [Event] = []
        let receipt = langSmithRuns.withLock { runs -> LangSmithRunReceiver.Receipt in
            switch route {
            case .info: return LangSmithRunReceiver.Receipt()
            case let .multipart(boundary):
                return runs.receiveMultipart(body, boundary: boundary ?? "", into: { spans.append($0) })
            case .batch: return runs.receiveBatch(body, into: { spans.append($0) })
            case .create: return runs.receiveRun(body, into: { spans.append($0) })
            case let .update(id): return runs.receivePatch(body, id: id, into: { spans.append($0) })
            case .feedback: return LangSmithRunReceiver.Receipt()
            }
        }
        // Feedback the SDK queues with its runs arrives as `feedback.<id>` parts of the same body.
        if case let .multipart(boundary?) = route {
            let feedback = EvaluationReceiver.langSmithMultipartFeedback(body, boundary: boundary, now: clock())
            if !feedback.evaluations.isEmpty || feedback.rejected > 0, !deliver(feedback) { return overloaded(.json) }
        }
        guard events.received.put(contentsOf: spans) else { return overloaded(.json) }
        noteSpans(accepted: spans.count, rejected: receipt.rejected)
        return LangSmithAnswers.receipt(receipt)
    }

    /// `POST /feedback`: LangSmith answers with the feedback it stored; opstop with what it took.
    private func exportFeedback(_ body: [UInt8]) -> ReceiverResponse {
        let receipt = EvaluationReceiver.langSmithFeedback(body, now: clock())
        if let problem = receipt.unreadable { return .failure(.badRequest, problem, encoding: .json) }
        if receipt.evaluations.isEmpty, let problem = receipt.problems.first {
            return .failure(.badRequest, problem, encoding: .json)
        }
        guard deliver(receipt) else { return overloaded(.json) }
        let ids = receipt.acceptedIDs.map { JSONWriter.quoted($0) }.joined(separator: ",")
        let text = #"{"evaluations":\#(receipt.evaluations.count),"rejected":\#(receipt.rejected),"ids":[\#(ids)]}"#
        return ReceiverResponse(status: .ok, contentType: "application/json", body: Array(text.utf8))
    }
}
