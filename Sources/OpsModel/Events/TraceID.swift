/// Identifies a trace: a 128-bit OTel id when the log gives 32 hex digits, else the text as written.
public enum TraceID: Hashable, Sendable, CustomStringConvertible {
    case hex(UInt64, UInt64)
    case text(String)
    /// Made up for a span that names no trace: it is its own one-span trace. The low 32 bits are
    /// the line number, the high 32 name the source (and its generation across rotations).
    case synthetic(UInt64)

    public init(_ string: String) {
        if string.utf8.count == 32,
           let high = UInt64(hexDigits: string.utf8.prefix(16)),
           let low = UInt64(hexDigits: string.utf8.dropFirst(16)) {
            self = .hex(high, low)
        } else {
            self = .text(string)
        }
    }

    /// One word into the hasher for the common 128-bit id instead of the case and two words:
    /// trace ids are random already, so folding the halves loses nothing.
    @inlinable public func hash(into hasher: inout Hasher) {
        switch self {
        case let .hex(high, low): hasher.combine(high ^ (low &* 0x9E37_79B9_7F4A_7C15))
        case let .text(text): hasher.combine(text)
        case let .synthetic(number): hasher.combine(~number)
        }
    }

    /// What `Dictionary` and `Set` call: a keyed multiply-fold for the numeric ids, a few
    /// instructions where SipHash costs a hundred (the trace store looks up every span's trace).
    /// Both factors carry the per-table seed, so ids chosen to collide cannot be made without it.
    @inlinable public func _rawHashValue(seed: Int) -> Int {
        let key = UInt64(UInt(bitPattern: seed))
        switch self {
        case let .hex(high, low): return Self.fold(high ^ key, low ^ (key &* 0x9E37_79B9_7F4A_7C15))
        case let .synthetic(number): return Self.fold(~number ^ key, key &* 0xC2B2_AE3D_27D4_EB4F)
        case let .text(text): return text._rawHashValue(seed: seed)
        }
    }

    @inlinable public static func == (lhs: TraceID, rhs: TraceID) -> Bool {
        switch (lhs, rhs) {
        case let (.hex(leftHigh, leftLow), .hex(rightHigh, rightLow)): return leftHigh == rightHigh && leftLow == rightLow
        case let (.text(left), .text(right)): return left == right
        case let (.synthetic(left), .synthetic(right)): return left == right
        default: return false
        }
    }

    @inlinable @inline(__always)
    static func fold(_ lhs: UInt64, _ rhs: UInt64) -> Int {
        let product = lhs.multipliedFullWidth(by: rhs)
        return Int(truncatingIfNeeded: product.high ^ product.low)
    }

    public var description: String {
        switch self {
        case let .hex(high, low): return high.hexString(width: 16) + low.hexString(width: 16)
        case let .text(text): return text
        case let .synthetic(number): return syntheticDescription(number)
        }
    }
}

/// Identifies a span within its trace: 64-bit when the log gives 16 hex digits.
public enum SpanID: Hashable, Sendable, CustomStringConvertible {
    case hex(UInt64)
    case text(String)
    case synthetic(UInt64)

    public init(_ string: String) {
        if string.utf8.count == 16, let value = UInt64(hexDigits: string.utf8[...]) {
            self = .hex(value)
        } else {
            self = .text(string)
        }
    }

    @inlinable public static func == (lhs: SpanID, rhs: SpanID) -> Bool {
        switch (lhs, rhs) {
        case let (.hex(left), .hex(right)): return left == right
        case let (.text(left), .text(right)): return left == right
        case let (.synthetic(left), .synthetic(right)): return left == right
        default: return false
        }
    }

    @inlinable public func hash(into hasher: inout Hasher) {
        switch self {
        case let .hex(value): hasher.combine(value)
        case let .text(text): hasher.combine(text)
        case let .synthetic(number): hasher.combine(~number)
        }
    }

    public var description: String {
        switch self {
        case let .hex(value): return value.hexString(width: 16)
        case let .text(text): return text
        case let .synthetic(number): return syntheticDescription(number)
        }
    }
}

/// `line-42` for a synthetic id of line 42, with `@` and the source's key in hex when it has one
/// (`line-42@9c1f04d2`): line numbers repeat across sources, ids do not.
func syntheticDescription(_ number: UInt64) -> String {
    let line = number & 0xFFFF_FFFF
    let source = number >> 32
    return source == 0 ? "line-\(line)" : "line-\(line)@" + source.hexString(width: 8)
}

extension UInt64 {
    /// Parses up to 16 hex digits (either case); nil on any other byte or on an empty input.
    public init?<Bytes: Collection>(hexDigits bytes: Bytes) where Bytes.Element == UInt8 {
        guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte &- UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte &- UInt8(ascii: "a") &+ 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte &- UInt8(ascii: "A") &+ 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        self = value
    }

    func hexString(width: Int) -> String {
        let digits = String(self, radix: 16)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
