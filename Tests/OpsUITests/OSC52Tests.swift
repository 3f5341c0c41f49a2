import Testing
@testable import OpsUI

struct OSC52Tests {
    @Test func encodesTextAsBase64() {
        #expect(OSC52.sequence(for: "hello") == "\u{1b}]52;c;aGVsbG8=\u{7}")
        #expect(OSC52.base64(Array("".utf8)) == "")
        #expect(OSC52.base64(Array("ab".utf8)) == "YWI=")
        #expect(OSC52.base64(Array("abc".utf8)) == "YWJj")
        #expect(OSC52.base64(Array("trace 中".utf8)) == "dHJhY2Ug5Lit")
    }
}
