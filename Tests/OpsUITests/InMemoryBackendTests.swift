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

struct OSC52Tests {
    @Test func encodesTextAsBase64() {
        #expect(OSC52.sequence(for: "hello") == "\u{1b}]52;c;aGVsbG8=\u{7}")
        #expect(OSC52.base64(Array("".utf8)) == "")
        #expect(OSC52.base64(Array("ab".utf8)) == "YWI=")
        #expect(OSC52.base64(Array("abc".utf8)) == "YWJj")
        #expect(OSC52.base64(Array("trace 中".utf8)) == "dHJhY2Ug5Lit")
    }
}
