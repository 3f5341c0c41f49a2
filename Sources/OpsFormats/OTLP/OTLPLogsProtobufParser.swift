/// Reads an `ExportLogsServiceRequest` (or `LogsData`, the same layout) from protobuf.
///
/// Field numbers follow opentelemetry-proto `logs/v1/logs.proto` and `collector/logs/v1/logs_service.proto`.
/// Unknown fields are skipped; a known field with the wrong wire type is an error.
enum OTLPLogsProtobufParser {
    static func parseRequest(_ bytes: [UInt8], maxDepth: Int) throws(ProtobufError) -> [OTLPLogRecord] {
        var reader = ProtobufReader(bytes, maxDepth: maxDepth)
        var records: [OTLPLogRecord] = []
        while let tag = try reader.nextField() {
            guard tag.number == 1 else {
                try reader.skip(tag)
                continue
            }
            try reader.expect(tag, .lengthDelimited, field: "ExportLogsServiceRequest.resource_logs")
            var resourceLogs = try reader.readMessage()
            while let inner = try resourceLogs.nextField() {
                guard inner.number == 2 else {
                    try resourceLogs.skip(inner)
                    continue
                }
                try resourceLogs.expect(inner, .lengthDelimited, field: "ResourceLogs.scope_logs")
                var scopeLogs = try resourceLogs.readMessage()
                while let field = try scopeLogs.nextField() {
                    guard field.number == 2 else {
                        try scopeLogs.skip(field)
                        continue
                    }
                    try scopeLogs.expect(field, .lengthDelimited, field: "ScopeLogs.log_records")
                    var record = try scopeLogs.readMessage()
                    records.append(try parseRecord(&record))
                }
            }
        }
        return records
    }

    private static func parseRecord(_ reader: inout ProtobufReader) throws(ProtobufError) -> OTLPLogRecord {
        var record = OTLPLogRecord()
        while let tag = try reader.nextField() {
            switch tag.number {
            case 1:
                try reader.expect(tag, .fixed64, field: "LogRecord.time_unix_nano")
                record.timeNanos = try reader.readFixed64()
            case 5:
                try reader.expect(tag, .lengthDelimited, field: "LogRecord.body")
                var message = try reader.readMessage()
                record.body = try OTLPProtobufParser.parseAnyValue(&message)
            case 6:
                try reader.expect(tag, .lengthDelimited, field: "LogRecord.attributes")
                var message = try reader.readMessage()
                record.attributes.append(try OTLPProtobufParser.parseKeyValue(&message))
            case 9:
                try reader.expect(tag, .lengthDelimited, field: "LogRecord.trace_id")
                record.traceID = try reader.readBytes()
            case 10:
                try reader.expect(tag, .lengthDelimited, field: "LogRecord.span_id")
                record.spanID = try reader.readBytes()
            case 11:
                try reader.expect(tag, .fixed64, field: "LogRecord.observed_time_unix_nano")
                record.observedNanos = try reader.readFixed64()
            case 12:
                try reader.expect(tag, .lengthDelimited, field: "LogRecord.event_name")
                record.eventName = try reader.readString()
            default:
                try reader.skip(tag)
            }
        }
        return record
    }
}
