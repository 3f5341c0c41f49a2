import Testing
@testable import OpsModel
@testable import OpsFormats
import OpsTestSupport

struct OTLPHostileInputTests {
    private func protobufError(_ bytes: [UInt8]) -> ProtobufError? {
        do {
            _ = try OTLPTraceDecoder().decodeProtobuf(bytes)
            return nil
        } catch {
            if case let .protobuf(inner) = error { return inner }
            return nil
        }
    }

    @Test func everyTruncationOfTheRealExportIsAnErrorWithAnOffsetInside() {
        let bytes = OTLPTestSupport.sampleProtobuf
        var errors = 0
        for length in 1..<bytes.count {
            // Every prefix cuts the single outer ResourceSpans field short, so every prefix must fail.
            guard let error = protobufError(Array(bytes[0..<length])) else {
                Issue.record("prefix of \(length) bytes decoded")
                continue
            }
            #expect(error.offset >= 0 && error.offset <= length)
            errors += 1
        }
        #expect(errors == bytes.count - 1)
        #expect((try? OTLPTraceDecoder().decodeProtobuf([]))?.spans.isEmpty == true)
    }

    @Test func truncationsOfTheJSONExportAreErrors() {
        let bytes = Array(OTLPSamples.protobufTracesAsJSON.utf8)
        // Every 31st cut, and every cut in the last 64 bytes, where the closing brackets are.
        let cuts = Array(stride(from: 0, to: bytes.count - 64, by: 31)) + Array((bytes.count - 64)..<bytes.count)
        for length in cuts {
            #expect(throws: OTLPDecodingError.self) { try OTLPTraceDecoder().decodeJSON(Array(bytes[0..<length])) }
        }
    }

    @Test func aKnownFieldWithTheWrongWireTypeIsNamed() {
        let cases: [(ProtobufWireType, (inout ProtobufTestWriter) -> Void, String)] = [
            (.varint, { $0.varint(1, 5) }, "Span.trace_id"),
            (.fixed32, { $0.fixed32(7, 5) }, "Span.start_time_unix_nano"),
            (.lengthDelimited, { $0.bytes(6, [1]) }, "Span.kind"),
            (.fixed64, { $0.fixed64(5, 1) }, "Span.name"),
            (.varint, { $0.varint(15, 2) }, "Span.status"),
        ]
        for (found, build, field) in cases {
            let request = ProtobufTestWriter.request(spans: [
                { span in
                    span.validSpanBasics(); build(&span)
                }
            ])
            let error = protobufError(request)
            guard case let .wrongWireType(name, _, wire)? = error?.kind else {
                Issue.record("expected wrongWireType for \(field), got \(String(describing: error))")
                continue
            }
            #expect(name == field)
            #expect(wire == found)
        }
        var writer = ProtobufTestWriter()
        writer.varint(1, 3)
        #expect(
            protobufError(writer.bytes)?.kind
                == .wrongWireType(
                    field: "ExportTraceServiceRequest.resource_spans", expected: .lengthDelimited, found: .varint))
    }

    @Test func aLengthOfTwoToTheSixtiethIsAnError() {
        var writer = ProtobufTestWriter()
        writer.tag(1, .lengthDelimited)
        writer.bytes += ProtobufTestWriter.varint(1 << 60)
        writer.bytes += [0x0A, 0x00]
        #expect(
            protobufError(writer.bytes) == ProtobufError(.lengthExceedsInput(length: 1 << 60, remaining: 2), offset: 1))
        let inSpan = ProtobufTestWriter.request(spans: [
            { span in
                span.validSpanBasics()
                span.tag(9, .lengthDelimited)
                span.bytes += ProtobufTestWriter.varint(1 << 60)
            }
        ])
        guard case .lengthExceedsInput(length: 1 << 60, remaining: 0)? = protobufError(inSpan)?.kind else {
            Issue.record("expected lengthExceedsInput")
            return
        }
    }

    @Test func tenThousandNestedKvlistsStopAtTheDepthLimit() {
        // AnyValue{kvlist_value: KeyValueList{values: KeyValue{key, value: AnyValue{…}}}}, built inside out.
        var value: [UInt8] = []
        for _ in 0..<10_000 {
            var keyValue = ProtobufTestWriter()
            keyValue.string(1, "k")
            keyValue.bytes(2, value)
            var list = ProtobufTestWriter()
            list.bytes(1, keyValue.bytes)
            var anyValue = ProtobufTestWriter()
            anyValue.bytes(6, list.bytes)
            value = anyValue.bytes
        }
        let request = ProtobufTestWriter.request(spans: [
            { span in
                span.validSpanBasics()
                span.message(9) { pair in
                    pair.string(1, "deep")
                    pair.bytes(2, value)
                }
            }
        ])
        #expect(protobufError(request)?.kind == .tooDeep(limit: ProtobufReader.defaultMaxDepth))

        let json =
            "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"attributes\":[{\"key\":\"deep\",\"value\":"
            + String(repeating: "{\"kvlistValue\":{\"values\":[{\"key\":\"k\",\"value\":", count: 10_000)
            + "{}" + String(repeating: "}]}}", count: 10_000) + "}]}]}]}]}"
        #expect(throws: OTLPDecodingError.json("JSON nested deeper than 64 levels")) {
            try OTLPTraceDecoder().decodeJSON(Array(json.utf8))
        }
    }

    @Test func shallowNestingWithinTheLimitIsKeptAsJSONContent() throws {
        let request = ProtobufTestWriter.request(spans: [
            { span in
                span.validSpanBasics()
                span.message(9) { pair in
                    pair.string(1, "gen_ai.input.messages")
                    pair.message(2) { any in
                        any.message(5) { array in
                            array.message(1) { element in
                                element.message(6) { list in
                                    list.attribute(1, "role", string: "user")
                                    list.message(1) { pair in
                                        pair.string(1, "n")
                                        pair.message(2) { $0.fixed64(4, (1.5).bitPattern) }
                                    }
                                }
                            }
                            array.message(1) { $0.varint(2, 1) }
                            array.message(1) { $0.bytes(7, [0xFF, 0x00]) }
                        }
                    }
                }
            }
        ])
        let span = try #require(try OTLPTraceDecoder().decodeProtobuf(request).spans.first)
        #expect(span.content?.input == #"[{"role":"user","n":1.5},true,"/wA="]"#)
    }

    @Test func elevenByteVarintsAreRejectedWherever() {
        let eleven = [UInt8](repeating: 0x80, count: 10) + [0x00]
        #expect(protobufError([0x10] + eleven)?.kind == .varintTooLong)
        #expect(protobufError(eleven)?.kind == .varintTooLong)
        let inKind = ProtobufTestWriter.request(spans: [
            { span in
                span.validSpanBasics()
                span.tag(6, .varint)
                span.bytes += eleven
            }
        ])
        #expect(protobufError(inKind)?.kind == .varintTooLong)
    }

    @Test func unknownFieldsOfEveryWireTypeAreSkippedAtEveryLevel() throws {
        func unknowns(_ writer: inout ProtobufTestWriter) {
            writer.varint(900, 12_345)
            writer.fixed64(901, 1)
            writer.fixed32(902, 2)
            writer.bytes(903, [0x08, 0x01, 0xFF])
            writer.string(904, "x")
        }
        var writer = ProtobufTestWriter()
        unknowns(&writer)
        writer.message(1) { resourceSpans in
            unknowns(&resourceSpans)
            resourceSpans.message(2) { scopeSpans in
                unknowns(&scopeSpans)
                scopeSpans.message(2) { span in
                    unknowns(&span)
                    span.validSpanBasics(parent: nil, name: "")
                    span.message(9) { pair in
                        unknowns(&pair)
                        pair.string(1, "gen_ai.operation.name")
                        pair.message(2) { value in
                            unknowns(&value)
                            value.string(1, "chat")
                        }
                    }
                    span.attribute(9, "gen_ai.request.model", string: "gpt-4o")
                    span.attribute(9, "gen_ai.usage.input_tokens", int: 10)
                    span.message(11) { event in
                        unknowns(&event)
                        event.string(2, "exception")
                        event.attribute(3, "exception.type", string: "Timeout")
                    }
                    span.message(15) { status in
                        unknowns(&status)
                        status.varint(3, 2)
                    }
                    unknowns(&span)
                }
            }
            // The resource comes after the spans here; it still applies to them.
            resourceSpans.message(1) { resource in
                unknowns(&resource)
                resource.attribute(1, "service.name", string: "late-service")
            }
        }
        unknowns(&writer)
        let batch = try OTLPTraceDecoder().decodeProtobuf(writer.bytes)
        let span = try #require(batch.spans.first)
        #expect(batch.spans.count == 1)
        #expect(span.name == "chat gpt-4o")
        #expect(span.component == .llm)
        #expect(span.usage.input == 10)
        #expect(span.isRoot)
        #expect(span.serviceName == "late-service")
        #expect(span.error == SpanError(type: "Timeout"))
        #expect(span.traceID.description == String(repeating: "ab", count: 16))
        #expect(span.spanID.description == "0202020202020202")
    }

    @Test func thousandsOfRandomByteStringsNeverCrash() {
        var generator = TestRandom(seed: 42)
        var decoded = 0
        var failed = 0
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...96, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if (try? OTLPTraceDecoder().decodeProtobuf(bytes)) != nil { decoded += 1 } else { failed += 1 }
            _ = try? OTLPTraceDecoder().decodeJSON(bytes)
        }
        #expect(decoded + failed == 5_000)
        #expect(failed > 4_000)
    }

    @Test func thousandsOfMutationsOfTheRealExportNeverCrash() {
        let original = OTLPTestSupport.sampleProtobuf
        var generator = TestRandom(seed: 2026)
        var outcomes = (decoded: 0, failed: 0, rejectedSpans: 0)
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = UInt8.random(in: 0...255, using: &generator)
            }
            do {
                let batch = try OTLPTraceDecoder().decodeProtobuf(bytes)
                outcomes.decoded += 1
                outcomes.rejectedSpans += batch.rejectedSpanCount
                #expect(batch.spans.count + batch.rejectedSpanCount <= 8 + 4)
            } catch {
                outcomes.failed += 1
            }
        }
        #expect(outcomes.decoded > 0)
        #expect(outcomes.failed > 0)
    }
}
