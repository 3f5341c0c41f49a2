import Foundation

/// For the load benchmarks (`scripts/bench-screen.sh`): when the screen drew its first frame and
/// its first frame once no source said `loading` (a log caught up, a replay indexed), in
/// milliseconds since the process started, written to a file as soon as the load is over:
///
///     first-frame-ms 41.2
///     loaded-ms 612.9
///
/// Timed by the screen itself, so the figures leave out the terminal the benchmark runs it in
/// (starting tmux, polling its pane), which `report`'s timing has no counterpart of.
package struct LoadTimeLog: Sendable {
    let path: String
    /// `MonotonicTime.nanos()` when the process started (read first thing in `main`).
    let startNanos: Int64

    package init(path: String, startNanos: Int64) {
        self.path = path
        self.startNanos = startNanos
    }

    func write(firstFrameNanos: Int64, loadedNanos: Int64) {
        let text = "first-frame-ms \(milliseconds(firstFrameNanos))\nloaded-ms \(milliseconds(loadedNanos))\n"
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func milliseconds(_ nanos: Int64) -> String {
        String(format: "%.1f", Double(nanos - startNanos) / 1e6)
    }
}
