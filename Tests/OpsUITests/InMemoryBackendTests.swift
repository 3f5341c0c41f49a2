import Testing

@testable import OpsUI

struct InMemoryBackendTests {
    @Test func replaysKeysThenTimesOut() throws {
        let backend = InMemoryBackend(keys: [.char("j"), .enter])
        #expect(try backend.readKey(timeout: .zero) == .char("j"))
        #expect(try backend.readKey(timeout: .zero) == .enter)
        #expect(try backend.readKey(timeout: .zero) == nil)
    }

    @Test func reportsAClosedTerminal() {
        let backend = InMemoryBackend()
        backend.pendingInput = [.failure(.inputClosed)]
        #expect(throws: TerminalError.inputClosed) { try backend.readKey(timeout: .milliseconds(10)) }
    }

    @Test func keepsFramesAndUsesMonoWithoutColour() throws {
        let backend = InMemoryBackend(width: 4, height: 1, colorDepth: .monochrome)
        var buffer = ScreenBuffer(width: backend.size.width, height: backend.size.height)
        buffer.put("hi", x: 0, y: 0)
        backend.draw(buffer, theme: .default)
        #expect(backend.lines == ["hi  "])
        #expect(backend.lastTheme == .mono)
        backend.resize(width: 10, height: 3)
        #expect(try backend.readKey(timeout: .zero) == .resize)
        #expect(backend.size == TerminalSize(width: 10, height: 3))
    }
}
