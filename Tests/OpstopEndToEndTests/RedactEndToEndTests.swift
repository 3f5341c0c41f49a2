import Foundation
import Testing

/// `--redact` through the real binary: report (text and JSON), snapshot of a trace with its
/// prompts, `[privacy] redact = true` from a config file, and the live screen's header in tmux.
@Suite(.serialized) struct RedactEndToEndTests {
    static let secrets = ["ana@example.com", "sk-ant-api03-0123456789abcdefghij", "4111 1111 1111 1111", "tell me the launch code", "the code is 0000"]
    static let trace = "4bf92f3577b34da6a3ce929d0e0e4736"

    /// A query and its failed chat call whose user id, error message and prompts hold secrets.
    static func log() throws -> URL {
        let directory = try OpstopBinary.temporaryDirectory()
        let log = directory.appendingPathComponent("secrets.jsonl")
        let start = (Int64(Date().timeIntervalSince1970) - 30) * 1_000_000_000
        let lines = [
            #"{"v":1,"kind":"span","trace_id":"\#(trace)","span_id":"00f067aa0ba902b7","name":"invoke_agent","#
                + #""start_time_unix_nano":"\#(start)","end_time_unix_nano":"\#(start + 2_000_000_000)","#
                + #""gen_ai.operation.name":"invoke_agent","user.id":"ana@example.com"}"#,
            #"{"v":1,"kind":"span","trace_id":"\#(trace)","span_id":"00f067aa0ba902b8","parent_span_id":"00f067aa0ba902b7","#
                + #""name":"chat gpt-4o-mini","start_time_unix_nano":"\#(start)","end_time_unix_nano":"\#(start + 1_000_000_000)","#
                + #""status":"error","error.type":"AuthenticationError","#
                + #""error.message":"key sk-ant-api03-0123456789abcdefghij rejected for 4111 1111 1111 1111","#
                + #""gen_ai.operation.name":"chat","gen_ai.provider.name":"openai","gen_ai.request.model":"gpt-4o-mini","#
                + #""gen_ai.usage.input_tokens":12,"gen_ai.usage.output_tokens":5,"user.id":"ana@example.com","#
                + #""gen_ai.input.messages":[{"role":"user","parts":[{"type":"text","content":"tell me the launch code"}]}],"#
                + #""gen_ai.output.messages":[{"role":"assistant","parts":[{"type":"text","content":"the code is 0000"}]}]}"#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: log)
        return log
    }

    static func leaks(_ text: String) -> [String] { secrets.filter { text.contains($0) } }

    @Test func reportAndSnapshotHoldNoSecretAndSayTheyAreRedacted() throws {
        let log = try Self.log()
        defer { try? FileManager.default.removeItem(at: log.deletingLastPathComponent()) }
        let plain = try OpstopBinary.run(["snapshot", log.path, "--screen", "trace:\(Self.trace)", "--size", "160x50"])
        #expect(plain.status == 0, "stderr: \(plain.stderr)")
        #expect(!Self.leaks(plain.stdout).isEmpty, "the unredacted trace shows its text:\n\(plain.stdout)")
        #expect(!plain.stdout.contains("REDACTED"))

        let text = try OpstopBinary.run(["report", log.path, "--redact"])
        #expect(text.status == 0, "stderr: \(text.stderr)")
        #expect(text.stdout.hasPrefix("opstop report — \(log.path) (REDACTED)"))
        #expect(Self.leaks(text.stdout).isEmpty, "text report:\n\(text.stdout)")

        let json = try OpstopBinary.run(["report", log.path, "--redact", "--json"])
        #expect(json.stdout.hasPrefix(#"{"redacted":true,"#))
        #expect(Self.leaks(json.stdout).isEmpty, "JSON report:\n\(json.stdout)")
        let unredacted = try OpstopBinary.run(["report", log.path, "--json"])
        #expect(!unredacted.stdout.contains("redacted"))
        #expect(unredacted.stdout.contains("ana@example.com"))

        let snapshot = try OpstopBinary.run(
            ["snapshot", log.path, "--redact", "--screen", "trace:\(Self.trace)", "--size", "160x50"])
        #expect(snapshot.status == 0, "stderr: \(snapshot.stderr)")
        #expect(snapshot.stdout.split(separator: "\n").last?.contains("SNAPSHOT 5m REDACTED") == true, "status bar:\n\(snapshot.stdout)")
        let dashboard = try OpstopBinary.run(["snapshot", log.path, "--redact", "--size", "160x50"])
        #expect(dashboard.stdout.split(separator: "\n").first?.contains("REDACTED") == true, "header:\n\(dashboard.stdout)")
        #expect(Self.leaks(dashboard.stdout).isEmpty, "dashboard snapshot:\n\(dashboard.stdout)")
        #expect(Self.leaks(snapshot.stdout).isEmpty, "snapshot:\n\(snapshot.stdout)")
    }

    @Test func privacyRedactInTheConfigFileTurnsItOn() throws {
        let log = try Self.log()
        let directory = log.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("config.toml")
        try Data("[privacy]\nredact = true\n".utf8).write(to: config)
        let snapshot = try OpstopBinary.run(
            ["snapshot", log.path, "--config", config.path, "--screen", "trace:\(Self.trace)", "--size", "160x50"])
        #expect(snapshot.status == 0, "stderr: \(snapshot.stderr)")
        #expect(snapshot.stdout.contains("REDACTED"))
        #expect(Self.leaks(snapshot.stdout).isEmpty, "snapshot:\n\(snapshot.stdout)")
    }

    @Test func theLiveScreenHeaderShowsRedacted() throws {
        let log = try Self.log()
        defer { try? FileManager.default.removeItem(at: log.deletingLastPathComponent()) }
        let quoted = { (text: String) in "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let tmux = try Tmux(command: "\(quoted(OpstopBinary.path)) \(quoted(log.path)) --from start --redact")
        let screen = try tmux.waitFor { $0.contains("REDACTED") && $0.contains("Traces") }
        #expect(Self.leaks(screen).isEmpty, "screen:\n\(screen)")
        try tmux.send("q")
    }
}
