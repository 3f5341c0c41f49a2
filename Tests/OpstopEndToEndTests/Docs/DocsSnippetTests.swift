import Foundation
import Testing

/// Every fenced snippet of README.md and docs/*.md is run by a check of its kind, or is named in
/// ``notRunHere`` with the reason it cannot run offline. A snippet of no known kind fails the test, and
/// so does a reason that names no snippet any more: nothing is skipped silently.
///
/// Commands run in a scratch directory with the built `opstop` first on PATH. Two substitutions keep
/// them offline and out of each other's way, and are the only changes made to a snippet: the documented
/// listener address 127.0.0.1:4318 becomes a free port, and a host that is not on this machine
/// (`prom:9090`, `a:9464`) becomes a closed loopback port, where opstop must fail with its one-line
/// error rather than a usage error. `--for 30s` is shortened to `--for 3s`.
@Suite(.serialized)
struct DocsSnippetTests {
    /// Blocks that cannot run here, by file and the start of their first line, and why.
    static let notRunHere: [(file: String, start: String, reason: String)] = [
        ("README.md", "scp opstop-0.1.0-linux-x86_64.tar.gz",
         "copies the release to another host over ssh; the unpacked package is run by Release/PackagedBinaryTests"),
        ("README.md", "./opstop-0.1.0-linux-x86_64/install.sh",
         "installs the release package (as root too); Release/PackagedBinaryTests checks what the package holds"),
        ("README.md", "scripts/release.sh", "a release build of several minutes; .ci/run makes it for Release/"),
        ("README.md", "apt-get update", "installs system packages and builds from source"),
        ("README.md", ".ci/run", "runs the whole CI, this test included"),
    ]

    /// Lines of runnable shell blocks that stand for the user's own program.
    static let usersOwnLines: [String: String] = [
        "python app.py": "the user's application; ProducerPeerTests runs the LangSmith SDK with these exports",
    ]

    @Test func theExtractorFindsFencesAsMarkdownDoes() throws {
        let markdown = """
            Text with `inline` code and ``` inline ``` triple.
            ```sh
            opstop demo
            ```
            - item:
              ```yaml
              a:
                b: 1
              ```
            ~~~~toml extra words
            x = "```"
            ~~~~
            """
        let snippets = try DocSnippet.extract(markdown, file: "x.md")
        #expect(snippets.map(\.language) == ["sh", "yaml", "toml"])
        #expect(snippets.map(\.line) == [2, 6, 10])
        #expect(snippets[1].lines == ["a:", "  b: 1"])
        #expect(snippets[2].lines == [#"x = "```""#])
        #expect(throws: DocSnippet.UnclosedFence.self) { try DocSnippet.extract("```sh\nopstop\n", file: "y.md") }
    }

    @Test func everySnippetOfTheDocsRunsOrSaysWhyNot() throws {
        let snippets = try DocSnippet.all(in: OpstopBinary.packageRoot)
        #expect(snippets.count >= 25, "found only \(snippets.count) snippets")
        let checks = try DocSnippetChecks()
        defer { checks.remove() }
        var used = Set<Int>()
        for snippet in snippets {
            if let entry = Self.notRunHere.firstIndex(where: { $0.file == snippet.file && snippet.firstLine.hasPrefix($0.start) }) {
                used.insert(entry)
                continue
            }
            let problems: [String]
            do {
                problems = try checks.check(snippet)
            } catch {
                problems = ["could not be run: \(error)"]
            }
            for problem in problems { Issue.record(Comment(rawValue: "\(snippet): \(problem)")) }
        }
        for (index, entry) in Self.notRunHere.enumerated() where !used.contains(index) {
            Issue.record("notRunHere names no snippet any more: \(entry.file): \(entry.start)")
        }
        for line in Self.usersOwnLines.keys where !checks.usersOwnLinesSeen.contains(line) {
            Issue.record("usersOwnLines names no line any more: \(line)")
        }
    }

    /// The snippets that need the test venv's Python: the Collector and file-exporter YAML (parsed by PyYAML;
    /// no OpenTelemetry Collector binary is available offline, so opstop is sent what its config would send)
    /// and the LiteLLM callback (called as LiteLLM calls it, by keyword).
    @Test(.enabled(if: DocSnippetChecks.python != nil, "needs OPSTOP_TEST_PYTHON (the venv .ci/run makes)"))
    func snippetsThatNeedPythonRun() throws {
        let snippets = try DocSnippet.all(in: OpstopBinary.packageRoot).filter { ["yaml", "python"].contains($0.language) }
        #expect(snippets.count >= 3)
        let checks = try DocSnippetChecks()
        defer { checks.remove() }
        for snippet in snippets {
            for problem in try checks.checkWithPython(snippet) { Issue.record(Comment(rawValue: "\(snippet): \(problem)")) }
        }
    }
}
