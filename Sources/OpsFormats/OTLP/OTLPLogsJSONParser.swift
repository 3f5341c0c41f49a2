import OpsModel

/// Reads an OTLP/JSON `ExportLogsServiceRequest` (`{"resourceLogs":[…]}`) with the rules of
/// ``OTLPJSONParser``: hex ids, 64-bit integers as strings or numbers, typed attribute values.
enum OTLPLogsJSONParser {
    static func parseRequest(_ bytes: [UInt8], maxBytes: Int, maxDepth: Int) throws(OTLPDecodingError)
        -> [OTLPLogRecord]
    {
        let object = try OTLPJSONParser.requestObject(bytes, maxBytes: maxBytes, maxDepth: maxDepth,
                                                      listing: "resourceLogs")
        var records: [OTLPLogRecord] = []
        for resourceLogs in OTLPJSONParser.array(object["resourceLogs"]) {
            for scopeLogs in OTLPJSONParser.array(resourceLogs["scopeLogs"]) {
                for record in OTLPJSONParser.array(scopeLogs["logRecords"]) {
                    records.append(parseRecord(record))
                }
            }
        }
        return records
    }

    private static func parseRecord(_ value: JSONValue) -> OTLPLogRecord {
        var record = OTLPLogRecord()
        guard case let .object(object) = value else {
            record.problem = "log record is not a JSON object"
            return record
        }
        var problems: [String] = []
        record.timeNanos = OTLPJSONParser.unsigned(object["timeUnixNano"], field: "timeUnixNano", problems: &problems)
        record.observedNanos = OTLPJSONParser.unsigned(
            object["observedTimeUnixNano"], field: "observedTimeUnixNano", problems: &problems)
        record.eventName = object["eventName"]?.stringValue ?? ""
        record.body = OTLPJSONParser.anyValue(object["body"])
        record.attributes = OTLPJSONParser.attributes(object["attributes"])
        record.traceID = OTLPJSONParser.hexID(object["traceId"], field: "traceId", problems: &problems)
        record.spanID = OTLPJSONParser.hexID(object["spanId"], field: "spanId", problems: &problems)
        record.problem = problems.first
        return record
    }
}
