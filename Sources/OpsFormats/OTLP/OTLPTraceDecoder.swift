/// Turns an OTLP trace export request, protobuf or OTLP/JSON, into spans.
///
/// A body that cannot be read as a whole (broken wire format, not JSON, too deep) throws:
/// answer it with HTTP 400. Spans that are readable but unusable (bad ids, missing times,
/// a negative token count) are left out and counted in the batch, for a partial success.
package struct OTLPTraceDecoder: Sendable {
    package struct Options: Sendable {
        /// Keep prompts and completions (`SpanContent`) for the trace view.
        package var keepContent: Bool
        /// Deepest nesting of protobuf messages or JSON containers accepted.
        package var maxDepth: Int
        /// Largest OTLP/JSON body accepted.
        package var maxJSONBytes: Int

        package init(keepContent: Bool = true, maxDepth: Int = ProtobufReader.defaultMaxDepth,
                    maxJSONBytes: Int = 16 * 1024 * 1024) {
            self.keepContent = keepContent
            self.maxDepth = maxDepth
            self.maxJSONBytes = maxJSONBytes
        }
    }

    package var options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// Decodes a protobuf `ExportTraceServiceRequest` (`application/x-protobuf`).
    package func decodeProtobuf(_ bytes: [UInt8]) throws(OTLPDecodingError) -> OTLPTraceBatch {
        do {
            return map(try OTLPProtobufParser.parseRequest(bytes, maxDepth: options.maxDepth))
        } catch {
            throw .protobuf(error)
        }
    }

    /// Decodes an OTLP/JSON `ExportTraceServiceRequest` (`application/json`), also one line of a file exporter.
    package func decodeJSON(_ bytes: [UInt8]) throws(OTLPDecodingError) -> OTLPTraceBatch {
        map(try OTLPJSONParser.parseRequest(bytes, maxBytes: options.maxJSONBytes, maxDepth: options.maxDepth))
    }

    private func map(_ groups: [(OTLPResourceContext, [OTLPSpanRecord])]) -> OTLPTraceBatch {
        let mapper = OTLPSpanMapper(keepContent: options.keepContent)
        var batch = OTLPTraceBatch()
        var index = 0
        for (context, records) in groups {
            for record in records {
                switch mapper.map(record, context: context) {
                case let .success(mapped):
                    batch.spans.append(mapped.span)
                    batch.evaluations += mapped.evaluations
                case let .failure(problem):
                    batch.reject(OTLPRejectedSpan(index: index, name: record.name, reason: problem.reason))
                }
                index += 1
            }
        }
        return batch
    }
}
