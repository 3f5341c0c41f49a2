import Foundation

/// `indexing 43 % · 140 MB of 334 MB` on standard error while replay indexes its log, when that
/// is a terminal; the line is cleared before the screen starts.
final class IndexingProgress {
    private let totalBytes: Int64
    private let shows: Bool
    private var shownPercent = -1

    init(path: String) {
        var info = stat()
        totalBytes = stat(path, &info) == 0 ? Int64(info.st_size) : 0
        shows = isatty(STDERR_FILENO) == 1 && totalBytes > 0
    }

    func update(_ bytesScanned: Int64) {
        guard shows else { return }
        let percent = Int(Swift.min(100, Swift.max(0, bytesScanned * 100 / totalBytes)))
        guard percent != shownPercent else { return }
        shownPercent = percent
        let text = "\r\u{1B}[Kindexing \(percent) % · \(Self.megabytes(bytesScanned)) of \(Self.megabytes(totalBytes))"
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        guard shows, shownPercent >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private static func megabytes(_ bytes: Int64) -> String { "\(bytes / 1_000_000) MB" }
}
