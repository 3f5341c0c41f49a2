import Testing
@testable import OpsTerminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cellCharacter(for:width:)`, the allocation-free path for single-scalar cells, must hand
/// ncurses what `wideCharacters(for:width:)` hands it, in the C locale and in a UTF-8 one.
@Test func cellCharacterMatchesWideCharactersForEveryScalar() throws {
    let previous = String(cString: try #require(setlocale(LC_CTYPE, nil)))
    defer { _ = setlocale(LC_CTYPE, previous) }
    for locale in ["C", "C.UTF-8"] {
        try #require(setlocale(LC_CTYPE, locale) != nil, "no \(locale) locale")
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for width in 1...2 {
                let (text, pad) = CursesBackend.wideCharacters(for: Character(scalar), width: width)
                let (character, cellPad) = CursesBackend.cellCharacter(for: scalar, width: width)
                if text != [character, 0] || pad != cellPad {
                    let hex = String(value, radix: 16)
                    mismatches.append("U+\(hex) width \(width): \(text) \(pad), \(character) \(cellPad)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(locale): \(mismatches.prefix(20))")
    }
}
