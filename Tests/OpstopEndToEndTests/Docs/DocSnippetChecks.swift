import Foundation
import Glibc

/// Runs one doc snippet by its kind and says what did not hold (see ``DocsSnippetTests``).
final class DocSnippetChecks {
    static let documentedAddress = "127.0.0.1:4318"
    /// A loopback port nothing listens on (discard): where hosts of other machines are sent.
    static let closedAddress = "127.0.0.1:9"
    static let python: String? = ProcessInfo.processInfo.environment["OPSTOP_TEST_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }

    let directory: URL
    let shell: DocShell
    var usersOwnLinesSeen: Set<String> = []
    private var helpTexts: [String: String] = [:]

    init() throws {
        directory = try OpstopBinary.temporaryDirectory()
        shell = DocShell(directory: directory)
        // A small log for config and theme snippets, and `app.jsonl`, the user's log the README's commands name.
        let small = try OpstopBinary.run([
            "demo", "--write", directory.appendingPathComponent("small.jsonl").path, "--minutes", "1", "--seed", "3",
            "--start", "2026-11-23T09:00:00Z",
        ])
        guard small.status == 0 else { throw CheckFailure("opstop demo --write failed: \(small.stderr)") }
        try FileManager.default.copyItem(at: directory.appendingPathComponent("small.jsonl"), to: directory.appendingPathComponent("app.jsonl"))
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    struct CheckFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The problems of one snippet; empty when it ran as documented.
    func check(_ snippet: DocSnippet) throws -> [String] {
        switch snippet.language {
        case "toml": return try snippet.text.contains("[roles]") ? checkTheme(snippet) : checkConfig(snippet)
        case "sh": return try checkShell(snippet)
        case "json": return try checkJSON(snippet)
        case "swift": return try checkSwiftAPI(snippet)
        case "yaml", "python": return []  // DocsSnippetTests.snippetsThatNeedPythonRun
        case "":
            if snippet.lines.contains(where: { $0.hasPrefix("$ ") }) { return try checkTranscript(snippet) }
            if snippet.firstLine.hasPrefix("opstop ") { return try checkSynopsis(snippet) }
            if snippet.firstLine.hasPrefix("Sources/") { return checkLayout(snippet) }
            if snippet.text.contains("Ops") { return checkDiagram(snippet) }
            return ["a block without a language that no check knows: give it one or add a check"]
        default:
            return ["no check runs ```\(snippet.language) blocks: add one, or name it in notRunHere with a reason"]
        }
    }

    // MARK: config and themes

    /// A config snippet is read by opstop as a whole config file.
    func checkConfig(_ snippet: DocSnippet) throws -> [String] {
        let file = directory.appendingPathComponent("config-\(snippet.line).toml")
        try snippet.text.write(to: file, atomically: true, encoding: .utf8)
        let result = try OpstopBinary.run(["report", directory.appendingPathComponent("small.jsonl").path, "--config", file.path])
        return expectSuccess(result, "opstop report --config")
    }

    /// A theme snippet is read as the theme a config names by path.
    func checkTheme(_ snippet: DocSnippet) throws -> [String] {
        let theme = directory.appendingPathComponent("theme-\(snippet.line).toml")
        try snippet.text.write(to: theme, atomically: true, encoding: .utf8)
        let config = directory.appendingPathComponent("config-theme-\(snippet.line).toml")
        try "[ui]\ntheme = \"\(theme.path)\"\n".write(to: config, atomically: true, encoding: .utf8)
        let log = directory.appendingPathComponent("small.jsonl").path
        return try expectSuccess(OpstopBinary.run(["report", log, "--config", config.path]), "opstop report with the theme")
            + expectSuccess(OpstopBinary.run(["snapshot", log, "--theme", theme.path]), "opstop snapshot --theme")
    }

    // MARK: transcripts, synopses, layout, diagrams

    /// `$ command` lines run in order; the lines after each are its output, as far as the snippet shows it
    /// (to a line `…`).
    func checkTranscript(_ snippet: DocSnippet) throws -> [String] {
        var problems: [String] = []
        var index = 0
        let lines = snippet.lines
        while index < lines.count {
            guard lines[index].hasPrefix("$ ") else {
                problems.append("output line \(index + 1) follows no command")
                break
            }
            let command = String(lines[index].dropFirst(2))
            var shown: [String] = []
            index += 1
            while index < lines.count, !lines[index].hasPrefix("$ ") {
                shown.append(lines[index])
                index += 1
            }
            let result = try shell.run(command)
            problems += expectSuccess(result, command)
            let elided = shown.last == "…"
            if elided { shown.removeLast() }
            var printed = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if printed.last == "" { printed.removeLast() }
            let compared = elided ? Array(printed.prefix(shown.count)) : printed
            if compared != shown {
                let at = zip(compared, shown).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(compared.count, shown.count)
                problems.append("'\(command)' printed, from line \(at + 1):\n\(compared.dropFirst(at).prefix(3).joined(separator: "\n"))\n"
                    + "the docs show:\n\(shown.dropFirst(at).prefix(3).joined(separator: "\n"))")
            }
        }
        return problems
    }

    /// A usage synopsis: every subcommand and flag it names exists in opstop's help.
    func checkSynopsis(_ snippet: DocSnippet) throws -> [String] {
        var problems: [String] = []
        for line in snippet.lines {
            guard let mention = line.range(of: "opstop ") else { continue }
            let after = line[mention.upperBound...]
            let words = after.split(separator: " ").map(String.init)
            let subcommand = words.first.flatMap { Self.subcommands.contains($0) ? $0 : nil }
            let help = try help(subcommand)
            let flags = line.split(whereSeparator: { " []|".contains($0) }).filter { $0.hasPrefix("--") }
            for flag in flags where !help.contains(String(flag.prefix { $0 != "=" })) {
                problems.append("\(flag) is not an option of 'opstop \(subcommand ?? "")' (\(line.prefix(60)))")
            }
        }
        return problems
    }

    /// A directory layout: every path it lists exists.
    func checkLayout(_ snippet: DocSnippet) -> [String] {
        snippet.lines.compactMap { line -> String? in
            guard let first = line.first, first != " " else { return nil }
            let path = String(line.prefix { $0 != " " })
            let exists = FileManager.default.fileExists(atPath: OpstopBinary.packageRoot.appendingPathComponent(path).path)
            return exists ? nil : "\(path) does not exist"
        }
    }

    /// A diagram: every target (`OpsX`) and source folder (`OpsX/Folder`) it names exists.
    func checkDiagram(_ snippet: DocSnippet) -> [String] {
        let names = snippet.text.matches(of: #/Ops[A-Z][A-Za-z]*(/[A-Z][A-Za-z]*)?/#).map { String($0.output.0) }
        let sources = OpstopBinary.packageRoot.appendingPathComponent("Sources")
        return Set(names).sorted().compactMap { name in
            FileManager.default.fileExists(atPath: sources.appendingPathComponent(name).path) ? nil : "Sources/\(name) does not exist"
        }
    }

    // MARK: helpers

    /// opstop's subcommands, as `opstop --help` lists them.
    static let subcommands = ["watch", "replay", "demo", "report", "snapshot", "config", "help"]

    func help(_ subcommand: String?) throws -> String {
        let key = subcommand ?? ""
        if let text = helpTexts[key] { return text }
        let result = try OpstopBinary.run((subcommand.map { [$0] } ?? []) + ["--help"])
        helpTexts[key] = result.stdout
        return result.stdout
    }

    func expectSuccess(_ result: OpstopBinary.Result, _ what: String) -> [String] {
        result.status == 0 && result.stderr.isEmpty ? [] : ["'\(what)' ended with status \(result.status): \(result.stderr.prefix(600))"]
    }

    /// One OTLP/JSON span, as an SDK pointed at the documented endpoint sends it.
    static let oneSpan = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","#
        + #""spanId":"eee19b7ec3c1b174","name":"chat gpt-4o-mini","startTimeUnixNano":"1795433000000000000","#
        + #""endTimeUnixNano":"1795433000250000000","attributes":[{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}}]}]}]}]}"#

    static func get(port: Int, path: String) throws -> String {
        let result = try ProcessRun.run(["/usr/bin/curl", "-s", "-i", "--max-time", "10", "http://127.0.0.1:\(port)\(path)"])
        return result.stdout
    }
}
