import Testing

@testable import OpsUI

struct PromptTextTests {
    @Test func editsAtTheCursor() {
        var text = PromptText("ac")
        text.moveLeft()
        text.insert("b")
        #expect(text.text == "abc")
        #expect(text.cursor == 2)
        text.moveHome()
        text.delete()
        #expect(text.text == "bc")
        text.backspace()
        #expect(text.text == "bc")
        text.moveEnd()
        text.moveRight()
        #expect(text.cursor == 2)
        text.backspace()
        #expect(text.text == "b")
        text.clearToStart()
        #expect(text.text == "")
        text.delete()
        text.moveLeft()
        #expect(text.cursor == 0)
    }
}
