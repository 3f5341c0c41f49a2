import OpsModel
@testable import OpsFormats

/// Builds protobuf bytes by hand for tests: the naive reference encoder the reader is checked against.
struct ProtobufTestWriter {
    var bytes: [UInt8] = []

    static func varint(_ value: UInt64) -> [UInt8] {
        var value = value
        var out: [UInt8] = []
        while value >= 0x80 {
            out.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
        return out
    }

    mutating func tag(_ field: UInt32, _ wireType: ProtobufWireType) {
        bytes += Self.varint(UInt64(field) << 3 | UInt64(wireType.rawValue))
    }

    mutating func varint(_ field: UInt32, _ value: UInt64) {
        tag(field, .varint)
        bytes += Self.varint(value)
    }

    mutating func fixed64(_ field: UInt32, _ value: UInt64) {
        tag(field, .fixed64)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func fixed32(_ field: UInt32, _ value: UInt32) {
        tag(field, .fixed32)
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func bytes(_ field: UInt32, _ value: [UInt8]) {
        tag(field, .lengthDelimited)
        bytes += Self.varint(UInt64(value.count))
        bytes += value
    }

    mutating func string(_ field: UInt32, _ value: String) { bytes(field, Array(value.utf8)) }

    mutating func message(_ field: UInt32, _ build: (inout ProtobufTestWriter) -> Void) {
        var inner = ProtobufTestWriter()
        build(&inner)
        bytes(field, inner.bytes)
    }
}

/// Builders for OTLP messages, with field numbers from opentelemetry-proto.
extension ProtobufTestWriter {
    mutating func attribute(_ field: UInt32, _ key: String, string value: String) {
        message(field) { pair in
            pair.string(1, key)
            pair.message(2) { $0.string(1, value) }
        }
    }

    mutating func attribute(_ field: UInt32, _ key: String, int value: Int64) {
        message(field) { pair in
            pair.string(1, key)
            pair.message(2) { $0.varint(3, UInt64(bitPattern: value)) }
        }
    }

    /// An `ExportTraceServiceRequest` with one resource, one scope and the given span bodies.
    static func request(service: String = "svc", spans: [(inout ProtobufTestWriter) -> Void]) -> [UInt8] {
        var writer = ProtobufTestWriter()
        writer.message(1) { resourceSpans in
            resourceSpans.message(1) { $0.attribute(1, "service.name", string: service) }
            resourceSpans.message(2) { scopeSpans in
                scopeSpans.message(1) { $0.string(1, "test") }
                for span in spans { scopeSpans.message(2, span) }
            }
        }
        return writer.bytes
    }

    /// The fields every valid span needs: ids, a name and times.
    mutating func validSpanBasics(spanID: UInt8 = 2, parent: UInt8? = 1, name: String = "chat gpt-4o-mini") {
        bytes(1, [UInt8](repeating: 0xAB, count: 16))
        bytes(2, [UInt8](repeating: spanID, count: 8))
        if let parent { bytes(4, [UInt8](repeating: parent, count: 8)) }
        string(5, name)
        fixed64(7, 1_795_433_594_000_000_000)
        fixed64(8, 1_795_433_595_000_000_000)
    }
}

enum OTLPTestSupport {
    static var sampleProtobuf: [UInt8] {
        Base64.decode(OTLPSamples.protobufTracesBase64.filter { !$0.isWhitespace }) ?? []
    }

    static func decodeJSON(_ text: String, options: OTLPTraceDecoder.Options = .init()) throws -> OTLPTraceBatch {
        try OTLPTraceDecoder(options: options).decodeJSON(Array(text.utf8))
    }
}
