/// One bit per open container (1 = object), for up to `JSONScanner.maxDepth` levels, kept inline.
struct ContainerStack {
    private var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private(set) var depth = 0

    mutating func push(isObject: Bool) {
        let index = depth
        depth += 1
        withUnsafeMutableBytes(of: &words) { raw in
            let word = index >> 6
            let bit = UInt64(1) << UInt64(index & 63)
            var value = raw.load(fromByteOffset: word * 8, as: UInt64.self)
            value = isObject ? value | bit : value & ~bit
            raw.storeBytes(of: value, toByteOffset: word * 8, as: UInt64.self)
        }
    }

    mutating func pop() {
        depth -= 1
    }

    var topIsObject: Bool {
        let index = depth - 1
        return withUnsafeBytes(of: words) { raw in
            let value = raw.load(fromByteOffset: (index >> 6) * 8, as: UInt64.self)
            return value & (UInt64(1) << UInt64(index & 63)) != 0
        }
    }
}
