import Foundation
import Glibc
import Testing

/// `opstop report --listen 127.0.0.1:PORT --for DURATION --json` as a real process.
///
/// Durations are generous: on a loaded machine (the whole suite on 2 cores) the process may take
/// seconds to start, and whatever arrives after `--for` is not in the report.
final class ReceivingReport {
    let port: Int
    private let process: Process
    private let output = Pipe()
    private let errors = Pipe()
    /// What opstop wrote to stderr before the port was known.
    private let announcement: Data

    /// Opstop listens on port 0 and says which port it bound: a port found free and released for it
    /// could be taken meanwhile by the suite's other processes (and a probe connecting to a port
    /// nobody listens on yet can connect to itself). Waits up to 60 s for that line, with no timing
    /// asserted: CI's machine may be busy.
    init(seconds: Int, extra: [String] = []) throws {
        process = try OpstopBinary.launch(
            ["report", "--listen", "127.0.0.1:0", "--for", "\(seconds)s", "--json"] + extra,
            output: output, errors: errors)
        let (port, read) = Self.announcedPort(errors.fileHandleForReading, withinSeconds: 60)
        announcement = read
        guard let port else {
            if process.isRunning { process.terminate() }
            throw NotListening(stderr: String(decoding: read, as: UTF8.self))
        }
        self.port = port
    }

    struct NotListening: Error, CustomStringConvertible {
        let stderr: String
        var description: String { "opstop did not say which port it listens on; stderr: \(stderr)" }
    }

    /// Reads `handle` until a line names the port (`… as otlp 127.0.0.1:PORT for …`), the end, or the deadline.
    static func announcedPort(_ handle: FileHandle, withinSeconds seconds: Double) -> (port: Int?, read: Data) {
        var read = Data()
        let deadline = Date().addingTimeInterval(seconds)
        let marker = Array("as otlp 127.0.0.1:".utf8)
        while Date() < deadline {
            let bytes = Array(read)
            if let at = bytes.firstRange(of: marker) {
                let digits = bytes[at.upperBound...].prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                if at.upperBound + digits.count < bytes.count, let port = Int(String(decoding: digits, as: UTF8.self)) {
                    return (port, read)
                }
            }
            var ready = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) >= 0 else { break }
            guard ready.revents != 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4_096)
            let count = Glibc.read(handle.fileDescriptor, &chunk, chunk.count)
            if count <= 0 { break }
            read.append(contentsOf: chunk[..<count])
        }
        return (nil, read)
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Ctrl-C, as a user would press it before `--for` is up.
    func interrupt() {
        process.interrupt()
    }

    /// Waits for the report and parses its JSON.
    func finish() throws -> (status: Int32, json: [String: Any], stderr: String) {
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: announcement + errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return (process.terminationStatus, json, stderr)
    }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Sends one request with `Connection: close` and returns the whole raw answer.
    static func post(port: Int, contentType: String, body: [UInt8], path: String = "/v1/traces") throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        // Generous: an answer that never comes fails the test either way, a slow one under load should not.
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else { return "" }
        let head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: \(contentType)\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let request = Array(head.utf8) + body
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            answer += chunk.prefix(count)
        }
        return String(decoding: answer, as: UTF8.self)
    }

    /// Whether a connection to `port` is accepted (for a documented receiver, whose port is the docs').
    static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}

private func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }
private func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

/// Runs a Python peer to the end and returns its status and output.
private func runPython(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try TestPeers.python())
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Swift Testing does not know XCTSkip: skip by trait when the venv is absent, unless CI requires
/// the peers (then `TestPeers.python()` fails the test).
private let pythonPeerExpected: Bool = {
    let environment = ProcessInfo.processInfo.environment
    if environment["OPSTOP_REQUIRE_PEERS"] == "1" { return true }
    return environment["OPSTOP_TEST_PYTHON"].map { FileManager.default.isExecutableFile(atPath: $0) } ?? false
}()

@Test(.enabled(if: pythonPeerExpected, "needs OPSTOP_TEST_PYTHON (the venv .ci/run builds)"))
func theOfficialOTLPExporterFeedsTheReportWithExactFigures() throws {
    _ = try TestPeers.python()
    let report = try ReceivingReport(seconds: 20)
    let endpoint = "http://127.0.0.1:\(report.port)/v1/traces"
    let script = TestPeers.script("otlp_agent_trace.py")
    // The same agent trace twice: once plain protobuf, once gzip-compressed.
    let plain = try runPython([script, endpoint, "0"])
    #expect(plain.status == 0, "\(plain.output)")
    let gzip = try runPython([script, endpoint, "1", "gzip"])
    #expect(gzip.status == 0, "\(gzip.output)")
    // Both exports were answered: Ctrl-C reports at once instead of waiting out --for.
    report.interrupt()
    let (status, json, stderr) = try report.finish()
    #expect(status == 0, "stderr: \(stderr)")
    #expect(stderr == "opstop: receiving OTLP/HTTP as otlp 127.0.0.1:\(report.port) for 20s\n")
    let source = object(json["source"])
    #expect(source["files"] as? [String] == ["otlp 127.0.0.1:\(report.port)"])
    #expect(source["spans"] as? Int == 8)
    #expect(source["traces"] as? Int == 2)
    #expect(source["lines"] as? Int == 2)  // requests
    #expect(source["malformed"] as? Int == 0)
    #expect(source["duplicate_spans"] as? Int == 0)
    // The agents' roll-up usage (1500 in / 300 out each) is not counted on top of their chats'.
    let tokens = object(json["tokens"])
    #expect(tokens["input"] as? Int == 3_000)
    #expect(tokens["output"] as? Int == 600)
    // gpt-4o-mini: 3000 × $0.15 + 600 × $0.60 per 1M tokens = $0.00045 + $0.00036.
    let cost = object(json["cost"])
    #expect(abs((number(cost["total_usd"]) ?? 0) - 0.00081) < 1e-12)
    #expect(abs((number(object(cost["by_model"])["gpt-4o-mini"]) ?? 0) - 0.00081) < 1e-12)
    let errors = object(json["errors"])
    #expect(errors["total"] as? Int == 2)
    #expect(object(errors["by_type"])["TimeoutError"] as? Int == 2)
    #expect(object(errors["by_category"])["transient"] as? Int == 2)
    // Latencies: chats 800 and 400 ms, the tool 120 ms, the agent 1500 ms; the histogram's
    // buckets are within 1/256 of any value in them.
    let latency = object(json["latency_ms"])
    func close(_ value: Any?, to expected: Double) -> Bool {
        guard let value = number(value) else { return false }
        return abs(value - expected) <= expected / 256
    }
    let llm = object(latency["llm"])
    #expect(llm["count"] as? Int == 4)
    #expect(close(llm["p50"], to: 400))
    #expect(close(llm["max"], to: 800))
    let tool = object(latency["tool"])
    #expect(tool["count"] as? Int == 2)
    #expect(close(tool["p50"], to: 120))
    let query = object(latency["query"])
    #expect(query["count"] as? Int == 2)
    #expect(close(query["max"], to: 1500))
    #expect(object(object(latency["by_tool"])["lookup_order"])["count"] as? Int == 2)
}

/// Also Ctrl-C: it ends the wait long before `--for` and reports what arrived.
@Test func anOTLPJSONRequestIsReportedToo() throws {
    let report = try ReceivingReport(seconds: 300)
    let body = """
        {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"bot"}}]},
        "scopeSpans":[{"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174",
        "name":"chat gpt-4o-mini","startTimeUnixNano":"1795433000000000000","endTimeUnixNano":"1795433000250000000",
        "attributes":[{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}},
        {"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},
        {"key":"gen_ai.usage.input_tokens","value":{"intValue":"2000000"}},
        {"key":"gen_ai.usage.output_tokens","value":{"intValue":1000000}}],"status":{"code":2,"message":"429"},
        "events":[{"name":"exception","timeUnixNano":"1795433000200000000","attributes":[
        {"key":"exception.type","value":{"stringValue":"RateLimitError"}}]}]}]}]}]}
        """
    let answer = try ReceivingReport.post(port: report.port, contentType: "application/json", body: Array(body.utf8))
    #expect(answer.hasPrefix("HTTP/1.1 200 OK\r\n"))
    #expect(answer.contains("content-type: application/json\r\n") || answer.contains("Content-Type: application/json\r\n"))
    #expect(answer.hasSuffix("\r\n\r\n{}"))
    let interrupted = Date()
    report.interrupt()
    let (status, json, _) = try report.finish()
    #expect(Date().timeIntervalSince(interrupted) < 60, "Ctrl-C did not end the 300 s wait")
    #expect(status == 0)
    #expect(object(json["source"])["spans"] as? Int == 1)
    #expect(object(json["tokens"])["input"] as? Int == 2_000_000)
    // 2M × $0.15 + 1M × $0.60 per 1M = $0.90.
    #expect(abs((number(object(json["cost"])["total_usd"]) ?? 0) - 0.9) < 1e-9)
    #expect(object(object(json["errors"])["by_type"])["RateLimitError"] as? Int == 1)
}

/// Metrics pushed to /v1/metrics feed the report like a scrape: a token counter sent twice, a
/// minute apart in its own time, gives the increase between the two.
@Test func metricsPushedToTheReceiverAreReported() throws {
    func body(seconds: Int, input: Int, output: Int) -> [UInt8] {
        let time = "\(1_795_428_000 + seconds)000000000"
        func point(_ type: String, _ value: Int) -> String {
            #"{"attributes":[{"key":"gen_ai.token.type","value":{"stringValue":"\#(type)"}},"#
                + #"{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}}],"#
                + #""startTimeUnixNano":"1795428000000000000","timeUnixNano":"\#(time)","asInt":"\#(value)"}"#
        }
        let text = #"{"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"bot"}}]},"#
            + #""scopeMetrics":[{"metrics":[{"name":"gen_ai.client.token.usage","unit":"{token}","sum":{"#
            + #""aggregationTemporality":2,"isMonotonic":true,"dataPoints":["# + point("input", input) + ","
            + point("output", output) + "]}}]}]}]}"
        return Array(text.utf8)
    }
    let report = try ReceivingReport(seconds: 8)
    for (seconds, input, output) in [(0, 100, 10), (60, 400, 70)] {
        let answer = try ReceivingReport.post(
            port: report.port, contentType: "application/json", body: body(seconds: seconds, input: input, output: output),
            path: "/v1/metrics")
        #expect(answer.hasPrefix("HTTP/1.1 200 OK\r\n"))
    }
    let (status, json, stderr) = try report.finish()
    #expect(status == 0, "\(stderr)")
    #expect(object(json["tokens"])["input"] as? Int == 300)
    #expect(object(json["tokens"])["output"] as? Int == 60)
    #expect(object(json["scrape"])["scrapes"] as? Int == 2)
}

@Test func aPortInUseEndsTheCommandWithOneLineAndStatusTwo() throws {
    let report = try ReceivingReport(seconds: 10)
    let second = try OpstopBinary.run(["report", "--listen", "127.0.0.1:\(report.port)", "--for", "1s", "--json"])
    #expect(second.status == 2)
    #expect(second.stderr == "opstop: cannot listen on 127.0.0.1:\(report.port): the port is already in use;"
        + " choose another --listen HOST:PORT (is another opstop or collector already using the port?)\n")
    #expect(second.stdout.isEmpty)
    report.interrupt()
    _ = try report.finish()
}

@Test func receiverFlagsAreCheckedBeforeAnythingStarts() throws {
    let badAddress = try OpstopBinary.run(["report", "--listen", "nowhere", "--for", "1s"])
    #expect(badAddress.status == 64)
    #expect(badAddress.stderr.contains("--listen must be HOST:PORT"))
    let noDuration = try OpstopBinary.run(["report", "--listen", "127.0.0.1:0"])
    #expect(noDuration.stderr.contains("--listen needs --for DURATION"))
    let badSize = try OpstopBinary.run(["report", "--listen", "127.0.0.1:0", "--for", "1s", "--max-body", "lots"])
    #expect(badSize.stderr.contains("--max-body must be a size like 16MB"))
    let missingToken = try OpstopBinary.run(
        ["report", "--listen", "127.0.0.1:0", "--for", "1s", "--listen-token-file", "/nonexistent/token"])
    #expect(missingToken.status == 2)
    #expect(missingToken.stderr
        == "opstop: cannot read the token file '/nonexistent/token'; check the path and its permissions\n")
    let watchBadHost = try OpstopBinary.run(["--listen", "203.0.113.1:4318"], viaSetsid: true)
    #expect(watchBadHost.status == 2)
    #expect(watchBadHost.stderr.hasPrefix("opstop: cannot listen on 203.0.113.1:4318: that address is not one of"))
    #expect(!watchBadHost.stderr.contains("\u{1B}"))
}

@Test func theLiveScreenShowsTheReceiverAndWhatItReceived() throws {
    let port = try ReceivingReport.freePort()
    let tmux = try Tmux(command: "'\(OpstopBinary.path)' --listen 127.0.0.1:\(port)", width: 160, height: 40)
    try tmux.waitFor(text: "otlp 127.0.0.1:\(port) live: 0 req · 0 spans")
    let now = UInt64(Date().timeIntervalSince1970) * 1_000_000_000
    let body = """
        {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"bot"}}]},
        "scopeSpans":[{"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174",
        "name":"chat gpt-4o-mini","startTimeUnixNano":"\(now - 2_000_000_000)","endTimeUnixNano":"\(now - 1_000_000_000)",
        "attributes":[{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}},
        {"key":"gen_ai.usage.input_tokens","value":{"intValue":"1000"}}]}]}]}]}
        """
    let answer = try ReceivingReport.post(port: port, contentType: "application/json", body: Array(body.utf8))
    #expect(answer.hasPrefix("HTTP/1.1 200 OK"))
    let screen = try tmux.waitFor(text: "otlp 127.0.0.1:\(port) live: 1 req · 1 spans")
    #expect(screen.contains("gpt-4o-mini"), "\(screen)")
    try tmux.send("q")
    try tmux.waitFor(text: "opstop-exit-status=0")
}

/// Metrics pushed to /v1/metrics reach the live panels: a LiteLLM spend counter read twice shows
/// the spend between the two readings, by model.
@Test func theLiveScreenShowsMetricsPushedToTheReceiver() throws {
    func body(spent: String) -> [UInt8] {
        let text = #"{"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"gw"}}]},"#
            + #""scopeMetrics":[{"metrics":[{"name":"litellm_spend_metric","sum":{"aggregationTemporality":2,"#
            + #""isMonotonic":true,"dataPoints":[{"attributes":[{"key":"model","value":{"stringValue":"gpt-4o"}}],"#
            + #""startTimeUnixNano":"1795428000000000000","timeUnixNano":"1795428060000000000","asDouble":\#(spent)}]}}]}]}]}"#
        return Array(text.utf8)
    }
    let port = try ReceivingReport.freePort()
    let tmux = try Tmux(command: "'\(OpstopBinary.path)' --listen 127.0.0.1:\(port)", width: 120, height: 40)
    try tmux.waitFor(text: "otlp 127.0.0.1:\(port) live: 0 req")
    for spent in ["1.25", "3.75"] {
        let answer = try ReceivingReport.post(
            port: port, contentType: "application/json", body: body(spent: spent), path: "/v1/metrics")
        #expect(answer.hasPrefix("HTTP/1.1 200 OK"))
    }
    let screen = try tmux.waitFor(text: "2 req · 0 spans · 2 points")
    let dashboard = try tmux.waitFor(text: "$2.50  100%")
    #expect(dashboard.contains("gpt-4o"), "\(screen)\n\(dashboard)")
    try tmux.send("q")
    try tmux.waitFor(text: "opstop-exit-status=0")
}
