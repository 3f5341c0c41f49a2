import Foundation
import Testing

/// A native log whose last minutes hold semantic-cache lookups, guardrail verdicts and
/// evaluation scores, ending now (the live screen's windows end at wall time).
///
/// 12 traces look the cache up (4 hit, 8 miss and call the model); 10 are checked by guardrails
/// (3 jailbreak blocks of u_666 for "prompt injection", 2 pii flags, 5 passes); the 8 misses
/// are scored for faithfulness, the lowest 0.31 with the evaluator's explanation on its LLM span.
private func verdictLog() throws -> URL {
    let directory = try OpstopBinary.temporaryDirectory()
    let log = directory.appendingPathComponent("verdicts.jsonl")
    let now = Date().timeIntervalSince1970
    var lines: [String] = []
    func id(_ value: Int) -> String { String(format: "%032x", value) }
    func spanID(_ trace: Int, _ index: Int) -> String { String(format: "%016x", trace * 16 + index) }
    func span(_ trace: Int, _ index: Int, parent: Int?, at seconds: Double, ms: Int, _ fields: String) -> String {
        let parentField = parent.map { #","parent_id":"\#(spanID(trace, $0))""# } ?? ""
        return #"{"trace_id":"\#(id(trace))","span_id":"\#(spanID(trace, index))"\#(parentField),"ts":\#(String(format: "%.3f", seconds)),"duration_ms":\#(ms),\#(fields)}"#
    }
    for trace in 1...12 {
        let start = now - 200 + Double(trace) * 10
        let hit = trace <= 4
        lines.append(span(trace, 0, parent: nil, at: start, ms: hit ? 40 : 1500, #""name":"answer","component":"query","user_id":"u_\#(trace)""#))
        let saved = hit ? #","saved_usd":0.004"# : ""
        lines.append(span(trace, 1, parent: 0, at: start, ms: hit ? 20 : 15, #""name":"semantic_cache","component":"cache","cache_hit":\#(hit)\#(saved)"#))
        guard !hit else { continue }
        lines.append(span(trace, 2, parent: 0, at: start + 0.02, ms: 1400, #""name":"chat gpt-4o","component":"llm","model":"gpt-4o","input_tokens":900,"output_tokens":120"#))
        let score = trace == 7 ? 0.31 : 0.8 + Double(trace) / 100
        let explanation = trace == 7 ? #","explanation":"The answer cites an order that does not exist.""# : ""
        lines.append(#"{"kind":"eval","trace_id":"\#(id(trace))","span_id":"\#(spanID(trace, 2))","name":"faithfulness","score":\#(score)\#(explanation),"evaluator":"ragas","time_unix_nano":"\#(Int64((start + 2) * 1e9))"}"#)
    }
    for trace in 21...30 {
        let start = now - 180 + Double(trace - 20) * 10
        let (outcome, rail, user, reason): (String, String, String, String) =
            trace <= 23 ? ("blocked", "jailbreak", "u_666", "prompt injection")
            : trace <= 25 ? ("flagged", "pii", "u_9", "email address") : ("pass", "jailbreak", "u_1", "")
        lines.append(span(trace, 0, parent: nil, at: start, ms: 300, #""name":"answer","component":"query","user_id":"\#(user)""#))
        let reasonField = reason.isEmpty ? "" : #","reason":"\#(reason)""#
        lines.append(span(trace, 1, parent: 0, at: start, ms: 30, #""name":"\#(rail)_check","component":"guardrail","guardrail":"\#(rail)","outcome":"\#(outcome)"\#(reasonField),"user_id":"\#(user)""#))
    }
    try (lines.joined(separator: "\n") + "\n").write(to: log, atomically: true, encoding: .utf8)
    return log
}

private func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

@Suite(.serialized) struct CacheGuardrailQualityScreenTests {
    @Test func drillsFromTheCacheGuardrailsAndQualityPanelsToTheirTraces() throws {
        let log = try verdictLog()
        let tmux = try Tmux(command: "\(shellQuoted(OpstopBinary.path)) \(shellQuoted(log.path)) --from start --window 15m")
        var screen = try tmux.waitFor(seconds: 20) { screen in
            ["Cache", "Guardrails", "Quality"].allSatisfy(screen.contains) && screen.contains("faithfulness")
        }
        #expect(screen.contains("33% hit"), "cache panel's hit rate (4 of 12):\n\(screen)")
        #expect(screen.contains("3 blocked  2 flagged"), "guardrail counts:\n\(screen)")

        // Cache: cost → latency → errors → breakers → alerts → cache; its first row is the hits.
        for _ in 0..<5 { try tmux.send("Tab") }
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "Traces served from the semantic cache")
        #expect(screen.contains(" 4 · sort time"), "four hits:\n\(screen)")
        try tmux.send("Enter")
        // A capture may catch a frame half drawn (its title new, its rows not yet): wait for both.
        screen = try tmux.waitFor { $0.contains("Trace ·") && $0.contains("cache hit") }
        #expect(screen.contains("cache hit"), "the trace shows its lookup:\n\(screen)")
        try tmux.send("Escape")
        try tmux.send("Escape")
        try tmux.waitFor(text: "Guardrails")

        // Guardrails: the jailbreak row, a blocked trace, its guardrail span.
        try tmux.send("Tab")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "Blocked or flagged traces by jailbreak")
        #expect(screen.contains(" 3 · sort time"), "three blocks:\n\(screen)")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "blocked jailbreak")
        try tmux.send("Down")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Span ·") && $0.contains("prompt injection") }
        #expect(screen.contains("prompt injection") && screen.contains("blocked · jailbreak"), "verdict missing:\n\(screen)")
        for _ in 0..<3 { try tmux.send("Escape") }
        try tmux.waitFor(text: "Quality")

        // Quality: faithfulness, lowest first; the LLM span carries the explanation.
        try tmux.send("Tab")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "Lowest-scored traces · faithfulness")
        #expect(screen.contains("sort score"), "not sorted by score:\n\(screen)")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "faithfulness 0.31")
        try tmux.send("Down")
        try tmux.send("Down")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "Evaluations")
        #expect(screen.contains("faithfulness 0.31 · by ragas"), "score line missing:\n\(screen)")
        #expect(screen.contains("The answer cites an order that does not exist."), "explanation missing:\n\(screen)")
        try tmux.send("q")
        try tmux.waitFor(text: "opstop-exit-status=")
        #expect(try tmux.exitStatus() == 0)
    }

    /// The demo's deploy (the cache stops hitting), jailbreak wave and faithfulness dip, from each panel to a trace.
    @Test func demoLogDrillsFromEachNewPanelToATrace() throws {
        let directory = try OpstopBinary.temporaryDirectory()
        let log = directory.appendingPathComponent("demo.jsonl")
        let written = try OpstopBinary.run(["demo", "--write", log.path, "--minutes", "10", "--seed", "5"])
        #expect(written.status == 0, "demo --write failed: \(written.stderr)")
        let tmux = try Tmux(command: "\(shellQuoted(OpstopBinary.path)) \(shellQuoted(log.path)) --from start --window all")
        var screen = try tmux.waitFor(seconds: 20) { screen in
            ["╭ Cache", "╭ Guardrails", "╭ Quality"].allSatisfy(screen.contains) && screen.contains("faithfulness")
        }
        usleep(1_500_000)
        for _ in 0..<5 { try tmux.send("Tab") }
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "Traces served from the semantic cache")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "Trace ·")
        #expect(screen.contains("cache hit"), "no cache hit in the trace:\n\(screen)")
        try tmux.send("Escape")
        try tmux.send("Escape")
        try tmux.send("Tab")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "Blocked or flagged traces by jailbreak")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "blocked jailbreak")
        try tmux.send("Escape")
        try tmux.send("Escape")
        try tmux.send("Tab")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "Lowest-scored traces")
        #expect(screen.contains("sort score"), "not sorted by score:\n\(screen)")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "Trace ·")
        // The demo's scores name the trace, not a span: the root span shows them.
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "── Evaluations ──")
        try tmux.send("q")
        try tmux.waitFor(text: "opstop-exit-status=")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func snapshotShowsThePanelsWithDataAndNoneWithout() throws {
        let log = try verdictLog()
        let frame = try OpstopBinary.run(["snapshot", log.path, "--size", "120x40", "--window", "15m"])
        #expect(frame.status == 0, "\(frame.stderr)")
        for title in ["Cache", "Guardrails", "Quality"] { #expect(frame.stdout.contains(title), "\(title) missing:\n\(frame.stdout)") }
        #expect(frame.stdout.contains("served 4 of 12"))
        // A log with none of it keeps the old screen: no empty panels.
        let plain = log.deletingLastPathComponent().appendingPathComponent("plain.jsonl")
        let text = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
            .filter { !$0.contains("cache") && !$0.contains("guardrail") && !$0.contains("\"eval\"") }
            .joined(separator: "\n")
        try (text + "\n").write(to: plain, atomically: true, encoding: .utf8)
        let without = try OpstopBinary.run(["snapshot", plain.path, "--size", "120x40", "--window", "15m"])
        #expect(without.status == 0)
        for title in ["Cache", "Guardrails", "Quality"] { #expect(!without.stdout.contains("╭ \(title)")) }
    }
}
