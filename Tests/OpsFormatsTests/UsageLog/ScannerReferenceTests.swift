import Testing
@testable import OpsFormats
import OpsTestSupport

// `JSONScanner` passes string bodies sixteen bytes at a time and skips scalars without its
// container stack; these tests hold both tricks to a plain byte-by-byte reading.

/// What `JSONScanner.scanString` gives for the string opening at `start`, read one byte at a time.
private func referenceScan(_ bytes: [UInt8], quoteAt start: Int) -> String {
    var index = start + 1
    var hasEscapes = false
    while true {
        guard index < bytes.count else {
            return "error " + LineError.syntax("line ends inside a string that starts", at: start).reason
        }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
            return "token \(start + 1)..<\(index) escapes \(hasEscapes) next \(index + 1)"
        }
        if byte < 0x20 {
            return "error " + LineError.syntax("control character \(LineError.describe(byte)) inside a string", at: index).reason
        }
        guard byte == UInt8(ascii: "\\") else {
            index += 1
            continue
        }
        hasEscapes = true
        guard index + 1 < bytes.count else {
            return "error " + LineError.syntax("line ends inside an escape sequence", at: index).reason
        }
        let code = bytes[index + 1]
        if Array(#""\/bfnrt"#.utf8).contains(code) {
            index += 2
        } else if code == UInt8(ascii: "u") {
            let digits = bytes[(index + 2)..<min(index + 6, bytes.count)]
            guard digits.count == 4, digits.allSatisfy({ JSONScanner.hexValue($0) != nil }) else {
                return "error " + LineError.syntax("invalid \\u escape (needs 4 hex digits)", at: index).reason
            }
            index += 6
        } else {
            let shown = code >= 0x21 && code < 0x7F ? "\\" + String(Character(Unicode.Scalar(code))) : "sequence"
            return "error " + LineError.syntax("invalid escape \(shown)", at: index).reason
        }
    }
}

/// The scan's answer; with `endInOneStep` (as `readText` scans) or without, it must be the same.
private func scan(_ bytes: [UInt8], quoteAt start: Int) -> String {
    let plain = scan(bytes, quoteAt: start, endInOneStep: false)
    let oneStep = scan(bytes, quoteAt: start, endInOneStep: true)
    return plain == oneStep ? plain : "differs: \(plain) / \(oneStep)"
}

private func scan(_ bytes: [UInt8], quoteAt start: Int, endInOneStep: Bool) -> String {
    bytes.withUnsafeBytes { buffer in
        var scanner = JSONScanner(base: buffer.baseAddress!, count: buffer.count)
        scanner.position = start
        do throws(LineError) {
            let token = try endInOneStep ? scanner.scanString(endInOneStep: true) : scanner.scanString()
            return "token \(token.start)..<\(token.end) escapes \(token.hasEscapes) next \(scanner.position)"
        } catch {
            return "error " + error.reason
        }
    }
}

/// Bytes that matter to a string scan, and plain ones, including UTF-8 and bytes above 0x7F.
private let stringAlphabet: [UInt8] = Array(#"abcxyz019 _-.:{}[],"#.utf8)
    + [0x22, 0x5C, 0x5C, 0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x7F, 0x80, 0x9F, 0xA0, 0xC3, 0xA9, 0xFF]

@Test func stringsScanLikeAPlainByteByByteReading() {
    var generator = TestRandom(seed: 11_2026)
    let plain = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
    for round in 0..<20_000 {
        // Mostly plain text with a few bytes that matter, at every offset from the sixteen-byte steps.
        let prefix = Int.random(in: 0...20, using: &generator)
        var bytes = (0..<prefix).map { _ in plain[Int.random(in: 0..<plain.count, using: &generator)] }
        bytes.append(UInt8(ascii: "\""))
        let length = Int.random(in: 0...80, using: &generator)
        let specials = Int.random(in: 0...3, using: &generator)
        var body = (0..<length).map { _ in plain[Int.random(in: 0..<plain.count, using: &generator)] }
        for _ in 0..<specials where !body.isEmpty {
            body[Int.random(in: 0..<body.count, using: &generator)] =
                stringAlphabet[Int.random(in: 0..<stringAlphabet.count, using: &generator)]
        }
        if round % 4 == 0 {
            let escapes = [#"\n"#, #"\""#, #"\\"#, #"\u00e9"#, #"\uD83D\uDE00"#, #"\u12"#, #"\x"#, #"\"#]
            body.insert(contentsOf: Array(escapes[Int.random(in: 0..<escapes.count, using: &generator)].utf8),
                        at: Int.random(in: 0...body.count, using: &generator))
        }
        bytes += body
        // Usually closed, often right before the end of the line, sometimes cut short (the line
        // ends inside the string).
        let endings = [#"","x":1}"#, #""}"#, #"""#, #"","#]
        if round % 5 != 0 { bytes += Array(endings[round % endings.count].utf8) }
        #expect(scan(bytes, quoteAt: prefix) == referenceScan(bytes, quoteAt: prefix),
                "round \(round): \(bytes)")
    }
}

@Test func aStringEndingExactlyAtEachStepBoundaryIsFound() {
    for length in 0...48 {
        for suffix in 0...18 {
            let bytes = [UInt8(ascii: "\"")] + Array(repeating: UInt8(ascii: "a"), count: length)
                + [UInt8(ascii: "\"")] + Array(repeating: UInt8(ascii: "b"), count: suffix)
            #expect(scan(bytes, quoteAt: 0) == "token 1..<\(length + 1) escapes false next \(length + 2)")
            let cut = Array(bytes[..<(length + 1)])
            #expect(scan(cut, quoteAt: 0) == referenceScan(cut, quoteAt: 0))
        }
    }
}

private func skip(_ bytes: [UInt8], fast: Bool) -> String {
    bytes.withUnsafeBytes { buffer in
        var scanner = JSONScanner(base: buffer.baseAddress!, count: buffer.count)
        do throws(LineError) {
            if fast { try scanner.skipValue(depth: 2) } else { try scanner.skipContainer(depth: 2) }
            return "skipped to \(scanner.position)"
        } catch {
            return "error " + error.reason
        }
    }
}

@Test func skippingAScalarWithoutTheContainerStackEndsWhereTheStackedWalkDoes() {
    var generator = TestRandom(seed: 2026_1203)
    let values = [
        #"1"#, #"-0.5e+3"#, #"01"#, #"1."#, #"-"#, #"1e"#, #"123456789012345678901234"#, #"true"#, #"tru"#,
        #"false"#, #"null"#, #"nul"#, #""text""#, #""te\"xt""#, #""\u00e9""#, #""open"#, #"  7"#, #" "#,
        #"[1,"a",{"b":null}]"#, #"{"a":[true]}"#, #"[1,]"#, #"x"#, "",
    ]
    let alphabet = Array(#"{}[]:,"\ .-+eE0123456789tfnalrsux"#.utf8) + [0x00, 0x1F, 0xC3]
    for round in 0..<5000 {
        var bytes = Array(values[round % values.count].utf8)
        if round >= values.count {
            for _ in 0..<Int.random(in: 1...2, using: &generator) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] =
                    alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
        }
        bytes += Array(#","k":2}"#.utf8.prefix(Int.random(in: 0...6, using: &generator)))
        guard !bytes.isEmpty else { continue }
        #expect(skip(bytes, fast: true) == skip(bytes, fast: false), "\(String(decoding: bytes, as: UTF8.self))")
    }
}
