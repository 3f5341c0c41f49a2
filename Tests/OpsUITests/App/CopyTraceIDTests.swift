import OpsModel
import Testing

@testable import OpsUI

/// `y` puts on the clipboard what the screen shows of a trace id, never its control characters.
@Test func copyingAHostileTraceIDCopiesItsVisibleSymbolsNotItsEscapes() {
    let hostile = "t-\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{9b}31m\u{202e}x\r\n"
    var state = AppState()
    state.push(.trace(TraceID(hostile)))
    let effects = AppReducer.reduce(&state, .copyTraceID, context: ReduceContext())
    guard case .copyToClipboard(let text)? = effects.first else {
        Issue.record("no copy: \(effects)")
        return
    }
    #expect(text == TerminalText.sanitize(hostile))
    let controls = text.unicodeScalars.filter { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }
    #expect(controls.isEmpty, "control characters reach the clipboard: \(controls.map(\.value))")
    #expect(!text.unicodeScalars.contains("\u{202e}"))
    #expect(text.hasPrefix("t-␛]52;c;ZXZpbA==␇␛[2J"))
}
