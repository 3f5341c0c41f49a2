import Foundation
import Testing

/// The tarball `scripts/release.sh` made, named by `OPSTOP_RELEASE_TARBALL` (`.ci/run` builds it
/// once). Locally its absence skips the tests that need it; in CI (`OPSTOP_REQUIRE_PEERS=1`) it fails them.
struct ReleasePackage {
    static let hint = "set OPSTOP_RELEASE_TARBALL to the tarball scripts/release.sh prints (.ci/run does)"

    static var tarball: String? {
        ProcessInfo.processInfo.environment["OPSTOP_RELEASE_TARBALL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var expected: Bool {
        ProcessInfo.processInfo.environment["OPSTOP_REQUIRE_PEERS"] == "1" || tarball != nil
    }

    /// The unpacked `opstop-<version>-linux-<arch>` directory.
    let directory: URL
    let name: String

    var binary: String { directory.appendingPathComponent("opstop").path }

    /// Deletes the unpacked copy (about 70 MB).
    func remove() {
        try? FileManager.default.removeItem(at: directory.deletingLastPathComponent())
    }

    /// Unpacks the tarball into a fresh directory, as `tar x` on the host would.
    static func unpack() throws -> ReleasePackage {
        guard let tarball, FileManager.default.fileExists(atPath: tarball) else {
            Issue.record("no release tarball at '\(tarball ?? "")'; \(hint)")
            throw Missing()
        }
        let target = try OpstopBinary.temporaryDirectory()
        let untar = try ProcessRun.run(["/usr/bin/tar", "-xzf", tarball, "-C", target.path])
        #expect(untar.status == 0, "tar failed: \(untar.stderr)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: target.path)
        let name = try #require(entries.count == 1 ? entries.first : nil, "the tarball holds \(entries), not one directory")
        return ReleasePackage(directory: target.appendingPathComponent(name), name: name)
    }

    struct Missing: Error {}

    /// `x86_64` or `aarch64`, as `uname -m` says.
    static var machine: String {
        var system = utsname()
        uname(&system)
        return withUnsafeBytes(of: &system.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
