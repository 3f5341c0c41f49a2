import Glibc

/// The state of following one path: the open file, how far it was read, and what was reported.
///
/// `check` is called on every wake-up and on every poll tick; it reads whatever is new and
/// reports rotation, truncation, disappearance and re-appearance, like `tail -F`.
struct PathTail {
    let path: String
    private var fd: Int32 = -1
    private var identity: FileIdentity?
    private var offset: Int64 = 0
    /// Only the first file found at start is skipped to its end; later files are read whole.
    private var skipToEnd: Bool
    private var reportedMissing = false
    private var reportedError: SourceError?

    init(path: String, startAtEnd: Bool) {
        self.path = path
        self.skipToEnd = startAtEnd
    }

    /// Goes on from where a load left the file: the same descriptor, from the seam's offset.
    init(path: String, resuming seam: FollowSeam) {
        self.path = path
        skipToEnd = false
        fd = seam.descriptor
        identity = seam.identity
        offset = seam.offset
    }

    /// Closes the open file, if any.
    mutating func close() {
        if fd >= 0 { POSIXFile.close(fd) }
        fd = -1
        identity = nil
    }

    /// Reads what is new and reports changes to the path; `shouldStop` is checked between chunks.
    mutating func check(buffer: ReadBuffer, shouldStop: () -> Bool, sink: (FollowEvent) -> Void) {
        guard fd >= 0 else {
            openPath(buffer: buffer, shouldStop: shouldStop, sink: sink)
            return
        }
        if let current = FileIdentity.of(descriptor: fd), current.size < offset {
            offset = 0
            sink(.truncated)
        }
        readToEnd(buffer: buffer, shouldStop: shouldStop, sink: sink)
        switch FileIdentity.of(path: path) {
        case let .failure(failure) where failure.code == ENOENT || failure.code == ENOTDIR:
            // Renamed away or deleted: keep the old file open, a writer may still append to it.
            if !reportedMissing {
                reportedMissing = true
                sink(.missing)
            }
        case .failure:
            break
        case let .success(now):
            guard let identity, !now.isSameFile(as: identity) else {
                if reportedMissing {
                    // Renamed back to the same file: nothing new to announce.
                    reportedMissing = false
                }
                return
            }
            // A different file under the path: finish the old one, then start the new one.
            readToEnd(buffer: buffer, shouldStop: shouldStop, sink: sink)
            close()
            let wasMissing = reportedMissing
            reportedMissing = false
            openPath(buffer: buffer, shouldStop: shouldStop, sink: sink, announce: wasMissing ? .reappeared : .rotated)
        }
    }

    private mutating func openPath(
        buffer: ReadBuffer, shouldStop: () -> Bool, sink: (FollowEvent) -> Void, announce: FollowEvent? = nil
    ) {
        switch POSIXFile.openForReading(path) {
        case let .failure(error):
            if error.code == ENOENT || error.code == ENOTDIR {
                if !reportedMissing {
                    reportedMissing = true
                    sink(.missing)
                }
            } else if reportedError != error {
                reportedError = error
                sink(.unreadable(error))
            }
            skipToEnd = false
            return
        case let .success(opened):
            fd = opened
            identity = FileIdentity.of(descriptor: opened)
            offset = 0
            reportedError = nil
            if skipToEnd, let size = identity?.size {
                offset = size
            }
            skipToEnd = false
            if let announce {
                sink(announce)
            } else if reportedMissing {
                sink(.reappeared)
            }
            reportedMissing = false
            readToEnd(buffer: buffer, shouldStop: shouldStop, sink: sink)
        }
    }

    /// Reads from `offset` until end of file, delivering each chunk.
    private mutating func readToEnd(buffer: ReadBuffer, shouldStop: () -> Bool, sink: (FollowEvent) -> Void) {
        guard fd >= 0 else { return }
        while !shouldStop() {
            guard let base = buffer.bytes.baseAddress else { return }
            let count = pread(fd, base, buffer.bytes.count, off_t(offset))
            if count < 0 {
                if errno == EINTR { continue }
                let error = SourceError(operation: .read, path: path, code: errno)
                if reportedError != error {
                    reportedError = error
                    sink(.unreadable(error))
                }
                return
            }
            guard count > 0 else { return }
            offset += Int64(count)
            sink(.data(Array(UnsafeRawBufferPointer(start: base, count: count))))
        }
    }
}
