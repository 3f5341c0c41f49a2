import OpsModel
import Testing
@testable import OpsUI

struct OSC52Tests {
    @Test func encodesTextAsBase64() {
        #expect(OSC52.sequence(for: "hello") == "\u{1b}]52;c;aGVsbG8=\u{7}")
        #expect(Base64.encode(Array("".utf8)) == "")
        #expect(Base64.encode(Array("ab".utf8)) == "YWI=")
        #expect(Base64.encode(Array("abc".utf8)) == "YWJj")
        #expect(Base64.encode(Array("trace 中".utf8)) == "dHJhY2Ug5Lit")
    }
}
