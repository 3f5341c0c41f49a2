import Foundation
import NIOCore

/// Watches the raw bytes of a connection for chunk sizes over the body limit, so a chunk that
/// announces `ffffffffffffffff` bytes is refused on sight (413) instead of waited for.
///
/// The HTTP decoder keeps chunk headers to itself and hands on only the data, which never comes.
/// This handler sits before it, follows the framing (head, fixed-length body, chunk sizes, chunk
/// data, trailers) without copying bodies, and fires ``ChunkTooLarge`` after passing the bytes
/// on; the OTLP handler answers it. Only what it needs is kept: at most one line of the head.
final class ChunkSizeGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    /// A chunk announced `size` bytes, more than the limit.
    struct ChunkTooLarge: Hashable {
        var size: String
    }

    private enum State {
        /// Reading head lines; what the head said so far.
        case head(chunked: Bool, length: Int)
        /// Skipping a body of known length (or a chunk's data and its CRLF).
        case body(remaining: Int, thenChunk: Bool)
        case chunkSize
        case trailers
        /// Gave up following (a limit was passed or the framing is not understood): bytes pass as they are.
        case passThrough
    }

    private let limit: Int
    private var state = State.head(chunked: false, length: 0)
    private var line: [UInt8] = []
    private static let maxLine = 16 * 1024

    init(limit: Int) {
        self.limit = limit
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        var tooLarge: ChunkTooLarge?
        buffer.withUnsafeReadableBytes { bytes in tooLarge = scan(bytes) }
        context.fireChannelRead(data)
        if let tooLarge {
            state = .passThrough
            context.fireUserInboundEventTriggered(tooLarge)
        }
    }

    /// Follows the framing through `bytes`; the first chunk over the limit, if any.
    private func scan(_ bytes: UnsafeRawBufferPointer) -> ChunkTooLarge? {
        var index = 0
        while index < bytes.count {
            switch state {
            case .passThrough:
                return nil
            case let .body(remaining, thenChunk):
                let taken = Swift.min(remaining, bytes.count - index)
                index += taken
                if taken == remaining {
                    state = thenChunk ? .chunkSize : .head(chunked: false, length: 0)
                } else {
                    state = .body(remaining: remaining - taken, thenChunk: thenChunk)
                }
            case .head, .chunkSize, .trailers:
                let byte = bytes[index]
                index += 1
                guard byte == UInt8(ascii: "\n") else {
                    if line.count < Self.maxLine { line.append(byte) } else { state = .passThrough }
                    continue
                }
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                defer { line.removeAll(keepingCapacity: true) }
                if let tooLarge = endOfLine() { return tooLarge }
            }
        }
        return nil
    }

    /// Acts on the complete line in `line`.
    private func endOfLine() -> ChunkTooLarge? {
        switch state {
        case let .head(chunked, length):
            guard !line.isEmpty else {
                state = chunked ? .chunkSize : (length > 0 ? .body(remaining: length, thenChunk: false) : .head(chunked: false, length: 0))
                return nil
            }
            let text = String(decoding: line, as: UTF8.self).lowercased()
            if text.hasPrefix("transfer-encoding:"), text.contains("chunked") {
                state = .head(chunked: true, length: length)
            } else if text.hasPrefix("content-length:") {
                let value = text.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)
                // A length no Int holds is the HTTP handler's to refuse; stop following.
                guard let number = Int(value) else {
                    state = .passThrough
                    return nil
                }
                state = .head(chunked: chunked, length: number)
            }
            return nil
        case .chunkSize:
            let digits = line.prefix { $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: " ") }
            guard let size = Self.hex(digits) else {
                // Past 16 hex digits or not hex: over the limit if digits, else the decoder's 400.
                if !digits.isEmpty, digits.allSatisfy({ Self.hexValue($0) != nil }) {
                    return ChunkTooLarge(size: String(decoding: digits.prefix(40), as: UTF8.self))
                }
                state = .passThrough
                return nil
            }
            if size > UInt64(limit) { return ChunkTooLarge(size: String(decoding: digits.prefix(40), as: UTF8.self)) }
            state = size == 0 ? .trailers : .body(remaining: Int(size) + 2, thenChunk: true)
            return nil
        case .trailers:
            if line.isEmpty { state = .head(chunked: false, length: 0) }
            return nil
        case .body, .passThrough:
            return nil
        }
    }

    private static func hex<Digits: Collection>(_ digits: Digits) -> UInt64? where Digits.Element == UInt8 {
        guard !digits.isEmpty, digits.count <= 16 else { return nil }
        var value: UInt64 = 0
        for digit in digits {
            guard let nibble = hexValue(digit) else { return nil }
            value = value << 4 | UInt64(nibble)
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
