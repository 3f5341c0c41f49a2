import Glibc

/// An inotify watch on a directory, used only as a "look now" signal; every event counts.
///
/// Watching the directory rather than the file sees renames, deletions and re-creations of
/// the followed name. When the watch cannot be set up (no such directory, inotify limits)
/// `isActive` is false and the caller relies on its poll interval; `retry()` tries again.
final class DirectoryWatch {
    static let mask = UInt32(
        IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_ATTRIB | IN_CLOSE_WRITE)

    let directory: String
    private let inotifyFD: Int32
    private(set) var isActive = false
    private var scratch = [UInt8](repeating: 0, count: 16 * 1024)

    init(directory: String) {
        self.directory = directory
        inotifyFD = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        retry()
    }

    deinit {
        if inotifyFD >= 0 { _ = close(inotifyFD) }
    }

    /// Adds the watch if it is not active yet.
    func retry() {
        guard !isActive, inotifyFD >= 0 else { return }
        isActive = inotify_add_watch(inotifyFD, directory, Self.mask) >= 0
    }

    /// Blocks until the directory changes, `wake` is signalled, or `timeoutMilliseconds` pass.
    func wait(timeoutMilliseconds: Int32, wake: WakePipe?) {
        var fds: [pollfd] = []
        if isActive { fds.append(pollfd(fd: inotifyFD, events: Int16(POLLIN), revents: 0)) }
        if let wake { fds.append(pollfd(fd: wake.readFD, events: Int16(POLLIN), revents: 0)) }
        // With neither (no inotify, out of descriptors for the pipe) poll waits out the timeout on nothing.
        let ready = fds.withUnsafeMutableBufferPointer {
            poll($0.baseAddress, nfds_t($0.count), Swift.max(0, timeoutMilliseconds))
        }
        guard ready > 0 else { return }
        if isActive { discardEvents() }
        wake?.drain()
    }

    /// Reads and drops queued events; an `IN_IGNORED` (directory gone) deactivates the watch.
    private func discardEvents() {
        while true {
            let count = scratch.withUnsafeMutableBytes { read(inotifyFD, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            scratch.withUnsafeBytes { raw in
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let nameLength = raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)
                    if mask & UInt32(IN_IGNORED) != 0 { isActive = false }
                    offset += MemoryLayout<inotify_event>.size + Int(nameLength)
                }
            }
        }
    }
}
