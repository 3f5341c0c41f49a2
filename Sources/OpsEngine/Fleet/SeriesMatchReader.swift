/// Reads the label matchers of a `--match` selector, one character at a time.
struct SeriesMatchReader {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    mutating func readMatchers() throws(SeriesMatchError) -> [LabelMatcher] {
        skipSpaces()
        if index < scalars.count, isNameScalar(scalars[index]) {
            let start = index
            while index < scalars.count, isNameScalar(scalars[index]) { index += 1 }
            skipSpaces()
            let namesAMetric = peek("{")
            index = start
            if namesAMetric {
                throw fail("give only label matchers in braces, not a metric name (the match narrows every family)")
            }
        }
        let braced = take("{")
        var matchers: [LabelMatcher] = []
        while true {
            skipSpaces()
            if index == scalars.count || (braced && peek("}")) { break }
            matchers.append(try readMatcher())
            skipSpaces()
            if !take(",") { break }
        }
        skipSpaces()
        if braced && !take("}") { throw fail("missing '}'") }
        skipSpaces()
        if index != scalars.count { throw fail("unexpected '\(scalars[index])'") }
        guard !matchers.isEmpty else { throw fail("no label matchers") }
        return matchers
    }

    private mutating func readMatcher() throws(SeriesMatchError) -> LabelMatcher {
        let start = index
        while index < scalars.count, isNameScalar(scalars[index]) { index += 1 }
        let name = String(String.UnicodeScalarView(scalars[start..<index]))
        guard LabelMatcher.isValidName(name) else { throw fail("expected a label name") }
        skipSpaces()
        let op: LabelMatcher.Operator
        if take("=~") {
            op = .matchesRegex
        } else if take("!~") {
            op = .notMatchesRegex
        } else if take("!=") {
            op = .notEqual
        } else if take("=") {
            op = .equal
        } else {
            throw fail("expected =, !=, =~ or !~ after '\(name)'")
        }
        skipSpaces()
        return LabelMatcher(name, op, try readString())
    }

    private mutating func readString() throws(SeriesMatchError) -> String {
        guard index < scalars.count, let quote = Optional(scalars[index]), quote == "\"" || quote == "'" || quote == "`"
        else { throw fail("expected a quoted value") }
        index += 1
        var value = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == quote { return String(value) }
            if scalar == "\n" && quote != "`" { break }
            guard scalar == "\\", quote != "`" else {
                value.append(scalar)
                continue
            }
            guard index < scalars.count else { break }
            let escaped = scalars[index]
            index += 1
            switch escaped {
            case "n": value.append("\n")
            case "t": value.append("\t")
            case "r": value.append("\r")
            case "\\", "\"", "'": value.append(escaped)
            default: throw fail("unsupported escape '\\\(escaped)'")
            }
        }
        throw fail("unterminated string")
    }

    private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
    }

    private mutating func skipSpaces() {
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\n" {
            index += 1
        }
    }

    private func peek(_ text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        return index + wanted.count <= scalars.count && Array(scalars[index..<index + wanted.count]) == wanted
    }

    private mutating func take(_ text: String) -> Bool {
        guard peek(text) else { return false }
        index += text.unicodeScalars.count
        return true
    }

    private func fail(_ message: String) -> SeriesMatchError {
        SeriesMatchError(message: message, offset: index)
    }
}
