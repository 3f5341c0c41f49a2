import OpsTestSupport
import Testing
@testable import OpsModel

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

@Test func wordAtATimeComparisonAgreesWithBytewiseAtEveryLengthAndPosition() {
    // Every length around the word size and a difference at every position; each array is
    // exactly as long as the bytes compared, so the overlapping loads must not read past it.
    func equal(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        lhs.withUnsafeBytes { left in
            rhs.withUnsafeBytes { right in
                guard let start = left.baseAddress else { return right.isEmpty }
                return StringInterner.equal(start, right.baseAddress, left.count)
            }
        }
    }
    for count in 1...40 {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        #expect(equal(bytes, Array(bytes)), "length \(count)")
        for position in 0..<count {
            var other = bytes
            other[position] ^= 0x01
            #expect(!equal(bytes, other), "length \(count), difference at \(position)")
        }
    }
    var interner = StringInterner(capacity: 256)
    for count in 1...40 {
        let text = String(repeating: "a", count: count)
        let other = String(repeating: "a", count: count - 1) + "b"
        #expect(interner.intern(Array(text.utf8)) == text)
        #expect(interner.intern(Array(other.utf8)) == other)
        #expect(interner.intern(Array(text.utf8)) == text)
    }
    #expect(interner.count == 80)
}

@Test func theRecentStringsCacheAnswersLikeAPlainDecodingOfTheBytes() {
    // Few distinct bytes (a zero among them) and lengths around the cache's word boundaries, so many
    // strings share cache entries and differ only in a byte past the first or second word.
    var random = TestRandom(seed: 20_261_203)
    let alphabet: [UInt8] = [0x00, 0x61, 0x62, 0xC3, 0xA9]
    let pool = (0..<400).map { _ in
        (0..<Int.random(in: 1...40, using: &random)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
    }
    var interner = StringInterner(capacity: 64)
    for round in 0..<20_000 {
        let bytes = pool[Int.random(in: 0..<pool.count, using: &random)]
        #expect(interner.intern(bytes) == String(decoding: bytes, as: UTF8.self), "round \(round): \(bytes)")
    }
    #expect(interner.intern(Array("gpt-4o-mini".utf8)) == "gpt-4o-mini")
    #expect(interner.intern(Array("gpt-4o-mini\u{0}".utf8)) == "gpt-4o-mini\u{0}")
}
