import Foundation

/// The snippets the test venv's Python reads or runs.
extension DocSnippetChecks {
    func checkWithPython(_ snippet: DocSnippet) throws -> [String] {
        switch snippet.language {
        case "yaml":
            let config = try yaml(snippet)
            if config["exporters"]?["otlphttp/opstop"] != nil { return try checkCollector(config) }
            if config["exporters"]?["file"] != nil { return try checkFileExporter(config) }
            return ["a YAML block no check knows (a Collector config with otlphttp/opstop or a file exporter)"]
        case "python":
            if snippet.text.contains("OTLPLogExporter") { return try checkOTelLogs(snippet) }
            return try checkLiteLLMCallback(snippet)
        default:
            return []
        }
    }

    /// The YAML as PyYAML reads it, as JSON.
    private func yaml(_ snippet: DocSnippet) throws -> JSONTree {
        let file = directory.appendingPathComponent("snippet-\(snippet.line).yaml")
        try snippet.text.write(to: file, atomically: true, encoding: .utf8)
        let result = try ProcessRun.run([
            Self.python ?? "python3", "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))", file.path,
        ])
        guard result.status == 0 else { throw CheckFailure("not valid YAML: \(result.stderr)") }
        return JSONTree(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
    }

    /// The Collector's otlphttp exporter for opstop: it names the documented listener, compresses with gzip, and
    /// both pipelines use it. No Collector binary is available offline, so opstop is sent what that exporter
    /// sends: gzip bodies to the endpoint's /v1/traces and /v1/metrics.
    private func checkCollector(_ config: JSONTree) throws -> [String] {
        var problems: [String] = []
        let exporter = config["exporters"]?["otlphttp/opstop"]
        if exporter?["endpoint"]?.string != "http://" + Self.documentedAddress {
            problems.append("the exporter's endpoint \(String(describing: exporter?["endpoint"]?.string)) is not the listener \(Self.documentedAddress)")
        }
        let compression = exporter?["compression"]?.string
        for pipeline in ["traces", "metrics"] {
            let exporters = config["service"]?["pipelines"]?[pipeline]?["exporters"]?.strings ?? []
            if !exporters.contains("otlphttp/opstop") { problems.append("the \(pipeline) pipeline does not export to opstop") }
        }
        let receiver = try ReceivingReport(seconds: 3)
        let metrics = #"{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"requests","gauge":{"dataPoints":"#
            + #"[{"asDouble":1,"timeUnixNano":"1795433000000000000"}]}}]}]}]}"#
        for (path, body) in [("/v1/traces", Self.oneSpan), ("/v1/metrics", metrics)] {
            let file = directory.appendingPathComponent("collector-body.json")
            try body.write(to: file, atomically: true, encoding: .utf8)
            var command = "curl -s -i --max-time 10 -H 'Content-Type: application/json'"
            if compression == "gzip" {
                command = "gzip -f collector-body.json && " + command + " -H 'Content-Encoding: gzip' --data-binary @collector-body.json.gz"
            } else {
                command += " --data-binary @collector-body.json"
            }
            let answer = try shell.run(command + " http://127.0.0.1:\(receiver.port)\(path)")
            if !answer.stdout.hasPrefix("HTTP/1.1 200 OK") { problems.append("\(path) answered \(answer.stdout.prefix(200)) \(answer.stderr)") }
        }
        let (status, json, stderr) = try receiver.finish()
        if status != 0 || (json["source"] as? [String: Any])?["spans"] as? Int != 1 {
            problems.append("the report of what the exporter sent: status \(status), \(String(describing: json["source"])) \(stderr)")
        }
        return problems
    }

    /// The Collector's file exporter writes OTLP/JSON lines, which opstop reads as a usage log.
    private func checkFileExporter(_ config: JSONTree) throws -> [String] {
        var problems: [String] = []
        guard let path = config["exporters"]?["file"]?["path"]?.string else { return ["the file exporter names no path"] }
        if config["service"]?["pipelines"]?["traces"]?["exporters"]?.strings != ["file"] {
            problems.append("the traces pipeline does not export to the file")
        }
        let file = directory.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
        try (Self.oneSpan + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try OpstopBinary.run(["report", file.path, "--json"])
        problems += expectSuccess(result, "opstop report \(file.lastPathComponent) --json")
        let source = ((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any])?["source"] as? [String: Any]
        if source?["spans"] as? Int != 1 { problems.append("a line the file exporter writes gave \(String(describing: source))") }
        return problems
    }

    /// The LiteLLM callback, run as written (log path replaced) and called as LiteLLM calls it, by keyword,
    /// through all four hooks; opstop reads the four payloads it wrote. ProducerPeerTests runs it under LiteLLM itself.
    /// The OpenTelemetry SDK's log exporter, run as written against a receiving report on a free port
    /// (the documented 127.0.0.1:4318 swapped for it): its one evaluation must reach the quality figures.
    private func checkOTelLogs(_ snippet: DocSnippet) throws -> [String] {
        let listener = try ReceivingReport(seconds: 12)
        let code = directory.appendingPathComponent("snippet-\(snippet.line).py")
        try snippet.text.replacingOccurrences(of: Self.documentedAddress, with: "127.0.0.1:\(listener.port)")
            .write(to: code, atomically: true, encoding: .utf8)
        // The LoggerProvider flushes its batch when Python exits, as in a user's script.
        let result = try ProcessRun.run([Self.python ?? "python3", code.path])
        guard result.status == 0 else { return ["the OTLP logs snippet failed:\n\(result.stderr.suffix(1500))"] }
        let (status, json, stderr) = try listener.finish()
        guard status == 0 else { return ["the receiving report failed: \(stderr)"] }
        let faithfulness = (json["quality"] as? [String: Any])?["faithfulness"] as? [String: Any]
        if faithfulness?["count"] as? Int != 1 || faithfulness?["mean"] as? Double != 0.82 {
            return ["the snippet's evaluation was reported as \(String(describing: json["quality"]))"]
        }
        return []
    }

    private func checkLiteLLMCallback(_ snippet: DocSnippet) throws -> [String] {
        let code = directory.appendingPathComponent("snippet-\(snippet.line).py")
        try snippet.text.write(to: code, atomically: true, encoding: .utf8)
        let log = directory.appendingPathComponent("litellm-usage.jsonl")
        let driver = """
            import asyncio, sys
            code, log = sys.argv[1], sys.argv[2]
            exec(open(code).read().replace("/var/log/litellm/usage.jsonl", log), {"__name__": "docs_snippet"})
            import litellm
            logger = litellm.callbacks[-1]
            def call(i, status):
                payload = {"id": f"c{i}", "call_type": "acompletion", "trace_id": "t-1", "startTime": 1795428060.0 + i,
                           "endTime": 1795428061.5 + i, "status": status, "model": "gpt-4o", "response_cost": 0.5}
                return dict(kwargs={"standard_logging_object": payload}, response_obj=None, start_time=None, end_time=None)
            logger.log_success_event(**call(0, "success"))
            logger.log_failure_event(**call(1, "failure"))
            asyncio.run(logger.async_log_success_event(**call(2, "success")))
            asyncio.run(logger.async_log_failure_event(**call(3, "failure")))
            """
        let result = try ProcessRun.run([Self.python ?? "python3", "-c", driver, code.path, log.path])
        guard result.status == 0 else { return ["the callback failed when called as LiteLLM calls it:\n\(result.stderr.suffix(1500))"] }
        let report = try OpstopBinary.run(["report", log.path, "--json"])
        var problems = expectSuccess(report, "opstop report of the callback's log")
        let source = ((try? JSONSerialization.jsonObject(with: Data(report.stdout.utf8))) as? [String: Any])?["source"] as? [String: Any]
        if source?["spans"] as? Int != 4 || source?["malformed"] as? Int != 0 {
            problems.append("the callback's four payloads were read as \(String(describing: source))")
        }
        return problems
    }
}

/// A parsed JSON value, walked by key without casts at every step.
struct JSONTree {
    let value: Any
    init(_ value: Any) { self.value = value }
    subscript(key: String) -> JSONTree? { (value as? [String: Any])?[key].map(JSONTree.init) }
    var string: String? { value as? String }
    var strings: [String]? { value as? [String] }
}
