import OpsFormats
import OpsModel
import OpsSources
import Synchronization

extension ReceiverService {
    /// Reads a LangSmith request's runs and delivers the spans they complete.
    func exportLangSmith(_ route: LangSmithRoute, body: [UInt8]) -> ReceiverResponse {
        var spans: [Event] = []
        let receipt = langSmithRuns.withLock { runs -> LangSmithRunReceiver.Receipt in
            switch route {
            case .info: return LangSmithRunReceiver.Receipt()
            case let .multipart(boundary):
                return runs.receiveMultipart(body, boundary: boundary ?? "", into: { spans.append($0) })
            case .batch: return runs.receiveBatch(body, into: { spans.append($0) })
            case .create: return runs.receiveRun(body, into: { spans.append($0) })
            case let .update(id): return runs.receivePatch(body, id: id, into: { spans.append($0) })
            }
        }
        guard events.received.put(contentsOf: spans) else { return overloaded(.json) }
        noteSpans(accepted: spans.count, rejected: receipt.rejected)
        return LangSmithAnswers.receipt(receipt)
    }
}
