import Foundation
import Testing

/// The committed man page and completions are what the command definitions generate today.
@Suite struct GeneratedDocsTests {
    static let regenerate = "run scripts/generate-docs.sh and commit docs/man and docs/completions"

    @Test(arguments: [("bash", "opstop.bash"), ("zsh", "_opstop"), ("fish", "opstop.fish")])
    func committedCompletionsAreWhatTheBinaryGenerates(shell: String, file: String) throws {
        let generated = try OpstopBinary.run(["--generate-completion-script", shell])
        #expect(generated.status == 0, "\(generated.stderr)")
        let committed = try String(contentsOf: Self.docs("completions/\(file)"), encoding: .utf8)
        let current = generated.stdout == committed
        #expect(
            current,
            "docs/completions/\(file) is out of date; \(Self.regenerate)\n\(Self.firstDifference(committed, generated.stdout))")
    }

    @Test func completionsOfferEverySubcommand() throws {
        let bash = try String(contentsOf: Self.docs("completions/opstop.bash"), encoding: .utf8)
        for subcommand in ["watch", "replay", "demo", "report", "snapshot", "config"] {
            #expect(bash.contains(subcommand), "bash completion lacks \(subcommand)")
        }
    }

    @Test(.enabled(if: ManualTool.expected, "needs generate-manual; \(ManualTool.hint)"))
    func committedManPageIsWhatGenerateManualMakesOfTheCommands() throws {
        let tool = try ManualTool.path()
        let committed = try String(contentsOf: Self.docs("man/opstop.1"), encoding: .utf8)
        let date = try #require(Self.isoDate(ofManPage: committed), "docs/man/opstop.1 has no .Dd date line")
        let directory = try OpstopBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let status = try Self.run(tool, [OpstopBinary.path, "--date", date, "--output-directory", directory.path])
        #expect(status == 0, "generate-manual failed")
        let generated = try String(contentsOf: directory.appendingPathComponent("opstop.1"), encoding: .utf8)
        let current = generated == committed
        #expect(
            current,
            "docs/man/opstop.1 is out of date; \(Self.regenerate)\n\(Self.firstDifference(committed, generated))")
        for subcommand in ["watch", "replay", "demo", "report", "snapshot", "config"] {
            #expect(committed.contains("Em \(subcommand)"), "the man page has no section for \(subcommand)")
        }
    }

    @Test func manPageDateReadsAsISODate() {
        #expect(Self.isoDate(ofManPage: ".\\\" x\n.Dd December 2, 2026\n.Dt OPSTOP 1\n") == "2026-12-02")
        #expect(Self.isoDate(ofManPage: ".Dd May 31, 2027\n") == "2027-05-31")
        #expect(Self.isoDate(ofManPage: ".Dd Smarch 1, 2026\n") == nil)
        #expect(Self.isoDate(ofManPage: ".Dt OPSTOP 1\n") == nil)
    }

    /// `.Dd December 2, 2026` as `2026-12-02`, the form generate-manual's `--date` takes.
    static func isoDate(ofManPage page: String) -> String? {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        guard let line = page.split(separator: "\n").first(where: { $0.hasPrefix(".Dd ") }) else { return nil }
        let words = line.dropFirst(4).replacingOccurrences(of: ",", with: "").split(separator: " ")
        guard words.count == 3, let month = months.firstIndex(of: String(words[0])), let day = Int(words[1]),
            let year = Int(words[2]), (1...31).contains(day)
        else { return nil }
        return String(format: "%04d-%02d-%02d", year, month + 1, day)
    }

    static func docs(_ path: String) -> URL {
        OpstopBinary.packageRoot.appendingPathComponent("docs").appendingPathComponent(path)
    }

    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? String(old[index]) : "(end)"
            let now = index < new.count ? String(new[index]) : "(end)"
            if was != now { return "line \(index + 1): committed \(was.debugDescription), generated \(now.debugDescription)" }
        }
        return "(no line differs)"
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// swift-argument-parser's generate-manual, which `swift package generate-manual` builds next to
/// the debug products. Locally its absence skips the man page check; in CI it fails it.
enum ManualTool {
    static let hint = "run `swift package generate-manual --configuration debug` once (.ci/run does)"

    static var candidates: [String] {
        let directory = URL(fileURLWithPath: OpstopBinary.path).deletingLastPathComponent()
        return ["generate-manual-tool", "generate-manual"].map { directory.appendingPathComponent($0).path }
    }

    static var expected: Bool {
        ProcessInfo.processInfo.environment["OPSTOP_REQUIRE_PEERS"] == "1"
            || candidates.contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func path() throws -> String {
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return found }
        Issue.record("no generate-manual next to \(OpstopBinary.path); \(hint)")
        throw Missing()
    }

    struct Missing: Error {}
}
