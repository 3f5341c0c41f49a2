import Foundation

/// Runs the built `opstop` executable as a user would.
enum OpstopBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The executable next to the test bundle (both are products of the same build).
    static var path: String {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("opstop").path,
            packageRoot.appendingPathComponent(".build/debug/opstop").path,
        ]
        for bundle in Bundle.allBundles {
            let sibling = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("opstop").path
            if FileManager.default.isExecutableFile(atPath: sibling) { return sibling }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }

    /// Starts opstop without waiting for it, as a user's shell would (no config, no input): its
    /// standard output comes on `output`, its standard error on `errors` (or is dropped).
    static func launch(_ arguments: [String], output: Pipe, errors: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = "/nonexistent-opstop-test-config"
        process.environment = environment
        process.standardOutput = output
        process.standardError = errors ?? FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], viaSetsid: Bool = false
    ) throws -> Result {
        let process = Process()
        if viaSetsid {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            process.arguments = ["--wait", path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = "/nonexistent-opstop-test-config"
        env["XDG_DATA_HOME"] = "/nonexistent-opstop-test-data"
        env["HOME"] = "/nonexistent-opstop-test-home"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        let collected = Collected()
        group.enter()
        DispatchQueue.global().async {
            collected.setStdout(out.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: collected.stdout, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("opstop-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func setStdout(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    var stdout: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
