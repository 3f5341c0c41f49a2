import Foundation

/// Shell blocks: opstop commands, exports and the lines that stand for the user's own program.
extension DocSnippetChecks {
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
}
