import Foundation
import Testing

/// A log whose names, errors and breaker targets carry escape sequences (OSC 52 writes the
/// clipboard, OSC 0 the window title), 8-bit CSI, bidi overrides and joiners.
private let hostileLog = [
    #"{"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7","#
        + #""start_time":"2026-11-23T10:00:00Z","duration_ms":800,"#
        + #""gen_ai.request.model":"gpt\u001b]52;c;SGVsbG8=\u0007\u009b31m-evil","#
        + #""error.type":"Err\u001b]0;pwned\u0007\u202egnp.exe","error.message":"boom\u200d\u0085","#
        + #""service.name":"svc\u001b[2J","user.id":"u\u2066x","gen_ai.usage.input_tokens":10}"#,
    #"{"kind":"breaker","time":"2026-11-23T10:00:01Z","breaker.name":"b\u001b[5m","breaker.state":"open","#
        + #""gen_ai.tool.name":"tool\u001b]52;c;eA==\u0007\u200d"}"#,
    "{\"broken\":\"\u{1b}[2J\"}",
    "{\"name\":\"chat\",\"start_time\":\"2026-11-23T10:00:02Z\",\"duration_ms\":5,\"gen_ai.request.model\":\"c1\u{9b}31m\"}",
]

/// Everything a terminal would interpret, or draw at a width of its own, except the line breaks.
private func unsafeScalars(in text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
        let value = scalar.value
        if value == 0x0A { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value) || scalar.properties.generalCategory == .format
    }.map { "U+" + String($0.value, radix: 16) }
}

@Test func textReportAndSnapshotWriteNothingATerminalWouldInterpret() throws {
    let directory = try OpstopBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let log = directory.appendingPathComponent("hostile.jsonl")
    try (hostileLog.joined(separator: "\n") + "\n").write(to: log, atomically: true, encoding: .utf8)

    let report = try OpstopBinary.run(["report", log.path])
    #expect(report.status == 0, "stderr: \(report.stderr)")
    #expect(unsafeScalars(in: report.stdout) == [])
    #expect(report.stdout.contains("gpt␛]52;c;SGVsbG8=␇"), "the unpriced model is shown, made visible")
    #expect(report.stdout.contains("tool␛]52;c;eA==␇"), "the breaker is shown, made visible")

    let snapshot = try OpstopBinary.run(["snapshot", log.path, "--size", "160x50"])
    #expect(snapshot.status == 0, "stderr: \(snapshot.stderr)")
    #expect(unsafeScalars(in: snapshot.stdout) == [])

    let json = try OpstopBinary.run(["report", log.path, "--json"])
    #expect(json.status == 0)
    #expect(unsafeScalars(in: json.stdout) == [])
    #expect(json.stdout.contains(#"\u009b31m"#), "C1 is escaped, not dropped")
    #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
}

/// Error messages quote paths and values: they go through the same sanitiser.
@Test func errorMessagesWriteNothingATerminalWouldInterpret() throws {
    let missing = "/nonexistent/\u{1b}]52;c;eA==\u{7}.jsonl"
    let result = try OpstopBinary.run(["report", missing])
    #expect(result.status != 0)
    #expect(unsafeScalars(in: result.stderr) == [])
    #expect(result.stderr.contains("␛]52;c;eA==␇"))
    let validation = try OpstopBinary.run(["snapshot", "x.jsonl", "--at", "\u{1b}[2J\u{9b}"])
    #expect(validation.status != 0)
    #expect(unsafeScalars(in: validation.stderr) == [])
    #expect(validation.stderr.contains("␛[2J"))
}
