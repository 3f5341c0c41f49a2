import OpsModel

/// Turns an OTLP logs export request, protobuf or OTLP/JSON, into the evaluations it carries.
///
/// A record whose event is `gen_ai.evaluation.result` (its `event_name`, else its `event.name` attribute)
/// becomes an ``Evaluation`` of the span and trace the record names, at the record's time (else the time it
/// was observed). Its fields are the event's attributes (``OTLPEvaluationFields``), else the members of a
/// key-value body. Every other record is counted and ignored. A body that cannot be read throws (HTTP 400);
/// an evaluation record that cannot be used (no name, neither score nor label, a bad id, no time) is counted
/// for a partial success.
package struct OTLPLogsDecoder: Sendable {
    package var maxDepth: Int
    package var maxJSONBytes: Int

    package init(maxDepth: Int = ProtobufReader.defaultMaxDepth, maxJSONBytes: Int = 16 * 1024 * 1024) {
        self.maxDepth = maxDepth
        self.maxJSONBytes = maxJSONBytes
    }

    /// Decodes a protobuf `ExportLogsServiceRequest` (`application/x-protobuf`).
    package func decodeProtobuf(_ bytes: [UInt8]) throws(OTLPDecodingError) -> OTLPLogsBatch {
        do {
            return Self.map(try OTLPLogsProtobufParser.parseRequest(bytes, maxDepth: maxDepth))
        } catch {
            throw .protobuf(error)
        }
    }

    /// Decodes an OTLP/JSON `ExportLogsServiceRequest` (`application/json`).
    package func decodeJSON(_ bytes: [UInt8]) throws(OTLPDecodingError) -> OTLPLogsBatch {
        Self.map(try OTLPLogsJSONParser.parseRequest(bytes, maxBytes: maxJSONBytes, maxDepth: maxDepth))
    }

    static func map(_ records: [OTLPLogRecord]) -> OTLPLogsBatch {
        var batch = OTLPLogsBatch()
        for (index, record) in records.enumerated() {
            guard record.event == OTLPEvaluationFields.eventName else {
                batch.ignoredRecords += 1
                continue
            }
            switch evaluation(record) {
            case let .success(evaluation): batch.evaluations.append(evaluation)
            case let .failure(problem): batch.reject(index: index, problem.reason)
            }
        }
        return batch
    }

    static func evaluation(_ record: OTLPLogRecord) -> Result<Evaluation, OTLPMappingProblem> {
        if let problem = record.problem { return .failure(OTLPMappingProblem(problem)) }
        var fields = OTLPEvaluationFields(record.attributes)
        if fields.name == nil, case let .kvlist(members) = record.body {
            fields = OTLPEvaluationFields(members)
        }
        if let problem = fields.problem { return .failure(OTLPMappingProblem(problem)) }
        var traceID: TraceID?
        if !record.traceID.isEmpty, !record.traceID.allSatisfy({ $0 == 0 }) {
            switch OTLPSpanMapper.traceID(record.traceID) {
            case let .success(id): traceID = id
            case let .failure(problem): return .failure(problem)
            }
        }
        var spanID: SpanID?
        if !record.spanID.isEmpty, !record.spanID.allSatisfy({ $0 == 0 }) {
            switch OTLPSpanMapper.spanID(record.spanID, field: "span_id") {
            case let .success(id): spanID = id
            case let .failure(problem): return .failure(problem)
            }
        }
        let valid = OTLPSpanMapper.validNanos
        guard let time = [record.timeNanos, record.observedNanos].first(where: valid.contains) else {
            return .failure(OTLPMappingProblem(record.timeNanos == 0 && record.observedNanos == 0
                ? "log record without a time" : "time outside the years 1970 to 2200"))
        }
        guard let evaluation = fields.evaluation(timeNanos: Int64(time), traceID: traceID, spanID: spanID) else {
            return .failure(OTLPMappingProblem("not an evaluation"))
        }
        return .success(evaluation)
    }
}
