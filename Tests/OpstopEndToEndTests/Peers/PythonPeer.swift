import Foundation
import Synchronization

/// A Python peer script running on 127.0.0.1: reads its JSON lines from stdout, stopped by `stop()`.
final class PythonPeer: Sendable {
    private let process: Process
    private let lines = Mutex<[String]>([])

    init(script: String, python: String) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-u", TestPeers.script(script)]
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let handle = out.fileHandleForReading
        Thread.detachNewThread { [self] in
            var pending = Data()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { return }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: 0x0A) {
                    let line = pending[pending.startIndex..<newline]
                    pending = Data(pending[(newline + 1)...])
                    let text = String(decoding: line, as: UTF8.self)
                    lines.withLock { $0.append(text) }
                }
            }
        }
    }

    /// Every JSON line so far.
    var messages: [[String: Any]] {
        lines.withLock { $0 }.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// Waits for a line that has `key`, returning it.
    func wait(for key: String, seconds: Double = 20) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let line = messages.first(where: { $0[key] != nil }) { return line }
            if !process.isRunning { break }
            usleep(50_000)
        }
        throw PeerFailed(message: "peer never printed '\(key)'; got \(messages)")
    }

    func port() throws -> Int {
        guard let port = try wait(for: "port")["port"] as? Int else { throw PeerFailed(message: "no port") }
        return port
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    deinit { stop() }

    struct PeerFailed: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
