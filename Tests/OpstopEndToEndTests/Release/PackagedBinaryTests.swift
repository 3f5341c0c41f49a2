import Foundation
import Testing

/// The release package run the way a host without Swift runs it (see ``HostWithoutSwift``), against
/// the regular debug build of the same sources.
@Suite(.serialized, .enabled(if: ReleasePackage.expected, "needs the release package; \(ReleasePackage.hint)"))
struct PackagedBinaryTests {
    static let panelTitles = ["Cost", "Latency", "Errors", "Circuit breakers", "Alerts", "Traces"]

    /// `0.1.0`, from the regular build's `opstop 0.1.0 (commit …)`.
    static func version() throws -> String {
        let line = try OpstopBinary.run(["--version"]).stdout
        let words = line.split(separator: " ")
        return try #require(words.count >= 2 ? String(words[1]) : nil, "unexpected --version: \(line)")
    }

    @Test func packageHoldsBinaryThemesManPageCompletionsReadmeAndInstaller() throws {
        let package = try ReleasePackage.unpack()
        defer { package.remove() }
        #expect(package.name == "opstop-\(try Self.version())-linux-\(ReleasePackage.machine)")
        let files = FileManager.default
        #expect(files.isExecutableFile(atPath: package.binary))
        #expect(files.isExecutableFile(atPath: package.directory.appendingPathComponent("install.sh").path))
        let root = OpstopBinary.packageRoot
        let themes = try files.contentsOfDirectory(atPath: root.appendingPathComponent("themes").path).sorted()
        #expect(themes.count == 5)
        #expect(try files.contentsOfDirectory(atPath: package.directory.appendingPathComponent("themes").path).sorted() == themes)
        var same = themes.map { ("themes/\($0)", "themes/\($0)") }
        same += [
            ("man/opstop.1", "docs/man/opstop.1"), ("completions/opstop.bash", "docs/completions/opstop.bash"),
            ("completions/_opstop", "docs/completions/_opstop"), ("completions/opstop.fish", "docs/completions/opstop.fish"),
            ("README.md", "README.md"), ("install.sh", "scripts/install.sh"),
        ]
        for (packed, source) in same {
            let packedData = files.contents(atPath: package.directory.appendingPathComponent(packed).path)
            #expect(packedData != nil && packedData == files.contents(atPath: root.appendingPathComponent(source).path),
                "\(packed) in the package is not \(source)")
        }
    }

    @Test func lddListsNoLibraryFromTheSwiftToolchain() throws {
        let package = try ReleasePackage.unpack()
        defer { package.remove() }
        let host = try HostWithoutSwift.make()
        let toolchainFiles = Set(try FileManager.default.contentsOfDirectory(atPath: host.toolchainLibraries))
        #expect(toolchainFiles.contains("libswiftCore.so"))
        let regular = try ProcessRun.run(["/usr/bin/ldd", OpstopBinary.path]).stdout
        #expect(regular.contains(host.toolchainLibraries), "the regular build should show what the test looks for")
        let ldd = try ProcessRun.run(["/usr/bin/ldd", package.binary])
        #expect(ldd.status == 0, "\(ldd.stderr)")
        let libraries = ldd.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(libraries.count >= 4, "ldd listed too little:\n\(ldd.stdout)")
        for line in libraries {
            let name = String(line.prefix { $0 != " " })
            #expect(!line.contains(host.toolchainLibraries), "from the toolchain: \(line)")
            #expect(!toolchainFiles.contains(name), "a toolchain library: \(line)")
            #expect(!line.contains("not found"), "missing on this host: \(line)")
        }
        let needed = libraries.map { String($0.prefix { $0 != "." }) }
        for system in ["libncursesw", "libz", "libcurl", "libc"] {
            #expect(needed.contains(system), "expected \(system) from the system:\n\(ldd.stdout)")
        }
    }

    @Test func versionNamesTheVersionAndTheCommitItWasBuiltFrom() throws {
        let package = try ReleasePackage.unpack()
        defer { package.remove() }
        let host = try HostWithoutSwift.make()
        let result = try ProcessRun.run(host.command([package.binary, "--version"]))
        #expect(result.status == 0, "\(result.stderr)")
        let prefix = "opstop \(try Self.version()) (commit "
        #expect(result.stdout.hasPrefix(prefix) && result.stdout.hasSuffix(")\n"), "got \(result.stdout)")
        let commit = result.stdout.dropFirst(prefix.count).dropLast(2)
        let hash = commit.hasSuffix("-dirty") ? commit.dropLast("-dirty".count) : commit
        #expect(hash.count == 12 && hash.allSatisfy(\.isHexDigit), "not a commit: \(commit)")
        let head = try ProcessRun.run(["/usr/bin/git", "-C", OpstopBinary.packageRoot.path, "rev-parse", "--short=12", "HEAD"])
        if head.status == 0 {
            #expect(String(hash) + "\n" == head.stdout, "built from \(hash), the checkout is at \(head.stdout); run scripts/release.sh again")
        }
    }

    @Test func reportAndSnapshotOfADemoLogMatchTheRegularBuild() throws {
        let package = try ReleasePackage.unpack()
        defer { package.remove() }
        let host = try HostWithoutSwift.make()
        let log = package.directory.deletingLastPathComponent().appendingPathComponent("demo.jsonl").path
        let written = try OpstopBinary.run([
            "demo", "--write", log, "--minutes", "20", "--seed", "11", "--start", "2026-11-02T09:00:00Z",
        ])
        #expect(written.status == 0, "\(written.stderr)")
        let runs: [([String], String)] = [
            (["report", log], "Cost"), (["report", log, "--json"], "\"cost\""),
            (["snapshot", log, "--size", "120x40"], "Circuit breakers"),
            (["snapshot", log, "--size", "80x24", "--screen", "traces"], "Traces"),
        ]
        for (arguments, marker) in runs {
            let regular = try ProcessRun.run(HostWithoutSwift.regular([OpstopBinary.path] + arguments))
            let packed = try ProcessRun.run(host.command([package.binary] + arguments))
            #expect(regular.status == 0, "\(arguments): \(regular.stderr)")
            #expect(packed.status == regular.status, "\(arguments): \(packed.stderr)")
            #expect(regular.stdout.contains(marker), "\(arguments) printed:\n\(regular.stdout)")
            #expect(packed.stdout == regular.stdout, "\(arguments): the packed binary printed\n\(packed.stdout)")
        }
    }

    @Test func demoRunsInTmuxAsTheRegularBuildDoes() throws {
        let package = try ReleasePackage.unpack()
        defer { package.remove() }
        let host = try HostWithoutSwift.make()
        let terminal = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
        let regular = try Self.demoScreen(HostWithoutSwift.regular([OpstopBinary.path, "demo"], environment: terminal))
        let packed = try Self.demoScreen(host.command([package.binary, "demo"], environment: terminal))
        #expect(packed.titles == Self.panelTitles, "packed demo screen:\n\(packed.screen)")
        #expect(packed.titles == regular.titles, "regular demo screen:\n\(regular.screen)")
        #expect(packed.status == 0 && regular.status == 0)
    }

    /// Runs the demo for a few seconds in tmux, then quits it with `q`.
    static func demoScreen(_ command: [String]) throws -> (titles: [String], screen: String, status: Int32?) {
        let tmux = try Tmux(command: ProcessRun.shellQuoted(command))
        var screen = try tmux.waitFor(seconds: 15) { screen in panelTitles.allSatisfy { screen.contains($0) } }
        usleep(3_000_000)
        screen = try tmux.waitFor(text: "LIVE")
        try tmux.send("q")
        _ = try tmux.waitFor(text: "opstop-exit-status=")
        return (panelTitles.filter { screen.contains($0) }, screen, try tmux.exitStatus())
    }
}

extension PackagedBinaryTests {
    /// The README names the newest glibc and libstdc++ symbol versions the packed binary needs.
    @Test func readmeNamesTheGlibcAndLibstdcxxTheBinaryNeeds() throws {
        let package = try ReleasePackage.unpack()
        defer { package.remove() }
        let symbols = try ProcessRun.run(["/usr/bin/objdump", "-T", package.binary])
        #expect(symbols.status == 0, "\(symbols.stderr)")
        let readme = try String(contentsOf: OpstopBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let glibc = try #require(Self.newestVersion(of: "GLIBC_", in: symbols.stdout))
        let libstdcxx = try #require(Self.newestVersion(of: "GLIBCXX_", in: symbols.stdout))
        #expect(readme.contains("glibc \(glibc) or newer"), "README should say the host needs glibc \(glibc)")
        #expect(readme.contains("GLIBCXX_\(libstdcxx)"), "README should say the host needs GLIBCXX_\(libstdcxx)")
    }

    /// The highest `PREFIX<version>` in `objdump -T` output, compared number by number.
    static func newestVersion(of prefix: String, in text: String) -> String? {
        let versions = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" || $0 == ")" })
            .filter { $0.hasPrefix(prefix) }
            .map { $0.dropFirst(prefix.count).split(separator: ".").compactMap { Int($0) } }
            .filter { !$0.isEmpty }
        let newest = versions.max { $0.lexicographicallyPrecedes($1) }
        return newest.map { $0.map(String.init).joined(separator: ".") }
    }
}
