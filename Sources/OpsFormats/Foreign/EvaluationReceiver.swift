import OpsModel

/// Reads the bodies LangSmith's and Langfuse's SDKs post scores in (see ``ForeignEvaluation``).
package enum EvaluationReceiver {
    /// What one request gave.
    package struct Receipt: Sendable {
        package var evaluations: [Evaluation] = []
        /// Records that could not be read as evaluations, with the first reasons.
        package var rejected = 0
        package var problems: [String] = []
        /// Records of other kinds (a Langfuse trace event in an ingestion batch): counted, not read.
        package var ignored = 0
        /// Ids of the records taken, in order (Langfuse answers with them).
        package var acceptedIDs: [String] = []
        /// Why the body could not be read at all.
        package var unreadable: String?

        package init() {}

        mutating func take(_ value: JSONValue, index: Int, read: (ForeignJSON) throws(ForeignProblem) -> Evaluation) {
            guard case let .object(object) = value else { return reject(index, "not a JSON object") }
            do throws(ForeignProblem) {
                evaluations.append(try read(ForeignJSON(object)))
                acceptedIDs.append(object["id"]?.stringValue ?? "")
            } catch {
                reject(index, error.reason)
            }
        }

        mutating func reject(_ index: Int, _ reason: String) {
            rejected += 1
            if problems.count < 16 { problems.append("record \(index): \(reason)") }
        }
    }

    /// `POST /feedback`: one feedback object (a list of them is read too).
    package static func langSmithFeedback(_ body: [UInt8], now: Int64) -> Receipt {
        readList(body, now: now) { record, now throws(ForeignProblem) in
            try ForeignEvaluation.langSmithFeedback(record, now: now)
        }
    }

    /// The `feedback.<id>` parts of a `POST /runs/multipart` body.
    package static func langSmithMultipartFeedback(_ body: [UInt8], boundary: String, now: Int64) -> Receipt {
        var receipt = Receipt()
        let parts: [LangSmithMultipart.Part]
        do throws(ForeignProblem) {
            parts = try LangSmithMultipart.parts(body, boundary: boundary)
        } catch {
            receipt.unreadable = error.reason
            return receipt
        }
        for (index, part) in parts.enumerated() where part.name.hasPrefix("feedback.") {
            guard let value = try? JSONParser.parse(Array(part.body), maxDepth: ForeignJSON.maxDepth) else {
                receipt.reject(index, "part \(part.name.prefix(80)) is not JSON")
                continue
            }
            receipt.take(value, index: index) { record throws(ForeignProblem) in
                try ForeignEvaluation.langSmithFeedback(record, now: now)
            }
        }
        return receipt
    }

    /// `POST /api/public/scores`: a list of scores (one score object is read too).
    package static func langfuseScores(_ body: [UInt8], now: Int64) -> Receipt {
        readList(body, now: now) { record, now throws(ForeignProblem) in
            try ForeignEvaluation.langfuseScore(record, now: now)
        }
    }

    /// `POST /api/public/ingestion`: `{"batch":[{"type":"score-create","body":{…}}, …]}`; other event types are
    /// counted as ignored.
    package static func langfuseIngestion(_ body: [UInt8], now: Int64) -> Receipt {
        var receipt = Receipt()
        guard case let .object(object)? = parse(body, &receipt) else {
            if receipt.unreadable == nil { receipt.unreadable = "expected a JSON object with batch" }
            return receipt
        }
        guard case let .array(events)? = object["batch"] else {
            receipt.unreadable = "expected a JSON object with batch"
            return receipt
        }
        for (index, event) in events.enumerated() {
            guard event["type"]?.stringValue == "score-create" else {
                receipt.ignored += 1
                continue
            }
            guard let score = event["body"] else {
                receipt.reject(index, "score-create without body")
                continue
            }
            receipt.take(score, index: index) { record throws(ForeignProblem) in
                try ForeignEvaluation.langfuseScore(record, now: now)
            }
            if receipt.acceptedIDs.last == "", let id = event["id"]?.stringValue {
                receipt.acceptedIDs[receipt.acceptedIDs.count - 1] = id
            }
        }
        return receipt
    }

    private static func readList(
        _ body: [UInt8], now: Int64, read: (ForeignJSON, Int64) throws(ForeignProblem) -> Evaluation
    ) -> Receipt {
        var receipt = Receipt()
        let items: [JSONValue]
        switch parse(body, &receipt) {
        case let .array(values)?: items = values
        case let .object(object)?: items = [.object(object)]
        case nil: return receipt
        default:
            receipt.unreadable = "expected a JSON object or a list of them"
            return receipt
        }
        for (index, item) in items.enumerated() {
            receipt.take(item, index: index) { record throws(ForeignProblem) in try read(record, now) }
        }
        return receipt
    }

    private static func parse(_ body: [UInt8], _ receipt: inout Receipt) -> JSONValue? {
        do {
            return try JSONParser.parse(body, maxDepth: ForeignJSON.maxDepth)
        } catch {
            receipt.unreadable = error.description
            return nil
        }
    }
}
