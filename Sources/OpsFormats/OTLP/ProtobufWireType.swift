/// How a protobuf field's value is laid out on the wire.
package enum ProtobufWireType: UInt8, Sendable, Hashable, CustomStringConvertible {
    case varint = 0
    case fixed64 = 1
    case lengthDelimited = 2
    case startGroup = 3
    case endGroup = 4
    case fixed32 = 5

    package var description: String {
        switch self {
        case .varint: return "varint"
        case .fixed64: return "fixed64"
        case .lengthDelimited: return "length-delimited"
        case .startGroup: return "start-group"
        case .endGroup: return "end-group"
        case .fixed32: return "fixed32"
        }
    }
}

/// A field's tag: its number and wire type, and where the tag starts.
package struct ProtobufFieldTag: Sendable, Hashable {
    package var number: UInt32
    package var wireType: ProtobufWireType
    /// Offset of the tag's first byte from the start of the input.
    package var offset: Int

    package init(number: UInt32, wireType: ProtobufWireType, offset: Int) {
        self.number = number
        self.wireType = wireType
        self.offset = offset
    }
}
