import Glibc

/// Reads a whole file (or standard input for `-`) in large chunks, as fast as `read` allows.
///
/// Made for `report`: no following, no rotation handling, one buffer reused for every chunk.
package struct WholeFileReader: Sendable {
    package static let defaultChunkSize = 4 << 20

    /// A file path, or `-` for standard input.
    package let path: String
    package let chunkSize: Int

    package init(path: String, chunkSize: Int = WholeFileReader.defaultChunkSize) {
        self.path = path
        self.chunkSize = Swift.max(4096, chunkSize)
    }

    /// Calls `body` with each chunk in file order; the pointer is valid only during the call.
    ///
    /// Throws `SourceError` when the file cannot be opened or read (before any chunk when it
    /// cannot be opened), or whatever `body` throws.
    package func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = try POSIXFile.openForReading(path).get()
            _ = posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL)
        }
        defer { if fd != 0 { POSIXFile.close(fd) } }
        let buffer = ReadBuffer(size: chunkSize)
        while true {
            switch POSIXFile.read(fd, into: buffer.bytes) {
            case let .failure(failure):
                throw SourceError(operation: .read, path: path, code: failure.code)
            case .success(0):
                return
            case let .success(count):
                try body(UnsafeRawBufferPointer(rebasing: buffer.bytes[..<count]))
            }
        }
    }
}
