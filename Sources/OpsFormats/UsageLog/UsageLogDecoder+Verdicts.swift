import OpsModel

/// Readers for the semantic-cache, guardrail and evaluation keys.
extension UsageLogDecoder {
    /// `true` or `false`, also written as a string; nil for null.
    mutating func readFlag(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> Bool? {
        let first = try scanner.nextSignificant(expecting: "a value")
        if first == UInt8(ascii: "t") || first == UInt8(ascii: "f") {
            try scanner.scanLiteral()
            return first == UInt8(ascii: "t")
        }
        return try readKeyword(key, &scanner, expected: "true or false") { bytes in
            if Self.equalsIgnoringCase(bytes, "true") { return true }
            if Self.equalsIgnoringCase(bytes, "false") { return false }
            return nil
        }
    }

    /// A guardrail's decision: `pass` (`passed`, `allowed`), `blocked` (`block`, `rejected`, `denied`)
    /// or `flagged` (`flag`, `warned`), any case.
    mutating func readOutcome(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> GuardrailVerdict.Outcome? {
        try readKeyword(key, &scanner, expected: "pass, blocked or flagged") { bytes in
            for word: StaticString in ["pass", "passed", "allowed"] where Self.equalsIgnoringCase(bytes, word) {
                return GuardrailVerdict.Outcome.pass
            }
            for word: StaticString in ["blocked", "block", "rejected", "denied"] where Self.equalsIgnoringCase(bytes, word) {
                return .blocked
            }
            for word: StaticString in ["flagged", "flag", "warned"] where Self.equalsIgnoringCase(bytes, word) {
                return .flagged
            }
            return nil
        }
    }

    /// An evaluation score: any finite number, or such a number written as a string.
    mutating func readScore(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> Double? {
        guard let number = try readNumber(key, &scanner) else { return nil }
        guard let value = scanner.doubleValue(of: number), value.isFinite else {
            problems.report("number out of range for \(key.text)")
            return nil
        }
        return value
    }

    /// Reads a generic key whose bad value matters only on an evaluation or guardrail line: its problem
    /// goes to `softProblem`, so a span that uses the key for something else is still read.
    mutating func softly<Value>(_ read: (inout Self) throws(LineError) -> Value) throws(LineError) -> Value {
        let before = problems.problem
        let value = try read(&self)
        if before == nil, let problem = problems.problem {
            problems.problem = nil
            if problems.softProblem == nil { problems.softProblem = problem }
        }
        return value
    }
}
