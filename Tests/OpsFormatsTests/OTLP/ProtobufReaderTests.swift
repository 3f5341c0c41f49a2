import Testing
@testable import OpsModel
@testable import OpsFormats
import OpsTestSupport

struct ProtobufReaderTests {
    @Test func readsVarintsOfEveryLengthAgainstTheReferenceEncoder() throws {
        var generator = TestRandom(seed: 7)
        var values: [UInt64] = [0, 1, 127, 128, 300, 16_383, 16_384, UInt64(UInt32.max), UInt64.max, UInt64.max - 1]
        for bits in 1...64 {
            values.append(UInt64.random(in: 0...(UInt64.max >> (64 - UInt64(bits))), using: &generator))
        }
        for value in values {
            let encoded = ProtobufTestWriter.varint(value)
            var reader = ProtobufReader(encoded)
            #expect(try reader.readVarint() == value)
            #expect(reader.isAtEnd)
        }
        #expect(ProtobufTestWriter.varint(300) == [0xAC, 0x02])
        #expect(ProtobufTestWriter.varint(UInt64.max).count == 10)
    }

    @Test func rejectsAnElevenByteVarint() {
        var reader = ProtobufReader([UInt8](repeating: 0x80, count: 10) + [0x01])
        #expect(throws: ProtobufError(.varintTooLong, offset: 0)) { try reader.readVarint() }
    }

    @Test func rejectsATenByteVarintWiderThanSixtyFourBits() {
        var reader = ProtobufReader([UInt8](repeating: 0xFF, count: 9) + [0x02])
        #expect(throws: ProtobufError(.varintTooLong, offset: 0)) { try reader.readVarint() }
    }

    @Test func reportsATruncatedVarintAtItsFirstByte() {
        var reader = ProtobufReader([0x08, 0x96])
        #expect(throws: Never.self) { try reader.nextField() }
        #expect(throws: ProtobufError(.truncated, offset: 1)) { try reader.readVarint() }
    }

    @Test func zigzagRoundTripsAndMatchesTheSpec() throws {
        #expect(ProtobufReader.zigzagDecode(0) == 0)
        #expect(ProtobufReader.zigzagDecode(1) == -1)
        #expect(ProtobufReader.zigzagDecode(2) == 1)
        #expect(ProtobufReader.zigzagDecode(4_294_967_294) == 2_147_483_647)
        #expect(ProtobufReader.zigzagDecode(4_294_967_295) == -2_147_483_648)
        #expect(ProtobufReader.zigzagDecode(UInt64.max) == Int64.min)
        var generator = TestRandom(seed: 11)
        for _ in 0..<1000 {
            let value = Int64(bitPattern: generator.next())
            #expect(ProtobufReader.zigzagDecode(ProtobufReader.zigzagEncode(value)) == value)
        }
        var reader = ProtobufReader([0x03])
        #expect(try reader.readSignedVarint() == -2)
    }

    @Test func readsFixedWidthValuesLittleEndian() throws {
        var reader = ProtobufReader([0x78, 0x56, 0x34, 0x12, 0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01])
        #expect(try reader.readFixed32() == 0x1234_5678)
        #expect(try reader.readFixed64() == 0x0102_0304_0506_0708)
        var short = ProtobufReader([1, 2, 3])
        #expect(throws: ProtobufError(.truncated, offset: 0)) { try short.readFixed32() }
        #expect(throws: ProtobufError(.truncated, offset: 0)) { try short.readFixed64() }
    }

    @Test func aHugeLengthIsAnErrorNotAnAllocation() {
        var writer = ProtobufTestWriter()
        writer.tag(1, .lengthDelimited)
        writer.bytes += ProtobufTestWriter.varint(1 << 60)
        writer.bytes += [1, 2, 3]
        var reader = ProtobufReader(writer.bytes)
        #expect(throws: Never.self) { try reader.nextField() }
        #expect(throws: ProtobufError(.lengthExceedsInput(length: 1 << 60, remaining: 3), offset: 1)) {
            try reader.readBytes()
        }
    }

    @Test func anEmbeddedMessageCannotReadPastItsEnd() throws {
        var writer = ProtobufTestWriter()
        writer.bytes(1, [0x12, 0x05, 0x61])
        writer.string(2, "tail")
        var reader = ProtobufReader(writer.bytes)
        _ = try reader.nextField()
        var inner = try reader.readMessage()
        #expect(inner.depth == 1)
        #expect(try inner.nextField() == ProtobufFieldTag(number: 2, wireType: .lengthDelimited, offset: 2))
        #expect(throws: ProtobufError(.lengthExceedsInput(length: 5, remaining: 1), offset: 3)) {
            try inner.readString()
        }
        #expect(try reader.nextField()?.number == 2)
        #expect(try reader.readString() == "tail")
        #expect(try reader.nextField() == nil)
    }

    @Test func skipsUnknownFieldsOfEveryWireType() throws {
        var writer = ProtobufTestWriter()
        writer.varint(100, UInt64.max)
        writer.fixed64(101, 42)
        writer.bytes(102, [1, 2, 3, 4])
        writer.fixed32(103, 7)
        writer.varint(536_870_911, 1)
        writer.string(1, "kept")
        var reader = ProtobufReader(writer.bytes)
        var kept: [String] = []
        var skipped: [ProtobufWireType] = []
        while let tag = try reader.nextField() {
            if tag.number == 1 {
                kept.append(try reader.readString())
            } else {
                skipped.append(tag.wireType)
                try reader.skip(tag)
            }
        }
        #expect(kept == ["kept"])
        #expect(skipped == [.varint, .fixed64, .lengthDelimited, .fixed32, .varint])
    }

    @Test func rejectsGroupsInvalidWireTypesAndFieldNumberZero() {
        var group = ProtobufReader([0x0B, 0x0C])
        #expect(throws: ProtobufError(.groupsNotSupported(field: 1), offset: 0)) { try group.nextField() }
        var endGroup = ProtobufReader([0x0C])
        #expect(throws: ProtobufError(.groupsNotSupported(field: 1), offset: 0)) { try endGroup.nextField() }
        var six = ProtobufReader([0x0E])
        #expect(throws: ProtobufError(.invalidWireType(6), offset: 0)) { try six.nextField() }
        var seven = ProtobufReader([0x0F])
        #expect(throws: ProtobufError(.invalidWireType(7), offset: 0)) { try seven.nextField() }
        var zero = ProtobufReader([0x00, 0x01])
        #expect(throws: ProtobufError(.invalidFieldNumber(0), offset: 0)) { try zero.nextField() }
        var huge = ProtobufReader(ProtobufTestWriter.varint(UInt64(1) << 35))
        #expect(throws: ProtobufError(.invalidFieldNumber(UInt64(1) << 32), offset: 0)) { try huge.nextField() }
    }

    @Test func nestingDeeperThanTheLimitIsAnErrorAtTheOffendingMessage() throws {
        var payload: [UInt8] = []
        for _ in 0..<5 {
            var writer = ProtobufTestWriter()
            writer.bytes(1, payload)
            payload = writer.bytes
        }
        var reader = ProtobufReader(payload, maxDepth: 3)
        var depth = 0
        do {
            while try reader.nextField() != nil {
                reader = try reader.readMessage()
                depth += 1
            }
            Issue.record("expected tooDeep")
        } catch {
            #expect(error.kind == .tooDeep(limit: 3))
            #expect(error.offset == 7)
        }
        #expect(depth == 3)
    }

    @Test func repairsInvalidUTF8InStrings() throws {
        var reader = ProtobufReader([0x03, 0x61, 0xFF, 0x62])
        #expect(try reader.readString() == "a\u{FFFD}b")
    }

    @Test func errorsSayWhatAndWhere() {
        let error = ProtobufError(.lengthExceedsInput(length: 1 << 60, remaining: 3), offset: 1)
        #expect(
            error.description == "protobuf byte 1: length 1152921504606846976 exceeds the 3 bytes left in the message")
        let wrong = ProtobufError(
            .wrongWireType(field: "Span.trace_id", expected: .lengthDelimited, found: .varint),
            offset: 9)
        #expect(wrong.description == "protobuf byte 9: Span.trace_id has wire type varint, expected length-delimited")
    }
}
