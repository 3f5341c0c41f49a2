import Testing
@testable import OpsCore

@Test func internReturnsEqualStringsAndRepairsInvalidUTF8() {
    var interner = StringInterner(capacity: 8)
    #expect(interner.intern(Array("gpt-4o".utf8)) == "gpt-4o")
    #expect(interner.intern(Array("gpt-4o".utf8)) == "gpt-4o")
    #expect(interner.count == 1)
    #expect(interner.intern([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
    #expect(interner.intern([]) == "")
    #expect(interner.count == 2)
}

@Test func internerStartsOverWhenFullAndStaysCorrect() {
    var interner = StringInterner(capacity: 4)
    for round in 0..<3 {
        for index in 0..<10 {
            let text = "name-\(index)-\(String(repeating: "x", count: index * 3))"
            #expect(interner.intern(Array(text.utf8)) == text, "round \(round)")
        }
    }
    #expect(interner.count <= 4)
    let long = String(repeating: "y", count: StringInterner.maxInternedLength + 1)
    #expect(interner.intern(Array(long.utf8)) == long)
}
