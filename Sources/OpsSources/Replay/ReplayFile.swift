import Glibc

/// A file opened for reading at given offsets (`pread`), closed when the last reference goes.
///
/// Replay needs to read lines back in any order, so standard input and pipes cannot be replayed:
/// they fail to open here with `ESPIPE`.
final class ReplayFile: Sendable {
    let path: String
    let fd: Int32

    init(path: String) throws(SourceError) {
        guard path != "-" else { throw SourceError(operation: .open, path: path, code: ESPIPE) }
        let fd = try POSIXFile.openForReading(path).get()
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            let code = (info.st_mode & S_IFMT) == S_IFDIR ? EISDIR : ESPIPE
            POSIXFile.close(fd)
            throw SourceError(operation: .open, path: path, code: code)
        }
        self.path = path
        self.fd = fd
    }

    deinit {
        POSIXFile.close(fd)
    }

    /// Reads `count` bytes at `offset` into the start of `buffer`, grown as needed: how many it got
    /// (fewer only at the end of the file).
    func read(_ count: Int, at offset: Int64, into buffer: inout [UInt8]) -> Result<Int, SourceError> {
        if buffer.count < count { buffer = [UInt8](repeating: 0, count: count) }
        return buffer.withUnsafeMutableBytes { bytes -> Result<Int, SourceError> in
            do throws(SourceError) {
                return .success(try read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[..<count]), at: offset))
            } catch {
                return .failure(error)
            }
        }
    }

    /// Fills `buffer` from `offset` on; fewer bytes only at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(SourceError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var total = 0
        while total < buffer.count {
            let count = pread(fd, base + total, buffer.count - total, off_t(offset + Int64(total)))
            if count > 0 {
                total += count
            } else if count == 0 {
                break
            } else if errno != EINTR {
                throw SourceError(operation: .read, path: path, code: errno)
            }
        }
        return total
    }
}
