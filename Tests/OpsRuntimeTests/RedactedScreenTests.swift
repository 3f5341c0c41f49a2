import Foundation
import OpsEngine
import OpsModel
import OpsRuntime
import OpsUI
import Testing

/// `--redact` on the live screen: the header says so, and no frame, clipboard text or written
/// trace holds a prompt, an email, a key or a card number from the input.
@Suite struct RedactedScreenTests {
    static let secrets = ["ana@example.com", "sk-ant-0123456789abcdefghij", "4111 1111 1111 1111", "tell me a secret", "the secret answer", "u-ana-42"]

    static func spans() -> [Span] {
        var root = ScreenHarness.span("t-ana@example.com", "r0", name: "ask ana@example.com", component: .query, at: 30)
        root.userID = "u-ana-42"
        var chat = ScreenHarness.span(
            "t-ana@example.com", "c1", parent: "r0", name: "chat", at: 30.1,
            error: SpanError(type: "AuthError", message: "key sk-ant-0123456789abcdefghij refused for 4111 1111 1111 1111"))
        chat.userID = "u-ana-42"
        chat.content = SpanContent(input: "tell me a secret", output: "the secret answer")
        return [root, chat]
    }

    static func leaks(in text: String) -> [String] { secrets.filter { text.contains($0) } }

    @Test func theHeaderShowsRedactedAndNothingSecretReachesScreenClipboardOrTraceFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opstop-redact-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = EngineConfiguration()
        configuration.redactor = Redactor()
        let screen = ScreenHarness(configuration: configuration, traceDirectory: directory.path)
        screen.deliver(Self.spans())
        screen.step()
        #expect(screen.backend.lines.first?.contains("REDACTED") == true, "no REDACTED in the header:\n\(screen.screen)")
        // Shift-Tab to the traces panel, open the trace, then the failed span's detail.
        screen.press(.backTab, .enter)
        #expect(screen.screen.contains("Trace ·"), "no trace view:\n\(screen.screen)")
        screen.press(.down, .enter)
        screen.press(.char("y"))
        #expect(screen.backend.clipboard.count == 1)
        #expect(Self.leaks(in: screen.backend.clipboard.joined()).isEmpty, "clipboard: \(screen.backend.clipboard)")
        screen.press(.char("w"))
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(files.count == 1)
        let written = try String(contentsOfFile: directory.appendingPathComponent(files[0]).path, encoding: .utf8)
        #expect(written.contains("[redacted 16 B]"), "content marker missing: \(written)")
        #expect(Self.leaks(in: written + files[0]).isEmpty, "trace file: \(written)")
        for frame in screen.backend.frames {
            let text = frame.lines.joined(separator: "\n")
            #expect(Self.leaks(in: text).isEmpty, "frame:\n\(text)")
        }
    }

    @Test func withoutRedactionTheHeaderSaysNothingAndTheDataIsShownAsGiven() {
        let screen = ScreenHarness()
        screen.deliver(Self.spans())
        screen.step()
        #expect(!screen.screen.contains("REDACTED"))
        screen.press(.backTab, .enter)
        screen.press(.char("y"))
        #expect(screen.backend.clipboard == ["t-ana@example.com"])
    }
}
