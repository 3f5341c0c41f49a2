import Foundation

/// Refuses keys that start with a character TOML allows in no key, before the TOML library sees them.
///
/// The vendored toml++ asserts (aborts the process) on some of them, such as a table header
/// `` [`alerts] `` — found by fuzzing the config loader. Checked: the first character of every key
/// at the start of a line, of every table header, and after each dot of a dotted key, outside
/// quotes. A key starts with a letter, digit, `_`, `-` or a quote.
enum TOMLKeyGuard {
    /// Where the first bad key starts: its 1-based line and the character found.
    static func firstBadKey(in text: String) -> (line: Int, character: Character)? {
        var inMultiline: String?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let delimiter = inMultiline {
                if line.contains(delimiter) { inMultiline = nil }
                continue
            }
            if let bad = check(Substring(line)) { return (number + 1, bad) }
            for delimiter in ["\"\"\"", "'''"] where line.components(delimiter) % 2 == 0 {
                inMultiline = delimiter
            }
        }
        return nil
    }

    /// The bad first character of a key on this line, if any.
    private static func check(_ line: Substring) -> Character? {
        var rest = (line.last == "\r" ? line.dropLast() : line).drop { $0 == " " || $0 == "\t" }
        guard let first = rest.first, first != "#" else { return nil }
        if first == "[" {
            rest = rest.dropFirst()
            if rest.first == "[" { rest = rest.dropFirst() }
            return checkKey(rest, until: "]")
        }
        return checkKey(rest, until: "=")
    }

    /// Walks a (dotted) key up to `end`, checking the start of each part.
    private static func checkKey(_ key: Substring, until end: Character) -> Character? {
        var expectingStart = true
        var quote: Character?
        for character in key {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            if character == " " || character == "\t" { continue }
            if character == end { return expectingStart ? end : nil }
            if expectingStart {
                guard isKeyStart(character) else { return character }
                expectingStart = false
                if character == "\"" || character == "'" { quote = character }
                continue
            }
            if character == "." { expectingStart = true }
        }
        // The line ended where a key (or its next part) should start.
        return expectingStart ? "⏎" : nil
    }

    private static func isKeyStart(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        switch ascii {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }
}

extension Substring {
    /// How many pieces `delimiter` cuts the text into.
    fileprivate func components(_ delimiter: String) -> Int {
        var count = 1
        var rest = self[...]
        while let range = rest.range(of: delimiter) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
