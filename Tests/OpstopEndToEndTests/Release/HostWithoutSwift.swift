import Foundation
import Testing

/// Runs programs as a host without a Swift toolchain would: an empty environment (`env -i`), and,
/// where the machine allows a private mount namespace (root, as in CI), the toolchain's library
/// directory covered by an empty tmpfs, so that not even a RUNPATH baked into a binary reaches it.
struct HostWithoutSwift {
    /// The directory the regular build loads `libswiftCore.so` from (e.g. `/opt/swift/usr/lib/swift/linux`).
    let toolchainLibraries: String
    /// Whether `command` hides `toolchainLibraries`; proven by the regular build failing to start there.
    let hidesToolchain: Bool

    static func make() throws -> HostWithoutSwift {
        let ldd = try ProcessRun.run(["/usr/bin/ldd", OpstopBinary.path])
        let core = ldd.stdout.split(separator: "\n").first { $0.contains("libswiftCore.so =>") }
        let path = try #require(
            core?.split(separator: " ").first { $0.hasPrefix("/") }, "the regular build does not load libswiftCore.so:\n\(ldd.stdout)")
        let libraries = URL(fileURLWithPath: String(path)).deletingLastPathComponent().path
        let sandboxed = HostWithoutSwift(toolchainLibraries: libraries, hidesToolchain: true)
        // The regular build needs the toolchain: where it cannot start, the toolchain is hidden.
        let probe = try ProcessRun.run(sandboxed.command([OpstopBinary.path, "--version"]))
        let hidden = probe.status == 127 && probe.stderr.contains("error while loading shared libraries")
        if !hidden {
            // CI runs as root, where a mount namespace always works: there, not hiding is a failure.
            let required = ProcessInfo.processInfo.environment["OPSTOP_REQUIRE_PEERS"] == "1" && getuid() == 0
            let message = "cannot hide \(libraries) in a mount namespace (\(probe.stderr.prefix(200)))"
            if required { Issue.record(Comment(rawValue: message)) } else { print("note: \(message); env -i only") }
        }
        return HostWithoutSwift(toolchainLibraries: libraries, hidesToolchain: hidden)
    }

    /// `arguments` (a program and its arguments) in an empty environment plus `environment`.
    func command(_ arguments: [String], environment: [String: String] = [:]) -> [String] {
        let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        guard hidesToolchain else { return ["/usr/bin/env", "-i"] + variables + arguments }
        return ["/usr/bin/unshare", "--mount", "/bin/sh", "-c", "mount -t tmpfs opstop-no-swift \"$0\" && exec env -i \"$@\"",
            toolchainLibraries] + variables + arguments
    }

    /// The regular build in the same empty environment (its RUNPATH still finds the toolchain).
    static func regular(_ arguments: [String], environment: [String: String] = [:]) -> [String] {
        ["/usr/bin/env", "-i"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + arguments
    }
}

/// Runs a program to its end with its output captured (standard error through a file, so that
/// neither pipe can fill up while the other is read).
enum ProcessRun {
    static func run(_ arguments: [String]) throws -> OpstopBinary.Result {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("opstop-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? Data(contentsOf: errorFile)) ?? Data()
        return OpstopBinary.Result(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors, as: UTF8.self))
    }

    static func shellQuoted(_ arguments: [String]) -> String {
        arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }
}
