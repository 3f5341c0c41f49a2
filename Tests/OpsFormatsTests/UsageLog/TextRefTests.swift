import Testing
@testable import OpsFormats

// `TextRef` packs its form into its range (absent: empty; escaped: the end's top bit); these
// tests hold it to what the plain three fields it replaced would say.

@Test func aTextRefSaysWhatItsTokenSaid() {
    let offsets = [0, 1, 7, 255, 65_536, Int(Int32.max) - 40]
    for start in offsets {
        for length in [0, 1, 2, 16, 33] {
            for escaped in [false, true] {
                let ref = TextRef(StringToken(start: start, end: start + length, hasEscapes: escaped))
                if length == 0 {
                    #expect(ref.form == .absent && !ref.isPresent && ref.count == 0)
                    #expect(ref.start == 0 && ref.end == 0)
                } else {
                    #expect(ref.form == (escaped ? .escaped : .verbatim), "\(start) \(length) \(escaped)")
                    #expect(ref.isPresent)
                    #expect(Int(ref.start) == start && Int(ref.end) == start + length && ref.count == length)
                }
            }
        }
    }
}

@Test func aVerbatimRangeIsPresentAndTheDefaultIsAbsent() {
    let number = TextRef(verbatim: 40, 47)
    #expect(number.form == .verbatim && number.isPresent && number.count == 7 && number.start == 40 && number.end == 47)
    let far = TextRef(verbatim: Int(Int32.max) - 3, Int(Int32.max))
    #expect(far.form == .verbatim && far.count == 3 && far.end == Int32.max)
    #expect(TextRef().form == .absent && !TextRef().isPresent && TextRef.absent.count == 0)
    #expect(MemoryLayout<TextRef>.size == 8)
}
