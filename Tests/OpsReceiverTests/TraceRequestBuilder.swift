/// Writes OTLP protobuf requests by hand (field numbers from opentelemetry-proto), for receiver tests.
struct TraceRequestBuilder {
    static func varint(_ value: UInt64) -> [UInt8] {
        var value = value
        var out: [UInt8] = []
        while value >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
        return out
    }

    static func field(_ number: UInt32, _ bytes: [UInt8]) -> [UInt8] {
        varint(UInt64(number) << 3 | 2) + varint(UInt64(bytes.count)) + bytes
    }

    static func fixed64(_ number: UInt32, _ value: UInt64) -> [UInt8] {
        varint(UInt64(number) << 3 | 1) + (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    static func stringAttribute(_ key: String, _ value: String) -> [UInt8] {
        field(1, Array(key.utf8)) + field(2, field(1, Array(value.utf8)))
    }

    static func intAttribute(_ key: String, _ value: Int64) -> [UInt8] {
        field(1, Array(key.utf8)) + field(2, varint(3 << 3) + varint(UInt64(bitPattern: value)))
    }

    /// A chat span: trace `trace` (1-based), span `span`, 100 ms long, with model and token counts.
    static func span(trace: UInt64, span: UInt64, inputTokens: Int64 = 10, outputTokens: Int64 = 5,
                     badTraceID: Bool = false) -> [UInt8] {
        let traceID = badTraceID ? [UInt8](repeating: 1, count: 5)
            : (0..<16).map { UInt8(truncatingIfNeeded: (trace + 1) >> (8 * UInt64(15 - $0))) }
        let spanID = (0..<8).map { UInt8(truncatingIfNeeded: span >> (8 * UInt64(7 - $0))) }
        let start: UInt64 = 1_795_000_000_000_000_000 + span * 1_000_000
        return field(1, traceID) + field(2, spanID) + field(5, Array("chat gpt-4o-mini".utf8))
            + fixed64(7, start) + fixed64(8, start + 100_000_000)
            + field(9, stringAttribute("gen_ai.operation.name", "chat"))
            + field(9, stringAttribute("gen_ai.request.model", "gpt-4o-mini"))
            + field(9, intAttribute("gen_ai.usage.input_tokens", inputTokens))
            + field(9, intAttribute("gen_ai.usage.output_tokens", outputTokens))
    }

    /// An `ExportTraceServiceRequest` with one resource (`service.name`) and these spans.
    static func request(service: String = "svc", spans: [[UInt8]]) -> [UInt8] {
        let resource = field(1, stringAttribute("service.name", service))
        let scope = field(1, field(1, Array("test".utf8))) + spans.flatMap { field(2, $0) }
        return field(1, field(1, resource) + field(2, scope))
    }

    /// `count` spans with ids starting at `firstSpan`, one trace each.
    static func request(firstSpan: UInt64, count: Int) -> [UInt8] {
        request(spans: (0..<UInt64(count)).map { span(trace: firstSpan + $0, span: firstSpan + $0) })
    }
}
