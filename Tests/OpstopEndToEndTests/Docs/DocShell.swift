import Foundation
import Glibc

/// Runs a documented command line as a user's shell would: `bash -c LINE` in a working directory, with the
/// built `opstop` first on PATH and no config of the user's (the same empty XDG and HOME as every test).
struct DocShell {
    var directory: URL
    var environment: [String: String] = [:]

    private var processEnvironment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        let binaries = URL(fileURLWithPath: OpstopBinary.path).deletingLastPathComponent().path
        env["PATH"] = binaries + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["XDG_CONFIG_HOME"] = "/nonexistent-opstop-test-config"
        env["XDG_DATA_HOME"] = "/nonexistent-opstop-test-data"
        env["HOME"] = "/nonexistent-opstop-test-home"
        for (key, value) in environment { env[key] = value }
        return env
    }

    private func process(_ line: String) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = directory
        process.environment = processEnvironment
        process.standardInput = FileHandle.nullDevice
        return process
    }

    /// Runs `line` to its end (output through files, so neither pipe can fill up).
    func run(_ line: String) throws -> OpstopBinary.Result {
        let name = UUID().uuidString
        let out = directory.appendingPathComponent(".out-\(name)")
        let err = directory.appendingPathComponent(".err-\(name)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = process(line)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return OpstopBinary.Result(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    /// Starts `line` and waits (up to 10 s) until something accepts connections on `port`.
    func start(_ line: String, listeningOn port: Int) throws -> Background {
        let background = Background(process: process(line), directory: directory)
        try background.start()
        var tries = 0
        while tries < 1_000, background.process.isRunning, !ReceivingReport.accepts(port: port) {
            usleep(10_000)
            tries += 1
        }
        return background
    }

    /// A documented command running in the background (a receiver) until it ends or is stopped.
    final class Background {
        let process: Process
        private let out: URL
        private let err: URL

        init(process: Process, directory: URL) {
            self.process = process
            out = directory.appendingPathComponent(".bg-out-\(UUID().uuidString)")
            err = directory.appendingPathComponent(".bg-err-\(UUID().uuidString)")
        }

        func start() throws {
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
        }

        /// Waits for the command's own end.
        func finish() throws -> OpstopBinary.Result {
            process.waitUntilExit()
            return OpstopBinary.Result(
                status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                stderr: try String(contentsOf: err, encoding: .utf8))
        }

        deinit {
            if process.isRunning { process.terminate() }
        }
    }
}
