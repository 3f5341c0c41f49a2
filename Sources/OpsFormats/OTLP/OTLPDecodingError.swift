/// Why a whole OTLP request could not be read (an HTTP 400, not a partial success).
package enum OTLPDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    case protobuf(ProtobufError)
    /// The OTLP/JSON body is not JSON, not an object, too large or too deep.
    case json(String)

    package var description: String {
        switch self {
        case let .protobuf(error): return "OTLP protobuf: \(error)"
        case let .json(reason): return "OTLP/JSON: \(reason)"
        }
    }
}
