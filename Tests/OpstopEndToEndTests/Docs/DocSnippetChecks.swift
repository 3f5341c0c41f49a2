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
    private(set) var usersOwnLinesSeen: Set<String> = []
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

    // MARK: shell

    /// Each command of a shell block: opstop commands run and must succeed, exports must name the listener
    /// and be answered there; anything else must be named as the user's own.
    func checkShell(_ snippet: DocSnippet) throws -> [String] {
        var problems: [String] = []
        for line in Self.commands(snippet.lines) {
            if let reason = DocsSnippetTests.usersOwnLines.first(where: { line.hasPrefix($0.key) }) {
                usersOwnLinesSeen.insert(reason.key)
            } else if line.hasPrefix("export ") {
                problems += try checkExport(line)
            } else if line.hasPrefix("opstop ") {
                problems += try checkOpstopCommand(line)
            } else {
                problems.append("'\(line)' is neither opstop nor an export: run it, or name it in usersOwnLines")
            }
        }
        return problems
    }

    /// The commands of a shell block: comments and blank lines dropped, `\` continuations joined.
    static func commands(_ lines: [String]) -> [String] {
        var commands: [String] = []
        var pending = ""
        for line in lines {
            var text = withoutComment(line).trimmingCharacters(in: .whitespaces)
            let continued = text.hasSuffix("\\")
            if continued { text.removeLast() }
            pending += (pending.isEmpty ? "" : " ") + text.trimmingCharacters(in: .whitespaces)
            if !continued, !pending.isEmpty {
                commands.append(pending)
                pending = ""
            }
        }
        return commands
    }

    /// The line up to a `#` that starts a shell comment (after a space, outside quotes).
    static func withoutComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        for (offset, character) in line.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "#", previous == " " || previous == "\t" {
                return String(line.prefix(offset))
            }
            previous = character
        }
        return line
    }

    /// Runs one opstop command line as documented, with only the substitutions ``DocsSnippetTests`` names.
    func checkOpstopCommand(_ documented: String) throws -> [String] {
        var line = documented.replacingOccurrences(of: "--for 30s", with: "--for 3s")
        let background = line.hasSuffix("&")
        if background { line = String(line.dropLast()).trimmingCharacters(in: .whitespaces) }
        let words = line.split(separator: " ").map(String.init)
        let subcommand = words.count > 1 && Self.subcommands.contains(words[1]) ? words[1] : nil
        let remote = words.first { $0.hasPrefix("http://") && !$0.contains("127.0.0.1") && !$0.contains("localhost") }
        if let remote {
            // Another machine: opstop must get as far as connecting, and say it could not.
            let host = remote.dropFirst("http://".count).prefix { $0 != "/" }
            let result = try shell.run(line.replacingOccurrences(of: String(host), with: Self.closedAddress))
            if result.status == 64 { return ["'\(documented)' is not a valid command: \(result.stderr)"] }
            if result.status == 0 { return ["'\(documented)' succeeded against a closed port"] }
            let said = result.stderr.split(separator: "\n")
            if said.count != 1 || !(result.stderr.contains(Self.closedAddress) || result.stderr.contains("needs a terminal")) {
                return ["'\(documented)' against a closed port said: \(result.stderr)"]
            }
            return []
        }
        let port = try ReceivingReport.freePort()
        line = line.replacingOccurrences(of: Self.documentedAddress, with: "127.0.0.1:\(port)")
        if subcommand == nil || subcommand == "watch" {
            return try checkLiveScreen(line, documented: documented, listening: line.contains("--listen") ? port : nil)
        }
        if subcommand == "report", line.contains("--listen") {
            let running = try shell.start(line, listeningOn: port)
            let answer = try ReceivingReport.post(port: port, contentType: "application/json", body: Array(Self.oneSpan.utf8))
            var result = try running.finish()
            // The receiving report says on stderr where it listens, and for how long.
            result.stderr = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("opstop: receiving OTLP/HTTP") }
                .joined(separator: "\n")
            var problems = expectSuccess(result, documented)
            if !answer.hasPrefix("HTTP/1.1 200 OK") { problems.append("the listener answered \(answer.prefix(200))") }
            if line.contains("--json") {
                let json = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
                let spans = (json?["source"] as? [String: Any])?["spans"] as? Int
                if spans != 1 { problems.append("the report of one span sent says \(String(describing: spans)) spans") }
            }
            return problems
        }
        return expectSuccess(try shell.run(line), documented)
    }

    /// The live screen in a terminal (tmux): it must draw its panels, take one span when listening, and quit on `q`.
    func checkLiveScreen(_ line: String, documented: String, listening port: Int?) throws -> [String] {
        let binaries = URL(fileURLWithPath: OpstopBinary.path).deletingLastPathComponent().path
        let tmux = try Tmux(command: ProcessRun.shellQuoted(["/bin/sh", "-c", "cd '\(directory.path)' && PATH='\(binaries)':\"$PATH\" \(line)"]))
        let screen = try tmux.waitFor(seconds: 15) { $0.contains("Cost") && $0.contains("Latency") }
        guard screen.contains("Cost") else { return ["'\(documented)' drew no dashboard:\n\(screen)"] }
        var problems: [String] = []
        if let port {
            let answer = try ReceivingReport.post(port: port, contentType: "application/json", body: Array(Self.oneSpan.utf8))
            if !answer.hasPrefix("HTTP/1.1 200 OK") { problems.append("the live screen's listener answered \(answer.prefix(200))") }
        }
        try tmux.send("q")
        _ = try tmux.waitFor(seconds: 10) { $0.contains("opstop-exit-status=") }
        let status = try tmux.exitStatus()
        if status != 0 { problems.append("'\(documented)' ended with status \(String(describing: status))") }
        return problems
    }

    /// `export NAME=VALUE…`: the shell takes it; an endpoint names the documented listener, and opstop
    /// answers there what the SDK first sends (one OTLP span; the LangSmith SDK's `GET /info`).
    func checkExport(_ line: String) throws -> [String] {
        let result = try shell.run("set -eu; \(line); env")
        guard result.status == 0, result.stderr.isEmpty else { return ["'\(line)' failed: \(result.stderr)"] }
        var problems: [String] = []
        let names = line.dropFirst("export ".count).split(separator: " ").compactMap { $0.split(separator: "=").first.map(String.init) }
        let values = Dictionary(result.stdout.split(separator: "\n").compactMap { entry -> (String, String)? in
            guard let equals = entry.firstIndex(of: "=") else { return nil }
            return (String(entry[..<equals]), String(entry[entry.index(after: equals)...]))
        }, uniquingKeysWith: { $1 })
        for name in names {
            guard let value = values[name] else {
                problems.append("\(name) is not set by '\(line)'")
                continue
            }
            switch name {
            case "OTEL_EXPORTER_OTLP_ENDPOINT", "LANGSMITH_ENDPOINT":
                guard value == "http://" + Self.documentedAddress else {
                    problems.append("\(name)=\(value) is not the documented listener \(Self.documentedAddress)")
                    continue
                }
                let receiver = try ReceivingReport(seconds: 3)
                let answer = name == "LANGSMITH_ENDPOINT"
                    ? try Self.get(port: receiver.port, path: "/info")
                    : try ReceivingReport.post(port: receiver.port, contentType: "application/json", body: Array(Self.oneSpan.utf8))
                if !answer.hasPrefix("HTTP/1.1 200 OK") { problems.append("\(name): the listener answered \(answer.prefix(200))") }
                _ = try receiver.finish()
            case "OTEL_EXPORTER_OTLP_PROTOCOL":
                if !["http/protobuf", "http/json"].contains(value) { problems.append("\(name)=\(value): opstop takes http/protobuf or http/json") }
            case "LANGSMITH_TRACING":
                if value != "true" { problems.append("LANGSMITH_TRACING=\(value) does not turn tracing on") }
            default:
                break
            }
        }
        return problems
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

    // MARK: JSON and Swift

    func checkJSON(_ snippet: DocSnippet) throws -> [String] {
        if snippet.firstLine.hasPrefix(#"{"partialSuccess""#) { return try checkReceiverAnswer(snippet) }
        if snippet.lines.count > 1, snippet.lines.allSatisfy({ $0.hasPrefix("{") && $0.hasSuffix("}") }) {
            return try checkUsageLog(snippet)
        }
        if snippet.firstLine == "{" { return try checkReportJSON(snippet) }
        return ["a JSON block no check knows (a report, log lines or a receiver answer)"]
    }

    /// Usage-log lines: every line is read, none malformed; span lines become spans.
    func checkUsageLog(_ snippet: DocSnippet) throws -> [String] {
        let file = directory.appendingPathComponent("log-\(snippet.line).jsonl")
        try snippet.text.write(to: file, atomically: true, encoding: .utf8)
        let result = try OpstopBinary.run(["report", file.path, "--json"])
        var problems = expectSuccess(result, "opstop report --json")
        let source = ((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any])?["source"] as? [String: Any]
        let spanLines = snippet.lines.filter { !$0.contains(#""kind":"#) || $0.contains(#""kind":"span""#) }.count
        if source?["lines"] as? Int != snippet.lines.count || source?["malformed"] as? Int != 0 || source?["spans"] as? Int != spanLines {
            problems.append("read as \(String(describing: source)); expected \(snippet.lines.count) lines, \(spanLines) spans, none malformed")
        }
        return problems
    }

    /// A report's JSON as the README shows it (a part of it): every key and value shown is in
    /// `opstop report demo.jsonl --json` of the transcript's demo.jsonl, lists from their start.
    func checkReportJSON(_ snippet: DocSnippet) throws -> [String] {
        let shown = try JSONSerialization.jsonObject(with: Data(snippet.text.utf8))
        let result = try shell.run("opstop report demo.jsonl --json")
        guard result.status == 0 else { return ["opstop report demo.jsonl --json failed (the transcript writes demo.jsonl first): \(result.stderr)"] }
        let actual = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return Self.differences(shown: shown, actual: actual, path: "")
    }

    static func differences(shown: Any, actual: Any, path: String) -> [String] {
        switch (shown, actual) {
        case let (shown as [String: Any], actual as [String: Any]):
            return shown.sorted { $0.key < $1.key }.flatMap { key, value in
                actual[key].map { differences(shown: value, actual: $0, path: path + "." + key) } ?? ["\(path).\(key) is not in the report"]
            }
        case let (shown as [Any], actual as [Any]):
            guard shown.count <= actual.count else { return ["\(path) has \(actual.count) entries, the docs show \(shown.count)"] }
            return zip(shown, actual).enumerated().flatMap { differences(shown: $0.element.0, actual: $0.element.1, path: path + "[\($0.offset)]") }
        case let (shown as NSNumber, actual as NSNumber):
            // The docs print figures rounded to 4 decimals.
            let rounded = (actual.doubleValue * 10_000).rounded() / 10_000
            return rounded == shown.doubleValue ? [] : ["\(path) is \(actual), the docs show \(shown)"]
        case let (shown as String, actual as String):
            return shown == actual ? [] : ["\(path) is \"\(actual)\", the docs show \"\(shown)\""]
        case (is NSNull, is NSNull):
            return []
        default:
            return ["\(path) is \(actual), the docs show \(shown)"]
        }
    }

    /// The receiver's answer to a span it rejects, byte for byte, for the span the answer describes.
    func checkReceiverAnswer(_ snippet: DocSnippet) throws -> [String] {
        let receiver = try ReceivingReport(seconds: 3)
        let bad = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"zz","spanId":"00f067aa0ba902b7","name":"bad","#
            + #""startTimeUnixNano":"1795433000000000000","endTimeUnixNano":"1795433000250000000"}]}]}]}"#
        let answer = try ReceivingReport.post(port: receiver.port, contentType: "application/json", body: Array(bad.utf8))
        _ = try receiver.finish()
        let body = answer.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        return body == snippet.lines.joined(separator: "\n") ? [] : ["the receiver answered \(body)"]
    }

    /// Swift API snippets type-check against the built modules, with the values they leave to the reader as parameters.
    func checkSwiftAPI(_ snippet: DocSnippet) throws -> [String] {
        let modules = URL(fileURLWithPath: OpstopBinary.path).deletingLastPathComponent().appendingPathComponent("Modules")
        let imports = Set(snippet.text.matches(of: #/Demo[A-Z][A-Za-z]*/#).map { _ in "OpsDemo" })
        let source = imports.map { "import \($0)\n" }.joined()
            + "func docSnippet(nowNanos: Int64, later: Int64, t0: Int64) {\n" + snippet.text + "}\n"
        let file = directory.appendingPathComponent("snippet-\(snippet.line).swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let package = String(OpstopBinary.packageRoot.lastPathComponent.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
        let swiftc = try shell.run("swiftc -typecheck -I '\(modules.path)' -package-name \(package) '\(file.path)'")
        return swiftc.status == 0 ? [] : ["does not type-check against the built modules:\n\(swiftc.stderr.prefix(1500))"]
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
