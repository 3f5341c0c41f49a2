import Foundation
import OpsModel
import OpsTestSupport
import Testing

@testable import OpsFormats

/// `JSONParser` against Foundation's `JSONSerialization`, the reader it replaced, used here as the reference.
///
/// Where the two may differ, on purpose (docs/formats.md): Foundation accepts a trailing comma
/// (`[1,]`) and reads text starting with NUL or a UTF-16 byte-order mark as UTF-16/32; the
/// parser refuses all three. The parser reads a lone surrogate escape as U+FFFD; Foundation
/// refuses the text.
private enum Reference {
    static func parse(_ bytes: [UInt8]) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    static func same(_ value: JSONValue, _ reference: Any) -> Bool {
        switch value {
        case .null: return reference is NSNull
        case let .bool(flag):
            guard let number = reference as? NSNumber, isBoolean(number) else { return false }
            return number.boolValue == flag
        case let .number(number):
            guard let other = reference as? NSNumber, !isBoolean(other) else { return false }
            return same(number, other)
        case let .string(text): return reference as? String == text
        case let .array(items):
            guard let others = reference as? [Any], others.count == items.count else { return false }
            return zip(items, others).allSatisfy { same($0, $1) }
        case let .object(object):
            guard let others = reference as? [String: Any], others.count == object.count else { return false }
            return object.allSatisfy { member in others[member.key].map { same(member.value, $0) } ?? false }
        }
    }

    private static func same(_ number: JSONValue.Number, _ other: NSNumber) -> Bool {
        if let decimal = other as? NSDecimalNumber {
            return decimal.doubleValue == number.double || Decimal(string: number.text) == decimal.decimalValue
        }
        switch UInt8(bitPattern: other.objCType.pointee) {
        case UInt8(ascii: "d"), UInt8(ascii: "f"): return other.doubleValue == number.double
        case UInt8(ascii: "Q"): return other.uint64Value == number.uint64
        default: return other.int64Value == number.int64
        }
    }

    private static func isBoolean(_ number: NSNumber) -> Bool {
        let type = UInt8(bitPattern: number.objCType.pointee)
        return type == UInt8(ascii: "c") || type == UInt8(ascii: "B")
    }

    /// Text Foundation reads and the parser refuses on purpose.
    static func isLenientOnly(_ bytes: [UInt8], _ error: JSONParseError) -> Bool {
        if bytes.first == 0 || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return true }
        if bytes.count > 1, bytes[1] == 0 { return true }
        guard case let .unexpected(found, _) = error.reason,
            found == UInt8(ascii: "]") || found == UInt8(ascii: "}")
        else { return false }
        let before = bytes[..<error.offset].last { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }
        return before == UInt8(ascii: ",")
    }

    /// Text the parser reads and Foundation refuses on purpose: a lone surrogate escape.
    static func hasLoneSurrogate(_ value: JSONValue, _ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        return ["\\ud8", "\\ud9", "\\uda", "\\udb", "\\udc", "\\udd", "\\ude", "\\udf"].contains { text.contains($0) }
            && value.compact.contains("\u{FFFD}")
    }
}

/// Random JSON documents, and the same documents written with escapes and whitespace a writer may choose.
private struct DocumentMaker {
    var random: TestRandom

    mutating func value(depth: Int = 0) -> JSONValue {
        switch Int.random(in: 0..<(depth >= 4 ? 4 : 6), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .number(number())
        case 3: return .string(string())
        case 4: return .array((0..<Int.random(in: 0...5, using: &random)).map { _ in value(depth: depth + 1) })
        default:
            let members = (0..<Int.random(in: 0...6, using: &random)).map { _ in
                JSONObject.Member(
                    Int.random(in: 0..<8, using: &random) == 0 ? "dup" : string(), value(depth: depth + 1))
            }
            return .object(JSONObject(members))
        }
    }

    private mutating func number() -> JSONValue.Number {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return JSONValue.Number(Int64.random(in: Int64.min...Int64.max, using: &random))
        case 1: return JSONValue.Number(Int64.random(in: -1000...1000, using: &random))
        case 2: return JSONValue.Number(UInt64.random(in: UInt64(Int64.max)...UInt64.max, using: &random))
        case 3:
            let double =
                Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF) * (Bool.random(using: &random) ? 1 : -1)
            return JSONValue.Number(verbatim: "\(double)".replacingOccurrences(of: "+", with: ""))
        default:
            let whole = Int.random(in: 0...99, using: &random)
            let fraction = Int.random(in: 0...999, using: &random)
            let exponent = Int.random(in: -30...30, using: &random)
            return JSONValue.Number(verbatim: "\(whole).\(fraction)e\(exponent)")
        }
    }

    private mutating func string() -> String {
        let alphabet: [Unicode.Scalar] = [
            "a", "b", "Z", "_", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}",
            "é", "\u{301}", "€", "\u{2028}", "😀", "\u{10FFFF}", "\u{FFFD}",
        ]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &random) {
            scalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &random)])
        }
        return String(scalars)
    }

    /// The value as JSON text with random whitespace, `\uXXXX` escapes (pairs for astral scalars) and `\/`.
    mutating func noisyText(_ value: JSONValue) -> String {
        func space() -> String { ["", "", " ", "\n\t", "\r\n  "][Int.random(in: 0..<5, using: &random)] }
        switch value {
        case let .string(text): return noisyQuoted(text)
        case let .array(items):
            return "[" + space() + items.map { noisyText($0) + space() }.joined(separator: "," + space()) + "]"
        case let .object(object):
            return "{" + space()
                + object.map { noisyQuoted($0.key) + space() + ":" + space() + noisyText($0.value) + space() }
                .joined(separator: "," + space()) + "}"
        default: return value.compact
        }
    }

    private mutating func noisyQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let escape = Int.random(in: 0..<3, using: &random) == 0
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/" where escape: out += "\\/"
            case _ where scalar.value < 0x20 || escape:
                for unit in String(scalar).utf16 { out += "\\u" + String(format: "%04X", unit) }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

struct JSONParserReferenceTests {
    @Test func randomDocumentsReadBackAsWrittenAndAsFoundationReadsThem() throws {
        var maker = DocumentMaker(random: TestRandom(seed: 8259))
        for round in 0..<2_000 {
            let value = maker.value()
            for text in [value.compact, maker.noisyText(value)] {
                let parsed = try JSONParser.parse(text, maxDepth: 512)
                #expect(parsed == value, "round \(round): \(text)")
                let reference = try #require(Reference.parse(Array(text.utf8)), "round \(round): \(text)")
                #expect(Reference.same(parsed, reference), "round \(round): \(text)")
            }
        }
    }

    @Test func mutatedDocumentsAreAcceptedOrRefusedAsFoundationDoes() {
        var maker = DocumentMaker(random: TestRandom(seed: 15_2026))
        var random = TestRandom(seed: 7)
        let seeds =
            [OTLPSamples.protobufTracesAsJSON, OTLPSamples.langfuseExport]
            + (0..<200).map { _ in maker.noisyText(maker.value()) }
        let pool =
            Array(#"{}[],:"\\ 0123456789.eE+-tfnulx"#.utf8) + [0x00, 0x1F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xF0, 0xFF]
        var outcomes = (both: 0, neither: 0, onlyFoundation: 0, onlyParser: 0)
        for round in 0..<20_000 {
            var bytes = Array(seeds[round % seeds.count].utf8)
            for _ in 0..<Int.random(in: 1...3, using: &random) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                let byte = pool[Int.random(in: 0..<pool.count, using: &random)]
                switch Int.random(in: 0..<5, using: &random) {
                case 0: bytes[at] = byte
                case 1: bytes.insert(byte, at: at)
                case 2: bytes.remove(at: at)
                case 3: bytes.removeSubrange(at...)
                default: bytes.insert(contentsOf: bytes[at..<Swift.min(bytes.count, at + 12)], at: at)
                }
            }
            let reference = Reference.parse(bytes)
            do {
                let value = try JSONParser.parse(bytes, maxDepth: 512)
                if let reference {
                    outcomes.both += 1
                    #expect(
                        Reference.same(value, reference), "round \(round): \(String(decoding: bytes, as: UTF8.self))")
                } else {
                    outcomes.onlyParser += 1
                    #expect(
                        Reference.hasLoneSurrogate(value, bytes),
                        "round \(round): \(String(decoding: bytes, as: UTF8.self))")
                }
            } catch {
                if reference == nil {
                    outcomes.neither += 1
                } else {
                    outcomes.onlyFoundation += 1
                    #expect(
                        Reference.isLenientOnly(bytes, error),
                        "round \(round): \(error): \(String(decoding: bytes, as: UTF8.self))")
                }
            }
        }
        // Both kinds of outcome occur, so the comparison compared something.
        #expect(outcomes.both > 2_000)
        #expect(outcomes.neither > 15_000)
        #expect(outcomes.onlyParser > 0)
    }
}
