/// How a protobuf field's value is laid out on the wire.
public enum ProtobufWireType: UInt8, Sendable, Hashable, CustomStringConvertible {
    case varint = 0
    case fixed64 = 1
    case lengthDelimited = 2
    case startGroup = 3
    case endGroup = 4
    case fixed32 = 5

    public var description: String {
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
public struct ProtobufFieldTag: Sendable, Hashable {
    public var number: UInt32
    public var wireType: ProtobufWireType
    /// Offset of the tag's first byte from the start of the input.
    public var offset: Int

    public init(number: UInt32, wireType: ProtobufWireType, offset: Int) {
        self.number = number
        self.wireType = wireType
        self.offset = offset
    }
}
