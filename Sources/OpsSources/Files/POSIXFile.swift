import Glibc

/// Thin wrappers over the system calls the readers use, retrying on `EINTR`.
enum POSIXFile {
    /// Opens `path` read-only; the `errno` on failure.
    static func openForReading(_ path: String) -> Result<Int32, SourceError> {
        while true {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd >= 0 { return .success(fd) }
            let code = errno
            if code != EINTR { return .failure(SourceError(operation: .open, path: path, code: code)) }
        }
    }

    /// Opens a pipe or device without waiting for a writer: `read` then says `EAGAIN` until data
    /// comes (and poll waits for it); a FIFO that never had a writer is not at its end.
    static func openStream(_ path: String) -> Result<Int32, SourceError> {
        while true {
            let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            if fd >= 0 { return .success(fd) }
            let code = errno
            if code != EINTR { return .failure(SourceError(operation: .open, path: path, code: code)) }
        }
    }

    /// Whether `path` names something that cannot be seeked, so it must be read as a stream: a
    /// FIFO (also what `<(cmd)` gives as /dev/fd/N) or a character device.
    static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFCHR
    }

    /// Reads up to `buffer.count` bytes: the count (0 at end of file) or the `errno`.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, SystemErrno> {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return .success(0) }
        while true {
            let count = Glibc.read(fd, base, buffer.count)
            if count >= 0 { return .success(count) }
            let code = errno
            if code != EINTR { return .failure(SystemErrno(code: code)) }
        }
    }

    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }
}
