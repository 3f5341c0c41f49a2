import NIOHTTP1
import OpsFormats
import OpsModel

/// The answers to LangSmith's SDK.
enum LangSmithAnswers {
    /// `GET /info`: multipart ingestion, no zstd compression, the body limit; the SDK reads nothing else to send runs.
    static func info(maxBodyBytes: Int) -> ReceiverResponse {
        let text = #"{"version":"opstop","batch_ingest_config":{"use_multipart_endpoint":true,"#
            + #""size_limit_bytes":\#(maxBodyBytes),"size_limit":100,"scale_up_qsize_trigger":1000,"#
            + #""scale_up_nthreads_limit":16,"scale_down_nempty_trigger":4},"#
            + #""instance_flags":{"zstd_compression_enabled":false}}"#
        return ReceiverResponse(status: .ok, contentType: "application/json", body: Array(text.utf8))
    }

    /// 202 for runs taken (as LangSmith answers ingestion), 400 for a body that could not be read at all.
    static func receipt(_ receipt: LangSmithRunReceiver.Receipt) -> ReceiverResponse {
        if receipt.spans == 0, receipt.held == 0, let problem = receipt.problem {
            return .failure(.badRequest, problem, encoding: .json)
        }
        var text = #"{"spans":\#(receipt.spans),"held":\#(receipt.held),"rejected":\#(receipt.rejected)"#
        if let problem = receipt.problem { text += #","message":"# + JSONWriter.quoted(problem) }
        return ReceiverResponse(status: .accepted, contentType: "application/json", body: Array((text + "}").utf8))
    }
}
