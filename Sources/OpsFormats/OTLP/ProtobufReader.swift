/// Reads the protobuf wire format from bytes, bounded by the message it reads and by a nesting limit.
///
/// A reader covers one message: `bytes[position..<end]`. `readMessage()` hands out a reader
/// for an embedded message that shares the same storage, one level deeper; lengths are checked
/// against the bytes left before anything is read, so a huge length is an error, never an
/// allocation. Offsets in errors count from the start of the whole input.
package struct ProtobufReader: Sendable {
    /// Default limit on embedded-message depth; OTLP itself needs about ten levels.
    package static let defaultMaxDepth = 64

    private let bytes: [UInt8]
    /// Offset of the next byte to read.
    package private(set) var position: Int
    private let end: Int
    /// How many messages enclose this one (0 for the outermost).
    package let depth: Int
    package let maxDepth: Int

    package init(_ bytes: [UInt8], maxDepth: Int = ProtobufReader.defaultMaxDepth) {
        self.bytes = bytes
        self.position = 0
        self.end = bytes.count
        self.depth = 0
        self.maxDepth = maxDepth
    }

    private init(bytes: [UInt8], position: Int, end: Int, depth: Int, maxDepth: Int) {
        self.bytes = bytes
        self.position = position
        self.end = end
        self.depth = depth
        self.maxDepth = maxDepth
    }

    package var isAtEnd: Bool { position >= end }
    /// Bytes left in this message.
    package var remaining: Int { end - position }

    /// Reads the next field's tag; nil at the end of the message. Groups and wire types 6/7 are errors.
    package mutating func nextField() throws(ProtobufError) -> ProtobufFieldTag? {
        guard position < end else { return nil }
        let start = position
        let key = try readVarint()
        let number = key >> 3
        guard number >= 1, number <= 0x1FFF_FFFF else {
            throw ProtobufError(.invalidFieldNumber(number), offset: start)
        }
        let rawType = UInt8(truncatingIfNeeded: key & 7)
        guard let wireType = ProtobufWireType(rawValue: rawType) else {
            throw ProtobufError(.invalidWireType(rawType), offset: start)
        }
        if wireType == .startGroup || wireType == .endGroup {
            throw ProtobufError(.groupsNotSupported(field: UInt32(number)), offset: start)
        }
        return ProtobufFieldTag(number: UInt32(number), wireType: wireType, offset: start)
    }

    /// Reads a base-128 varint of at most 10 bytes that fits in 64 bits.
    package mutating func readVarint() throws(ProtobufError) -> UInt64 {
        let start = position
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end else { throw ProtobufError(.truncated, offset: start) }
            let byte = bytes[position]
            position += 1
            if shift == 63, byte > 1 { throw ProtobufError(.varintTooLong, offset: start) }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            if shift > 63 { throw ProtobufError(.varintTooLong, offset: start) }
        }
    }

    /// Reads a varint and undoes zigzag encoding (`sint64`).
    package mutating func readSignedVarint() throws(ProtobufError) -> Int64 {
        Self.zigzagDecode(try readVarint())
    }

    package mutating func readFixed32() throws(ProtobufError) -> UInt32 {
        guard remaining >= 4 else { throw ProtobufError(.truncated, offset: position) }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[position + index]) << (8 * UInt32(index)) }
        position += 4
        return value
    }

    package mutating func readFixed64() throws(ProtobufError) -> UInt64 {
        guard remaining >= 8 else { throw ProtobufError(.truncated, offset: position) }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[position + index]) << (8 * UInt64(index)) }
        position += 8
        return value
    }

    /// Reads a length prefix and returns the range of the value's bytes, checked against this message.
    package mutating func readLengthDelimitedRange() throws(ProtobufError) -> Range<Int> {
        let start = position
        let length = try readVarint()
        guard length <= UInt64(remaining) else {
            throw ProtobufError(.lengthExceedsInput(length: length, remaining: remaining), offset: start)
        }
        let range = position..<(position + Int(length))
        position = range.upperBound
        return range
    }

    /// Reads a length-delimited value as bytes.
    package mutating func readBytes() throws(ProtobufError) -> [UInt8] {
        Array(bytes[try readLengthDelimitedRange()])
    }

    /// Reads a length-delimited value as UTF-8 text; invalid sequences become U+FFFD, as in the log decoder.
    package mutating func readString() throws(ProtobufError) -> String {
        String(decoding: bytes[try readLengthDelimitedRange()], as: UTF8.self)
    }

    /// Reads an embedded message and returns a reader for it, one level deeper.
    package mutating func readMessage() throws(ProtobufError) -> ProtobufReader {
        let start = position
        guard depth < maxDepth else { throw ProtobufError(.tooDeep(limit: maxDepth), offset: start) }
        let range = try readLengthDelimitedRange()
        return ProtobufReader(
            bytes: bytes, position: range.lowerBound, end: range.upperBound, depth: depth + 1, maxDepth: maxDepth)
    }

    /// Skips the value of a field whose tag was just read.
    package mutating func skip(_ tag: ProtobufFieldTag) throws(ProtobufError) {
        switch tag.wireType {
        case .varint: _ = try readVarint()
        case .fixed64: _ = try readFixed64()
        case .fixed32: _ = try readFixed32()
        case .lengthDelimited: _ = try readLengthDelimitedRange()
        case .startGroup, .endGroup: throw ProtobufError(.groupsNotSupported(field: tag.number), offset: tag.offset)
        }
    }

    /// Throws unless `tag` has the wire type the schema gives `field`.
    package func expect(_ tag: ProtobufFieldTag, _ wireType: ProtobufWireType, field: String) throws(ProtobufError) {
        guard tag.wireType == wireType else {
            let kind = ProtobufError.Kind.wrongWireType(field: field, expected: wireType, found: tag.wireType)
            throw ProtobufError(kind, offset: tag.offset)
        }
    }

    package static func zigzagDecode(_ value: UInt64) -> Int64 {
        Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
    }

    package static func zigzagEncode(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }
}
