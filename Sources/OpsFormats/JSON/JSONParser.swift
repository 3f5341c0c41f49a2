import OpsModel

/// Reads one JSON document (RFC 8259, UTF-8) into a `JSONValue`: the one JSON reader off the
/// usage-log hot path (OTLP/JSON, other tools' records, the Prometheus API, message content).
///
/// Strict and bounded: anything that is not exactly one JSON value — invalid UTF-8, a raw
/// control character or NUL in a string, a number beyond a Double's range, text after the
/// value — is a `JSONParseError` naming the first problem and its byte offset; nesting deeper
/// than `maxDepth` (at most `depthCeiling`) is one too, so recursion stays shallow. Choices
/// RFC 8259 leaves open: a leading UTF-8 byte-order mark is skipped; a lone surrogate escape
/// (`\uD800`) becomes U+FFFD, as in the usage-log decoder; a repeated key keeps its first
/// position and its last value (`JSONObject`); numbers keep their text (`JSONValue.Number`).
///
/// Reads the bytes through an `UnsafeRawBufferPointer` (the callers' lines and bodies are
/// buffers already); every read is behind an `index < end` check, so the pointer never leaves
/// the buffer.
package struct JSONParser {
    /// Nesting accepted when the caller names no limit (other tools' records).
    package static let defaultMaxDepth = 128
    /// Deepest nesting accepted whatever the caller asks, so recursion never exhausts a thread's stack.
    package static let depthCeiling = 512

    /// Parses the whole buffer as one JSON value.
    package static func parse(_ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth)
        throws(JSONParseError) -> JSONValue
    {
        var parser = JSONParser(bytes, maxDepth: maxDepth)
        return try parser.document()
    }

    package static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        // `withUnsafeBytes` rethrows untyped errors: carry the typed one out in a Result.
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONParseError) in try parse(buffer, maxDepth: maxDepth) }
        }.get()
    }

    package static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(buffer), maxDepth: maxDepth) }
        }.get()
    }

    let bytes: UnsafeRawBufferPointer
    let end: Int
    var index = 0
    private let maxDepth: Int
    private var depth = 0
    /// Unescaped bytes of the string being read (reused).
    var scratch: [UInt8] = []
    /// Where the last string read lies in `bytes` when it had no escapes; nil when `scratch` holds it.
    var lastVerbatim: Range<Int>?
    /// Values of the arrays being read, innermost last (reused, so an array is allocated once, at its size).
    private var items: [JSONValue] = []
    /// Members of the objects being read, innermost last.
    private var members: [JSONObject.Member] = []

    private init(_ bytes: UnsafeRawBufferPointer, maxDepth: Int) {
        self.bytes = bytes
        end = bytes.count
        self.maxDepth = Swift.max(0, Swift.min(maxDepth, Self.depthCeiling))
    }

    /// The byte at `offset`; callers have checked `offset < end`.
    @inline(__always)
    func byte(_ offset: Int) -> UInt8 {
        bytes[offset]
    }

    func failure(_ reason: JSONParseError.Reason, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(reason, offset: offset ?? index)
    }

    private mutating func document() throws(JSONParseError) -> JSONValue {
        if end >= 3, byte(0) == 0xEF, byte(1) == 0xBB, byte(2) == 0xBF { index = 3 }
        skipWhitespace()
        guard index < end else { throw failure(.empty) }
        let value = try self.value()
        skipWhitespace()
        guard index == end else { throw failure(.trailingData) }
        return value
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < end {
            switch byte(index) {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func value() throws(JSONParseError) -> JSONValue {
        guard index < end else { throw failure(.unexpectedEnd) }
        switch byte(index) {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case let other: throw failure(.unexpected(other, expected: "a value"))
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard end - index >= count else { throw failure(index + count > end ? .unexpectedEnd : .invalidLiteral) }
        for offset in 0..<count where byte(index + offset) != word.utf8Start[offset] {
            throw failure(.invalidLiteral, at: index + offset)
        }
        index += count
        return value
    }

    /// Counts one more level of nesting, refusing to pass the limit.
    private mutating func enter() throws(JSONParseError) {
        depth += 1
        guard depth <= maxDepth else { throw failure(.tooDeep(limit: maxDepth)) }
        index += 1
        skipWhitespace()
    }

    /// After an item: `,` (true, more follow) or the closing bracket (false).
    private mutating func separator(closing: UInt8, expected: String) throws(JSONParseError) -> Bool {
        skipWhitespace()
        guard index < end else { throw failure(.unexpectedEnd) }
        let next = byte(index)
        index += 1
        if next == UInt8(ascii: ",") {
            skipWhitespace()
            return true
        }
        guard next == closing else { throw failure(.unexpected(next, expected: expected), at: index - 1) }
        return false
    }

    private mutating func array() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        if index < end, byte(index) == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        let first = items.count
        repeat {
            items.append(try value())
        } while try separator(closing: UInt8(ascii: "]"), expected: "',' or ']'")
        return .array(Self.takeTail(of: &items, from: first))
    }

    private mutating func object() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        if index < end, byte(index) == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject())
        }
        let first = members.count
        var keys = KeyFilter()
        repeat {
            guard index < end else { throw failure(.unexpectedEnd) }
            guard byte(index) == UInt8(ascii: "\"") else {
                throw failure(.unexpected(byte(index), expected: "a key in quotes"))
            }
            let key = try string()
            let keyHash =
                lastVerbatim.map { JSONObject.keyHash(UnsafeRawBufferPointer(rebasing: bytes[$0])) }
                ?? scratch.withUnsafeBytes(JSONObject.keyHash)
            skipWhitespace()
            guard index < end else { throw failure(.unexpectedEnd) }
            guard byte(index) == UInt8(ascii: ":") else { throw failure(.unexpected(byte(index), expected: "':'")) }
            index += 1
            skipWhitespace()
            let value = try self.value()
            if keys.mayHold(keyHash, among: members.count - first),
                let repeated = members[first...].firstIndex(where: { $0.hasKey(key, hash: keyHash) })
            {
                members[repeated].value = value
            } else {
                members.append(JSONObject.Member(key, value, keyHash: keyHash))
            }
        } while try separator(closing: UInt8(ascii: "}"), expected: "',' or '}'")
        let read = Self.takeTail(of: &members, from: first)
        return .object(keys.checkedAll ? JSONObject(uniqueMembers: read) : JSONObject(read))
    }

    /// Moves `stack[first...]` into an array of its own and drops it from the stack.
    ///
    /// Moving instead of copying spares a retain and a release per element: each slot is moved
    /// out bitwise, refilled with a trivial placeholder (no reference to count), and the
    /// placeholders are dropped. The ranges stay inside the stack's initialised elements.
    private static func takeTail<Element>(of stack: inout [Element], from first: Int, placeholder: Element)
        -> [Element]
    {
        let count = stack.count - first
        let tail = stack.withUnsafeMutableBufferPointer { slots in
            [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                guard let target = buffer.baseAddress, let source = slots.baseAddress else { return }
                target.moveInitialize(from: source + first, count: count)
                (source + first).initialize(repeating: placeholder, count: count)
                initialized = count
            }
        }
        stack.removeSubrange(first...)
        return tail
    }

    private static func takeTail(of stack: inout [JSONValue], from first: Int) -> [JSONValue] {
        takeTail(of: &stack, from: first, placeholder: .null)
    }

    private static func takeTail(of stack: inout [JSONObject.Member], from first: Int) -> [JSONObject.Member] {
        takeTail(of: &stack, from: first, placeholder: JSONObject.Member("", .null, keyHash: 0))
    }
}

extension JSONValue {
    /// Parses a whole document (see `JSONParser`); nil for anything that is not exactly one JSON value.
    package static func parse(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) -> JSONValue? {
        try? JSONParser.parse(text, maxDepth: maxDepth)
    }
}
