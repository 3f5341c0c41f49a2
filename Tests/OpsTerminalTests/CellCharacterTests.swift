import Testing
import CNCurses
@testable import OpsTerminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cellCharacter(for:width:)`, the allocation-free path for single-scalar cells, must hand
/// ncurses what `wideCharacters(for:width:)` hands it, in the C locale and in a UTF-8 one.
///
/// The locale is this thread's own (`uselocale`): `setlocale` would change it under the tests
/// running on other threads meanwhile.
@Test func cellCharacterMatchesWideCharactersForEveryScalar() throws {
    for locale in ["C", "C.UTF-8"] {
        let threadLocale = try #require(newlocale(LC_CTYPE_MASK, locale, nil), "no \(locale) locale")
        let previous = uselocale(threadLocale)
        defer {
            uselocale(previous)
            freelocale(threadLocale)
        }
        // The locale took: the C library knows é only in the UTF-8 one.
        #expect(wcwidth(wchar_t(0xE9)) == (locale == "C" ? -1 : 1), "\(locale)")
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
