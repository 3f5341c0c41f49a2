import Foundation
import Testing

private let handWrittenLog = """
    {"trace_id":"t1","span_id":"a","parent_id":"root1","ts":"2026-11-23T10:00:00Z","duration_ms":800,"component":"llm","model":"gpt-4o-mini","input_tokens":1000000,"output_tokens":100000,"user_id":"u1"}
    {"trace_id":"t1","span_id":"b","parent_id":"root1","ts":"2026-11-23T10:00:01Z","duration_ms":120,"component":"tool","tool":"lookup_order"}
    {"trace_id":"t1","span_id":"root1","ts":"2026-11-23T10:00:00Z","duration_ms":1500,"component":"query","name":"support query","input_tokens":1000000,"output_tokens":100000,"user_id":"u1"}
    {"trace_id":"t2","span_id":"c","ts":"2026-11-23T10:01:00Z","duration_ms":50,"component":"llm","model":"gpt-4o-mini","error_type":"RateLimitError","error_message":"429"}
    {"trace_id":"t3","span_id":"d","ts":"2026-11-23T10:02:00Z","duration_ms":300,"component":"llm","model":"my-private-model","input_tokens":10,"output_tokens":10}
    this line is not json
    {"kind":"breaker","ts":"2026-11-23T10:02:30Z","target":"lookup_order","state":"open"}

    """

private func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }

@Test func reportJSONHasTheDocumentedShapeAndHandComputedFigures() throws {
    let directory = try OpstopBinary.temporaryDirectory()
    let log = directory.appendingPathComponent("app.jsonl")
    try handWrittenLog.write(to: log, atomically: true, encoding: .utf8)
    let result = try OpstopBinary.run(["report", log.path, "--json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let json = object(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
    let source = object(json["source"])
    #expect(source["lines"] as? Int == 7)
    #expect(source["spans"] as? Int == 5)
    #expect(source["traces"] as? Int == 3)
    #expect(source["malformed"] as? Int == 1)
    let examples = source["malformed_examples"] as? [[String: Any]]
    #expect(examples?.first?["line"] as? Int == 6)
    let time = object(json["time"])
    #expect(time["first"] as? String == "2026-11-23T10:00:00.000Z")
    #expect(time["last"] as? String == "2026-11-23T10:02:30.000Z")
    let cost = object(json["cost"])
    // Only the leaf LLM span counts: 1M input × $0.15 + 100k output × $0.60 per 1M = $0.21.
    let total = try #require(cost["total_usd"] as? Double)
    #expect(abs(total - 0.21) < 1e-9)
    #expect(abs((object(cost["by_model"])["gpt-4o-mini"] as? Double ?? 0) - 0.21) < 1e-9)
    #expect(cost["unpriced_models"] as? [String] == ["my-private-model"])
    // Nothing states a cost: all of it is priced from the table.
    #expect(abs((cost["table_priced_usd"] as? Double ?? -1) - 0.21) < 1e-9)
    #expect(cost["burn_usd_per_hour"] is Double || cost["burn_usd_per_hour"] is Int)
    let tokens = object(json["tokens"])
    #expect(tokens["input"] as? Int == 1_000_010)
    #expect(tokens["output"] as? Int == 100_010)
    let latency = object(json["latency_ms"])
    #expect(object(latency["llm"])["count"] as? Int == 3)
    #expect(object(latency["llm"])["max"] as? Double == 800 || object(latency["llm"])["max"] as? Int == 800)
    #expect(object(latency["tool"])["count"] as? Int == 1)
    #expect(object(latency["query"])["count"] as? Int == 3)
    let errors = object(json["errors"])
    #expect(errors["total"] as? Int == 1)
    #expect(object(errors["by_category"])["transient"] as? Int == 1)
    #expect(object(errors["by_type"])["RateLimitError"] as? Int == 1)
    let breakers = json["breakers"] as? [[String: Any]] ?? []
    let lookup = breakers.first { $0["target"] as? String == "lookup_order" }
    #expect(lookup?["state"] as? String == "open")
    #expect(lookup?["opened"] as? Int == 1)
    #expect((lookup?["transitions"] as? [[String: Any]])?.last?["to"] as? String == "open")
    #expect(json["alerts"] is [Any])
}

@Test func failOnAlertExitsOneWhenAnAlertIsFiring() throws {
    let directory = try OpstopBinary.temporaryDirectory()
    let log = directory.appendingPathComponent("app.jsonl")
    try handWrittenLog.write(to: log, atomically: true, encoding: .utf8)
    // The open breaker fires `breaker_open`.
    let failing = try OpstopBinary.run(["report", log.path, "--fail-on-alert"])
    #expect(failing.status == 1)
    #expect(failing.stdout.contains("breaker_open:lookup_order"))
    let plain = try OpstopBinary.run(["report", log.path])
    #expect(plain.status == 0)
}

@Test func unreadableInputIsAOneLineErrorWithStatusTwo() throws {
    let result = try OpstopBinary.run(["report", "/nonexistent/opstop.jsonl"])
    #expect(result.status == 2)
    #expect(
        result.stderr == "opstop: cannot open '/nonexistent/opstop.jsonl': No such file or directory — check the path\n"
    )
    #expect(result.stdout.isEmpty)
}

@Test func reportReadsStandardInput() throws {
    let result = try OpstopBinary.run(["report", "-", "--json"], stdin: Data(handWrittenLog.utf8))
    #expect(result.status == 0)
    let json = object(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
    #expect(object(json["source"])["spans"] as? Int == 5)
}

@Test func badConfigNamesFileLineAndSuggestion() throws {
    let directory = try OpstopBinary.temporaryDirectory()
    let config = directory.appendingPathComponent("config.toml")
    try "[budget]\ndaily_usd = 50\n\n[alerts]\nerror_rat = 0.1\n".write(to: config, atomically: true, encoding: .utf8)
    let log = directory.appendingPathComponent("app.jsonl")
    try handWrittenLog.write(to: log, atomically: true, encoding: .utf8)
    let result = try OpstopBinary.run(["report", log.path, "--config", config.path])
    #expect(result.status == 2)
    #expect(
        result.stderr.hasPrefix(
            "opstop: \(config.path):5: unknown key 'error_rat' in [alerts]; did you mean 'error_rate'?"))
}

@Test func demoLogIsDeterministicAndReportsTheIncident() throws {
    let directory = try OpstopBinary.temporaryDirectory()
    let first = directory.appendingPathComponent("a.jsonl")
    let second = directory.appendingPathComponent("b.jsonl")
    for file in [first, second] {
        let result = try OpstopBinary.run([
            "demo", "--write", file.path, "--minutes", "15", "--seed", "7", "--start", "2026-11-23T09:00:00Z",
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
    }
    #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    let report = try OpstopBinary.run(["report", first.path, "--json"])
    let json = object(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)))
    #expect(object(json["source"])["malformed"] as? Int == 0)
    #expect((object(json["cost"])["total_usd"] as? Double ?? 0) > 0)
    #expect((object(json["errors"])["total"] as? Int ?? 0) > 0)
    #expect((object(object(json["errors"])["by_category"])["transient"] as? Int ?? 0) > 0)
    let breakers = json["breakers"] as? [[String: Any]] ?? []
    #expect(breakers.contains { $0["target"] as? String == "cancel_order" && ($0["opened"] as? Int ?? 0) >= 1 })
}

/// With two cores the report decodes on a second thread; with one it reads on one. Both must give
/// the same report, byte for byte, over several files and a bad line.
@Test func reportIsTheSameOnOneCoreAndOnTwo() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset") else { return }
    let directory = try OpstopBinary.temporaryDirectory()
    let first = directory.appendingPathComponent("first.jsonl")
    let second = directory.appendingPathComponent("second.jsonl")
    let made = try OpstopBinary.run([
        "demo", "--write", first.path, "--spans", "30000", "--seed", "11", "--start", "2026-11-23T09:00:00Z",
    ])
    #expect(made.status == 0, "stderr: \(made.stderr)")
    try Data("not json\n{\"trace_id\":\"t\",\"span_id\":\"s\",\"ts\":1,\"duration_ms\":5}\n".utf8).write(to: second)
    let arguments = ["report", "--json", first.path, second.path]
    let twoCores = try OpstopBinary.run(arguments)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
    process.arguments = ["-c", "0", OpstopBinary.path] + arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let oneCore = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(twoCores.status == 0 && process.terminationStatus == 0)
    #expect(twoCores.stdout.contains("\"malformed\" : 1") || twoCores.stdout.contains("\"malformed\":1"))
    #expect(oneCore == twoCores.stdout)
    #expect(oneCore.count > 1000)
}

@Test func nonObjectLinesAreMalformedAndUnknownKindsAreCountedAsIgnoredInEveryOutput() throws {
    let directory = try OpstopBinary.temporaryDirectory()
    let log = directory.appendingPathComponent("mixed.jsonl")
    let lines = [
        #"{"trace_id":"t1","span_id":"a","ts":"2026-11-23T10:00:00Z","duration_ms":5,"component":"llm"}"#,
        "[1,2,3]", "null", "42", #"{"kind":"metric","value":1}"#, #"{"kind":"heartbeat"}"#,
    ]
    try (lines.joined(separator: "\n") + "\n").write(to: log, atomically: true, encoding: .utf8)
    let json = try OpstopBinary.run(["report", log.path, "--json"])
    #expect(json.status == 0, "stderr: \(json.stderr)")
    let source = object(object(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)))["source"])
    #expect(source["malformed"] as? Int == 3)
    #expect(source["ignored"] as? Int == 2)
    let examples = source["malformed_examples"] as? [[String: Any]] ?? []
    #expect(examples.first?["reason"] as? String == "expected a JSON object, found an array")
    let text = try OpstopBinary.run(["report", log.path])
    #expect(text.stdout.contains("6 lines, 1 spans, 1 traces, 3 malformed, 2 ignored"), "\(text.stdout)")
    let frame = try OpstopBinary.run(["snapshot", log.path, "--size", "120x40"])
    #expect(frame.stdout.contains("3 malformed") && frame.stdout.contains("2 ignored"), "\(frame.stdout)")
}
