import Foundation
import Glibc

/// A fresh temporary directory, removed by `remove()`.
struct TestDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "opstop-sources-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Appends bytes to a path with plain POSIX calls, as a logging process would.
struct Writer {
    let fd: Int32

    /// Opens (creating) `path` for appending.
    init(appendingTo path: String) {
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if count <= 0 { return }
            written += count
        }
    }

    func close() {
        _ = Glibc.close(fd)
    }
}

/// Polls `condition` every few milliseconds for up to `timeout`; true once it holds.
func eventually(timeout: Duration = .seconds(2), _ condition: () -> Bool) -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if condition() { return true }
        usleep(2_000)
    }
    return condition()
}
