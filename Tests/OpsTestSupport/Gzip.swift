import CZlib

/// Compresses bytes to gzip with the system zlib, for building request bodies in tests.
package enum Gzip {
    package static func compress(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard czlib_deflate_init_gzip(&stream, level) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 64)
        var input = input
        let produced = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                guard deflate(&stream, Z_FINISH) == Z_STREAM_END else { return -1 }
                return target.count - Int(stream.avail_out)
            }
        }
        return produced < 0 ? [] : Array(output.prefix(produced))
    }
}

extension Gzip {
    /// One gzip member that inflates to `inflatedBytes` zeros (1 GiB gives about 1 MB): a gzip bomb.
    /// Run-length matching makes it quick to build.
    package static func zerosBomb(inflatedBytes: Int) -> [UInt8] {
        var stream = z_stream()
        guard czlib_deflate_init_gzip(&stream, 9) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        _ = deflateParams(&stream, 9, Z_RLE)
        var zeros = [UInt8](repeating: 0, count: 1 << 20)
        var output: [UInt8] = []
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        var left = inflatedBytes
        while true {
            let piece = min(left, zeros.count)
            left -= piece
            let flush = left == 0 ? Z_FINISH : Z_NO_FLUSH
            var status = Z_OK
            zeros.withUnsafeMutableBufferPointer { source in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(piece)
                repeat {
                    scratch.withUnsafeMutableBufferPointer { target in
                        stream.next_out = target.baseAddress
                        stream.avail_out = uInt(target.count)
                        status = deflate(&stream, flush)
                        output.append(contentsOf: target.prefix(target.count - Int(stream.avail_out)))
                    }
                } while stream.avail_out == 0 || (flush == Z_FINISH && status == Z_OK)
            }
            if left == 0 { break }
        }
        return output
    }
}
