import Foundation

/// JSON blocks (report, usage-log lines, the receiver's answer) and Swift API blocks.
extension DocSnippetChecks {
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
}
