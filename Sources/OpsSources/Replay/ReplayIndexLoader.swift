import Foundation
import Glibc

/// Builds a `ReplayIndex` on a thread of its own, so a screen draws and answers keys while the log
/// is indexed, showing how far the pass got.
package final class ReplayIndexLoader: @unchecked Sendable {  // `scanned` and `outcome` are guarded by `lock`
    private let lock = NSLock()
    private var scanned: Int64 = 0
    private var outcome: Result<ReplayIndex, SourceError>?
    package let path: String
    /// The file's size when indexing began.
    package let totalBytes: Int64

    /// Plays the log while it is indexed, as far as the log allows; nil unless asked for.
    package let playAhead: ReplayPlayAhead?

    /// Starts indexing `path` with `workers` threads besides the loader's own; `playsAhead`: hands
    /// its events to `playAhead` as they are indexed (a replay at full speed).
    package init(path: String, workers: Int, playsAhead: Bool = false) {
        self.path = path
        let playAhead = playsAhead ? ReplayPlayAhead() : nil
        self.playAhead = playAhead
        var info = stat()
        totalBytes = stat(path, &info) == 0 ? Int64(info.st_size) : 0
        let thread = Thread { [self] in
            let result: Result<ReplayIndex, SourceError>
            do throws(SourceError) {
                result = .success(try ReplayIndex(path: path, workers: workers, playAhead: playAhead) { self.update($0) })
            } catch {
                result = .failure(error)
            }
            lock.withLock { outcome = result }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Throws what opening `path` for replay would (missing, a directory, standard input).
    package static func checkOpens(_ path: String) throws(SourceError) {
        _ = try ReplayFile(path: path)
    }

    /// Bytes of the file scanned so far.
    package var bytesScanned: Int64 { lock.withLock { scanned } }

    /// The index, or why it could not be built; nil while indexing.
    package var result: Result<ReplayIndex, SourceError>? { lock.withLock { outcome } }

    private func update(_ bytes: Int64) {
        lock.withLock { scanned = bytes }
    }
}
