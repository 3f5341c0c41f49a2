import Foundation
import Testing

/// Compares rendered lines with `Snapshots/NAME.txt`, or rewrites that file in the source tree
/// when `OPSTOP_RECORD_SNAPSHOTS=1`. The expected file is read from the test bundle.
func expectSnapshot(
    _ lines: [String],
    named name: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let actual = lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["OPSTOP_RECORD_SNAPSHOTS"] == "1" {
        let url = snapshotDirectory(from: filePath).appendingPathComponent(name + ".txt")
        do {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Snapshots"),
        let expected = try? String(contentsOf: url, encoding: .utf8)
    else {
        let message = "no snapshot '\(name)'; record it with OPSTOP_RECORD_SNAPSHOTS=1 swift test --filter OpsUITests\n"
        Issue.record(Comment(rawValue: message + actual), sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let message = "snapshot '\(name)' differs (re-record with OPSTOP_RECORD_SNAPSHOTS=1):\n"
        Issue.record(
            Comment(rawValue: message + lineDiff(expected: expected, actual: actual)), sourceLocation: sourceLocation)
    }
}

/// The differing lines, each shown between `|` so trailing spaces are visible.
func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(old.count, new.count) {
        let before = index < old.count ? "|\(old[index])|" : "(missing)"
        let after = index < new.count ? "|\(new[index])|" : "(missing)"
        if before != after {
            report.append("line \(index + 1):\n  - \(before)\n  + \(after)")
        }
    }
    return report.joined(separator: "\n")
}

private func snapshotDirectory(from filePath: String) -> URL {
    var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while directory.path.count > 1 {
        let candidate = directory.appendingPathComponent("Snapshots")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        directory.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
}
