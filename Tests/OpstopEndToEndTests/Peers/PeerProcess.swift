import Foundation

/// A peer program started for a test: its output goes to a file, and it is killed (SIGKILL) when stopped.
///
/// SIGKILL, not SIGTERM: processes started from test threads inherit a mask that blocks SIGTERM.
final class PeerProcess {
    let name: String
    let process = Process()
    let logURL: URL

    init(name: String, executable: String, arguments: [String], directory: URL) throws {
        self.name = name
        logURL = directory.appendingPathComponent("\(name).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var output: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    var isRunning: Bool { process.isRunning }

    /// Waits for `condition` on the output so far; throws with the output when it never holds.
    func waitForOutput(seconds: Double = 15, _ condition: (String) -> String?) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let found = condition(output) { return found }
            if !process.isRunning { break }
            usleep(50_000)
        }
        throw PeerFailure("\(name) did not start: \(output.suffix(2000))")
    }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

struct PeerFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
