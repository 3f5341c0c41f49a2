/// A log record as OTLP states it (`logs/v1/logs.proto` `LogRecord`), before it is read as an evaluation;
/// both wire formats fill it. Severity, flags and the resource say nothing opstop uses.
struct OTLPLogRecord: Sendable {
    var timeNanos: UInt64 = 0
    var observedNanos: UInt64 = 0
    /// `LogRecord.event_name`; older SDKs state it as the `event.name` attribute instead.
    var eventName = ""
    var body: OTLPAnyValue = .empty
    var attributes: [OTLPKeyValue] = []
    var traceID: [UInt8] = []
    var spanID: [UInt8] = []
    /// A problem the wire format found in one field (a bad hex id in JSON); the record is rejected with it.
    var problem: String?

    /// The event the record stands for: `event_name`, else the `event.name` attribute.
    var event: String {
        if !eventName.isEmpty { return eventName }
        return attributes.last(where: { $0.key == "event.name" })?.value.text ?? ""
    }
}
