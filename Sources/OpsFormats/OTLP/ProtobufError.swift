/// Why a protobuf message could not be read, and the byte offset where reading stopped.
package struct ProtobufError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong.
    package enum Kind: Sendable, Hashable {
        /// The input ended inside a value.
        case truncated
        /// A varint ran past 10 bytes or past 64 bits.
        case varintTooLong
        /// A length-delimited field claims more bytes than remain in its message.
        case lengthExceedsInput(length: UInt64, remaining: Int)
        /// Field number 0, or one above 2^29 - 1.
        case invalidFieldNumber(UInt64)
        /// Wire types 6 and 7 do not exist.
        case invalidWireType(UInt8)
        /// Wire types 3 and 4 (groups) are deprecated and not used by OTLP.
        case groupsNotSupported(field: UInt32)
        /// A known field arrived with a different wire type than its schema says.
        case wrongWireType(field: String, expected: ProtobufWireType, found: ProtobufWireType)
        /// Messages nest deeper than the reader allows.
        case tooDeep(limit: Int)
    }

    package var kind: Kind
    /// Offset of the first byte of the value that failed, from the start of the input.
    package var offset: Int

    package init(_ kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    package var description: String {
        let what: String
        switch kind {
        case .truncated:
            what = "input ends inside a value (truncated message)"
        case .varintTooLong:
            what = "varint longer than 10 bytes or wider than 64 bits"
        case let .lengthExceedsInput(length, remaining):
            what = "length \(length) exceeds the \(remaining) bytes left in the message"
        case let .invalidFieldNumber(number):
            what = "invalid field number \(number)"
        case let .invalidWireType(type):
            what = "invalid wire type \(type)"
        case let .groupsNotSupported(field):
            what = "field \(field) uses a group (wire type 3/4), which OTLP never sends"
        case let .wrongWireType(field, expected, found):
            what = "\(field) has wire type \(found), expected \(expected)"
        case let .tooDeep(limit):
            what = "messages nested deeper than \(limit) levels"
        }
        return "protobuf byte \(offset): \(what)"
    }
}
