import OpsModel

/// Reads an `ExportTraceServiceRequest` (or `TracesData`, which has the same layout) from protobuf.
///
/// Field numbers follow opentelemetry-proto `trace/v1/trace.proto`, `common/v1/common.proto`,
/// `resource/v1/resource.proto` and `collector/trace/v1/trace_service.proto`. Unknown fields
/// are skipped; a known field with the wrong wire type is an error.
enum OTLPProtobufParser {
    /// The spans of each `ResourceSpans`, with what they share.
    static func parseRequest(_ bytes: [UInt8], maxDepth: Int) throws(ProtobufError)
        -> [(OTLPResourceContext, [OTLPSpanRecord])]
    {
        var reader = ProtobufReader(bytes, maxDepth: maxDepth)
        var groups: [(OTLPResourceContext, [OTLPSpanRecord])] = []
        while let tag = try reader.nextField() {
            guard tag.number == 1 else {
                try reader.skip(tag)
                continue
            }
            try reader.expect(tag, .lengthDelimited, field: "ExportTraceServiceRequest.resource_spans")
            var resourceSpans = try reader.readMessage()
            groups.append(try parseResourceSpans(&resourceSpans))
        }
        return groups
    }

    /// Reads the resource first, wherever it is in the message, then the scopes' spans.
    private static func parseResourceSpans(_ reader: inout ProtobufReader) throws(ProtobufError)
        -> (OTLPResourceContext, [OTLPSpanRecord])
    {
        var context = OTLPResourceContext()
        var spans: [OTLPSpanRecord] = []
        var firstPass = reader
        while let tag = try firstPass.nextField() {
            guard tag.number == 1 else {
                try firstPass.skip(tag)
                continue
            }
            try firstPass.expect(tag, .lengthDelimited, field: "ResourceSpans.resource")
            var resource = try firstPass.readMessage()
            context = try parseResource(&resource)
        }
        while let tag = try reader.nextField() {
            guard tag.number == 2 else {
                try reader.skip(tag)
                continue
            }
            try reader.expect(tag, .lengthDelimited, field: "ResourceSpans.scope_spans")
            var scopeSpans = try reader.readMessage()
            while let inner = try scopeSpans.nextField() {
                guard inner.number == 2 else {
                    try scopeSpans.skip(inner)
                    continue
                }
                try scopeSpans.expect(inner, .lengthDelimited, field: "ScopeSpans.spans")
                var span = try scopeSpans.readMessage()
                spans.append(try parseSpan(&span))
            }
        }
        return (context, spans)
    }

    private static func parseResource(_ reader: inout ProtobufReader) throws(ProtobufError) -> OTLPResourceContext {
        var context = OTLPResourceContext()
        while let tag = try reader.nextField() {
            guard tag.number == 1 else {
                try reader.skip(tag)
                continue
            }
            try reader.expect(tag, .lengthDelimited, field: "Resource.attributes")
            var message = try reader.readMessage()
            let pair = try parseKeyValue(&message)
            if pair.key == "service.name", let name = pair.value.text { context.serviceName = name }
        }
        return context
    }

    private static func parseSpan(_ reader: inout ProtobufReader) throws(ProtobufError) -> OTLPSpanRecord {
        var span = OTLPSpanRecord()
        while let tag = try reader.nextField() {
            switch tag.number {
            case 1:
                try reader.expect(tag, .lengthDelimited, field: "Span.trace_id")
                span.traceID = try reader.readBytes()
            case 2:
                try reader.expect(tag, .lengthDelimited, field: "Span.span_id")
                span.spanID = try reader.readBytes()
            case 4:
                try reader.expect(tag, .lengthDelimited, field: "Span.parent_span_id")
                span.parentSpanID = try reader.readBytes()
            case 5:
                try reader.expect(tag, .lengthDelimited, field: "Span.name")
                span.name = try reader.readString()
            case 6:
                try reader.expect(tag, .varint, field: "Span.kind")
                span.kind = Int64(bitPattern: try reader.readVarint())
            case 7:
                try reader.expect(tag, .fixed64, field: "Span.start_time_unix_nano")
                span.startNanos = try reader.readFixed64()
            case 8:
                try reader.expect(tag, .fixed64, field: "Span.end_time_unix_nano")
                span.endNanos = try reader.readFixed64()
            case 9:
                try reader.expect(tag, .lengthDelimited, field: "Span.attributes")
                var message = try reader.readMessage()
                span.attributes.append(try parseKeyValue(&message))
            case 11:
                try reader.expect(tag, .lengthDelimited, field: "Span.events")
                var message = try reader.readMessage()
                span.events.append(try parseEvent(&message))
            case 15:
                try reader.expect(tag, .lengthDelimited, field: "Span.status")
                var message = try reader.readMessage()
                try parseStatus(&message, into: &span)
            default:
                try reader.skip(tag)
            }
        }
        return span
    }

    private static func parseEvent(_ reader: inout ProtobufReader) throws(ProtobufError) -> OTLPEventRecord {
        var event = OTLPEventRecord()
        while let tag = try reader.nextField() {
            switch tag.number {
            case 1:
                try reader.expect(tag, .fixed64, field: "Span.Event.time_unix_nano")
                event.timeNanos = try reader.readFixed64()
            case 2:
                try reader.expect(tag, .lengthDelimited, field: "Span.Event.name")
                event.name = try reader.readString()
            case 3:
                try reader.expect(tag, .lengthDelimited, field: "Span.Event.attributes")
                var message = try reader.readMessage()
                event.attributes.append(try parseKeyValue(&message))
            default:
                try reader.skip(tag)
            }
        }
        return event
    }

    private static func parseStatus(
        _ reader: inout ProtobufReader, into span: inout OTLPSpanRecord
    ) throws(ProtobufError) {
        while let tag = try reader.nextField() {
            switch tag.number {
            case 2:
                try reader.expect(tag, .lengthDelimited, field: "Status.message")
                span.statusMessage = try reader.readString()
            case 3:
                try reader.expect(tag, .varint, field: "Status.code")
                span.statusCode = Int64(bitPattern: try reader.readVarint())
            default:
                try reader.skip(tag)
            }
        }
    }

    /// Reads a `KeyValue`. Recursion through arrays and kvlists is bounded by the reader's depth limit.
    static func parseKeyValue(_ reader: inout ProtobufReader) throws(ProtobufError) -> OTLPKeyValue {
        var pair = OTLPKeyValue(key: "", value: .empty)
        while let tag = try reader.nextField() {
            switch tag.number {
            case 1:
                try reader.expect(tag, .lengthDelimited, field: "KeyValue.key")
                pair.key = try reader.readString()
            case 2:
                try reader.expect(tag, .lengthDelimited, field: "KeyValue.value")
                var message = try reader.readMessage()
                pair.value = try parseAnyValue(&message)
            default:
                try reader.skip(tag)
            }
        }
        return pair
    }

    static func parseAnyValue(_ reader: inout ProtobufReader) throws(ProtobufError) -> OTLPAnyValue {
        var value = OTLPAnyValue.empty
        while let tag = try reader.nextField() {
            switch tag.number {
            case 1:
                try reader.expect(tag, .lengthDelimited, field: "AnyValue.string_value")
                value = .string(try reader.readString())
            case 2:
                try reader.expect(tag, .varint, field: "AnyValue.bool_value")
                value = .bool(try reader.readVarint() != 0)
            case 3:
                try reader.expect(tag, .varint, field: "AnyValue.int_value")
                value = .int(Int64(bitPattern: try reader.readVarint()))
            case 4:
                try reader.expect(tag, .fixed64, field: "AnyValue.double_value")
                value = .double(Double(bitPattern: try reader.readFixed64()))
            case 5:
                try reader.expect(tag, .lengthDelimited, field: "AnyValue.array_value")
                var array = try reader.readMessage()
                var values: [OTLPAnyValue] = []
                while let inner = try array.nextField() {
                    guard inner.number == 1 else {
                        try array.skip(inner)
                        continue
                    }
                    try array.expect(inner, .lengthDelimited, field: "ArrayValue.values")
                    var element = try array.readMessage()
                    values.append(try parseAnyValue(&element))
                }
                value = .array(values)
            case 6:
                try reader.expect(tag, .lengthDelimited, field: "AnyValue.kvlist_value")
                var list = try reader.readMessage()
                var pairs: [OTLPKeyValue] = []
                while let inner = try list.nextField() {
                    guard inner.number == 1 else {
                        try list.skip(inner)
                        continue
                    }
                    try list.expect(inner, .lengthDelimited, field: "KeyValueList.values")
                    var element = try list.readMessage()
                    pairs.append(try parseKeyValue(&element))
                }
                value = .kvlist(pairs)
            case 7:
                try reader.expect(tag, .lengthDelimited, field: "AnyValue.bytes_value")
                value = .bytes(try reader.readBytes())
            default:
                try reader.skip(tag)
            }
        }
        return value
    }
}
