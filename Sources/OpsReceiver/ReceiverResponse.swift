import NIOHTTP1
import OpsModel

/// What the receiver answers one request with.
struct ReceiverResponse: Sendable {
    var status: HTTPResponseStatus
    var contentType: String
    var body: [UInt8]
    var extraHeaders: [(String, String)] = []
    /// Close the connection after answering (the rest of the request was not read).
    var close = false

    /// 200 with an empty `Export*ServiceResponse`, or its `partial_success` when items were rejected.
    static func success(
        _ signal: OTLPSignal, encoding: OTLPEncoding, rejected: Int, message: String?
    ) -> ReceiverResponse {
        let partial = rejected > 0 || message != nil
        switch encoding {
        case .protobuf:
            var body: [UInt8] = []
            if partial {
                var inner: [UInt8] = []
                if rejected > 0 { ResponseProtobuf.varint(field: 1, UInt64(rejected), into: &inner) }
                if let message { ResponseProtobuf.string(field: 2, message, into: &inner) }
                ResponseProtobuf.bytes(field: 1, inner, into: &body)
            }
            return ReceiverResponse(status: .ok, contentType: encoding.contentType, body: body)
        case .json:
            guard partial else { return ReceiverResponse(status: .ok, contentType: encoding.contentType, body: Array("{}".utf8)) }
            var text = "{\"partialSuccess\":{\"\(signal.rejectedJSONKey)\":\"\(rejected)\""
            if let message { text += ",\"errorMessage\":" + JSONWriter.quoted(message) }
            text += "}}"
            return ReceiverResponse(status: .ok, contentType: encoding.contentType, body: Array(text.utf8))
        }
    }

    /// An error answer whose body is a `google.rpc.Status` in the request's encoding (JSON when it had none usable).
    static func failure(
        _ status: HTTPResponseStatus, _ message: String, encoding: OTLPEncoding?, close: Bool = false
    ) -> ReceiverResponse {
        let code = grpcCode(for: status)
        switch encoding ?? .json {
        case .protobuf:
            var body: [UInt8] = []
            ResponseProtobuf.varint(field: 1, UInt64(code), into: &body)
            ResponseProtobuf.string(field: 2, message, into: &body)
            return ReceiverResponse(status: status, contentType: "application/x-protobuf", body: body, close: close)
        case .json:
            let text = "{\"code\":\(code),\"message\":" + JSONWriter.quoted(message) + "}"
            return ReceiverResponse(status: status, contentType: "application/json", body: Array(text.utf8), close: close)
        }
    }

    /// The gRPC status code that `google.rpc.Status.code` carries for an HTTP status.
    static func grpcCode(for status: HTTPResponseStatus) -> Int {
        switch status.code {
        case 400, 413, 415: return 3  // INVALID_ARGUMENT
        case 401: return 16  // UNAUTHENTICATED
        case 404: return 5  // NOT_FOUND
        case 405: return 12  // UNIMPLEMENTED
        case 408: return 4  // DEADLINE_EXCEEDED
        case 429: return 8  // RESOURCE_EXHAUSTED
        case 503: return 14  // UNAVAILABLE
        default: return 2  // UNKNOWN
        }
    }
}

/// The three protobuf field encodings the responses need.
enum ResponseProtobuf {
    static func varint(field: UInt32, _ value: UInt64, into out: inout [UInt8]) {
        raw(UInt64(field) << 3, into: &out)
        raw(value, into: &out)
    }

    static func string(field: UInt32, _ value: String, into out: inout [UInt8]) {
        bytes(field: field, Array(value.utf8), into: &out)
    }

    static func bytes(field: UInt32, _ value: [UInt8], into out: inout [UInt8]) {
        raw(UInt64(field) << 3 | 2, into: &out)
        raw(UInt64(value.count), into: &out)
        out += value
    }

    private static func raw(_ value: UInt64, into out: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }
}
