import Foundation
import Glibc
import Testing

/// A TCP port that takes connections (the kernel's backlog) and never answers: a hanging target.
private final class SilentPort {
    let port: Int
    private let socket: Int32

    init() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        guard bound == 0, listen(fd, 64) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    deinit { close(socket) }
}

/// `report URL --for 3s` against a target that never answers: each scrape is bounded by the time
/// left, so the report ends near 3 s (it took three 5 s timeouts and more).
@Test func reportForAPeriodEndsOnTimeAgainstAHangingTarget() throws {
    let target = try SilentPort()
    defer { withExtendedLifetime(target) {} }
    let clock = ContinuousClock()
    let start = clock.now
    let result = try OpstopBinary.run(["report", "http://127.0.0.1:\(target.port)/metrics", "--for", "3s"])
    let elapsed = clock.now - start
    #expect(result.status == 2, "stderr: \(result.stderr)")
    #expect(elapsed < .seconds(8), "took \(elapsed)")
    #expect(result.stderr.contains("timed out"))
}

@Test func configGivenADirectorySaysSo() throws {
    let directory = try OpstopBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try OpstopBinary.run(["report", "/dev/null", "--config", directory.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("is a directory, not a config file"), "\(result.stderr)")
    #expect(!result.stderr.contains("NSCocoaErrorDomain"))
}

@Test func aNegativeDurationSaysDurationsArePositive() throws {
    let result = try OpstopBinary.run(["report", "http://127.0.0.1:9/metrics", "--for", "-5s"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--for must be a positive duration"), "\(result.stderr)")
    #expect(!result.stderr.contains("Missing value"))
}

/// The live screen refused an unknown `[ui] theme`; report and snapshot took it silently.
@Test(arguments: ["report", "snapshot"])
func anUnknownThemeInTheConfigIsRefusedEverywhere(command: String) throws {
    let directory = try OpstopBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let config = directory.appendingPathComponent("config.toml")
    try "[ui]\ntheme = \"no-such-theme\"\n".write(to: config, atomically: true, encoding: .utf8)
    let result = try OpstopBinary.run([command, "/dev/null", "--config", config.path])
    #expect(result.status == 2, "stdout: \(result.stdout)")
    #expect(result.stderr.contains("no-such-theme"), "\(result.stderr)")
}
