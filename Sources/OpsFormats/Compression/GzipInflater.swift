import CZlib

/// Inflates a gzip (or zlib) body as its bytes arrive, refusing to produce more than `limit` bytes.
///
/// Memory stays within `limit` plus one 64 KiB step whatever the compression ratio, so a gzip
/// bomb fails with `.tooLarge` after at most `limit` bytes of output. Concatenated gzip members
/// (allowed by RFC 1952) are inflated one after another. Not thread-safe: one owner feeds it.
/// The one inflater for every gzip body opstop reads: OTLP requests, scrapes, Prometheus API answers.
package final class GzipInflater {
    package enum Failure: Error, Equatable, CustomStringConvertible {
        /// The inflated body would be larger than the limit.
        case tooLarge(limit: Int)
        /// Not gzip or zlib data, or damaged; zlib's message.
        case corrupt(String)
        /// The input ended before the compressed stream did.
        case truncated

        package var description: String {
            switch self {
            case let .tooLarge(limit): return "inflated body is larger than the \(limit)-byte limit"
            case let .corrupt(reason): return "gzip body is damaged: \(reason)"
            case .truncated: return "gzip body ends before its compressed stream does"
            }
        }
    }

    package static let step = 64 * 1024

    package let limit: Int
    package private(set) var output: [UInt8] = []
    /// The stream must not move while zlib holds it (zlib keeps a pointer back to it).
    private let stream: UnsafeMutablePointer<z_stream>
    private var initialised = false
    /// Between gzip members: the last member ended and no byte of another has been read.
    private var atMemberEnd = false
    private var scratch: [UInt8]

    package init(limit: Int) throws(Failure) {
        self.limit = limit
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        scratch = [UInt8](repeating: 0, count: Self.step)
        let status = czlib_inflate_init_gzip(stream)
        guard status == Z_OK else { throw .corrupt("zlib could not start (status \(status))") }
        initialised = true
    }

    deinit {
        if initialised { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Inflates the next piece of the compressed body.
    package func feed(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        var failure: Failure?
        scratch.withUnsafeMutableBytes { scratchBuffer in
            guard let scratchBase = scratchBuffer.baseAddress else { return }
            stream.pointee.next_in = UnsafeMutablePointer(
                mutating: base.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(bytes.count)
            while stream.pointee.avail_in > 0 {
                if atMemberEnd {
                    // Another gzip member follows the one that ended.
                    inflateReset(stream)
                    atMemberEnd = false
                }
                guard let (status, produced) = inflateStep(into: scratchBuffer, base: scratchBase) else {
                    failure = .tooLarge(limit: limit)
                    return
                }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    atMemberEnd = true
                case Z_BUF_ERROR:
                    // No progress was possible with the input given; wait for more.
                    if produced == 0 { return }
                default:
                    failure = .corrupt(Self.message(stream, status: status))
                    return
                }
            }
            // Output may still be pending inside zlib with no input left.
            while !atMemberEnd {
                guard let (status, produced) = inflateStep(into: scratchBuffer, base: scratchBase) else {
                    failure = .tooLarge(limit: limit)
                    return
                }
                if status == Z_STREAM_END {
                    atMemberEnd = true
                } else if status != Z_OK || produced == 0 {
                    if status != Z_OK && status != Z_BUF_ERROR {
                        failure = .corrupt(Self.message(stream, status: status))
                    }
                    return
                }
            }
        }
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        if let failure { throw failure }
    }

    /// One call of zlib into `scratch`, its output appended; nil when that would pass the limit.
    private func inflateStep(
        into scratch: UnsafeMutableRawBufferPointer, base: UnsafeMutableRawPointer
    ) -> (status: Int32, produced: Int)? {
        stream.pointee.next_out = base.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = uInt(Self.step)
        let status = inflate(stream, Z_NO_FLUSH)
        let produced = Self.step - Int(stream.pointee.avail_out)
        if produced > 0 {
            guard output.count + produced <= limit else { return nil }
            output.append(contentsOf: scratch.prefix(produced))
        }
        return (status, produced)
    }

    /// The whole inflated body; throws when the compressed stream did not end.
    package func finish() throws(Failure) -> [UInt8] {
        guard atMemberEnd else { throw .truncated }
        return output
    }

    private static func message(_ stream: UnsafeMutablePointer<z_stream>, status: Int32) -> String {
        if let text = stream.pointee.msg { return String(cString: text) }
        return "zlib status \(status)"
    }
}
