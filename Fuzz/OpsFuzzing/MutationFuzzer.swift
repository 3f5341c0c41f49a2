#if canImport(Glibc)
import Glibc
#endif

/// A seeded random-mutation fuzzer: deterministic for a seed, so a failure found in CI is found
/// again on any machine. libFuzzer (coverage-guided) does better; this runs everywhere, in `swift test`.
package struct MutationFuzzer: Sendable {
    /// An input that broke a promise (a crash stops the process instead; the input is then in the log).
    package struct Finding: Sendable {
        package var input: [UInt8]
        package var problem: String
    }

    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// Runs `iterations` mutated inputs (each seed also as it is) through `target`.
    package mutating func run(_ target: FuzzTarget, seeds: [[UInt8]], iterations: Int) -> [Finding] {
        var findings: [Finding] = []
        let pool = seeds.isEmpty ? [[]] : seeds
        for seed in pool {
            if let problem = target.run(seed) { findings.append(Finding(input: seed, problem: problem)) }
        }
        for _ in 0..<iterations {
            let input = mutate(pool[next(below: pool.count)], pool: pool)
            // OPSTOP_FUZZ_LAST=PATH keeps each input there before it runs: after a crash, it is the culprit.
            if let path = Self.lastInputPath { _ = input.withUnsafeBytes { Self.write($0, to: path + "." + target.rawValue) } }
            if let problem = target.run(input) { findings.append(Finding(input: input, problem: problem)) }
        }
        return findings
    }

    /// One to four edits of `input`.
    package mutating func mutate(_ input: [UInt8], pool: [[UInt8]]) -> [UInt8] {
        var bytes = input
        for _ in 0...next(below: 4) {
            switch next(below: 8) {
            case 0 where !bytes.isEmpty:
                bytes[next(below: bytes.count)] ^= UInt8(1 << next(below: 8))
            case 1:
                bytes.insert(UInt8(truncatingIfNeeded: next(below: 256)), at: next(below: bytes.count + 1))
            case 2 where !bytes.isEmpty:
                let start = next(below: bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + next(below: 16)))
            case 3 where !bytes.isEmpty:
                let start = next(below: bytes.count)
                let piece = bytes[start..<min(bytes.count, start + 1 + next(below: 64))]
                bytes.insert(contentsOf: piece, at: next(below: bytes.count + 1))
            case 4:
                let token = Self.tokens[next(below: Self.tokens.count)]
                bytes.insert(contentsOf: token, at: next(below: bytes.count + 1))
            case 5 where !bytes.isEmpty:
                bytes.removeSubrange(next(below: bytes.count)...)
            case 6:
                let other = pool[next(below: pool.count)]
                guard !other.isEmpty else { continue }
                let start = next(below: other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + next(below: 256))],
                             at: next(below: bytes.count + 1))
            default:
                if !bytes.isEmpty { bytes[next(below: bytes.count)] = Self.interestingBytes[next(below: Self.interestingBytes.count)] }
            }
        }
        return bytes
    }

    private static let tokens: [[UInt8]] = [
        "\"", "{", "}", "[", "]", ",", ":", "\\u0000", "\\ud800", "\u{1b}[2J", "\u{9b}", "\u{202e}", "\u{200d}",
        "1e309", "-0", "18446744073709551616", "NaN", "+Inf", "\n", "\r\n", "#", "# EOF\n", "{le=\"+Inf\"}", "=", "true",
        "null", "\"trace_id\":", "\"resourceSpans\":[", "\"post\":[", "[ui]\n", "theme = ", "\"\"\"",
        "\r\n--", "\r\n\r\n", "Content-Disposition: form-data; name=\"", "post.", "patch.", ".inputs", "\"end_time\":",
    ].map { Array($0.utf8) } + [[0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], [0x0A, 0x80, 0x80, 0x80, 0x80, 0x0F]]

    private static let lastInputPath: String? = getenv("OPSTOP_FUZZ_LAST").map { String(cString: $0) }

    private static func write(_ bytes: UnsafeRawBufferPointer, to path: String) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        defer { fclose(file) }
        return fwrite(bytes.baseAddress, 1, bytes.count, file) == bytes.count
    }

    private static let interestingBytes: [UInt8] = [0x00, 0x01, 0x08, 0x0A, 0x0D, 0x1B, 0x22, 0x5C, 0x7F, 0x80, 0xC0, 0xFF]

    /// SplitMix64.
    private mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Int(value % UInt64(Swift.max(1, bound)))
    }
}
