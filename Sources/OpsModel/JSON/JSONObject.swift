/// The members of a JSON object, in document order, each key once.
///
/// A key written twice keeps its first position and takes its last value, as JavaScript,
/// Python and Foundation read such objects. Keys are the same when their code points are
/// (RFC 8259 §8.3), so `"é"` and `"e\u0301"` are two keys. Each member carries a hash of its
/// key, so a lookup compares one word per member before it compares any bytes.
package struct JSONObject: Sendable, Hashable, RandomAccessCollection {
    package struct Member: Sendable, Hashable {
        package let key: String
        package var value: JSONValue
        /// `JSONObject.keyHash(key)`.
        package let keyHash: UInt64

        package init(_ key: String, _ value: JSONValue) {
            self.init(key, value, keyHash: JSONObject.keyHash(key))
        }

        /// A member whose key a reader hashed from its bytes as it read them (`JSONObject.keyHash(_:)`).
        package init(_ key: String, _ value: JSONValue, keyHash: UInt64) {
            self.key = key
            self.value = value
            self.keyHash = keyHash
        }

        /// Whether this member's key is `key`, whose `keyHash` is `hash`.
        package func hasKey(_ key: String, hash: UInt64) -> Bool {
            keyHash == hash && JSONObject.sameKey(self.key, key)
        }
    }

    package private(set) var members: [Member]

    package init() {
        members = []
    }

    /// An object of these members; a repeated key keeps its first position and its last value.
    package init(_ members: [Member]) {
        var unique: [Member] = []
        unique.reserveCapacity(members.count)
        var positions: [ExactKey: Int] = [:]
        for member in members {
            let key = ExactKey(member)
            if let position = positions[key] {
                unique[position].value = member.value
            } else {
                positions[key] = unique.count
                unique.append(member)
            }
        }
        self.members = unique
    }

    /// An object of members whose keys are already unique (the parser checks them as it reads).
    package init(uniqueMembers members: [Member]) {
        self.members = members
    }

    package var startIndex: Int { members.startIndex }
    package var endIndex: Int { members.endIndex }
    package subscript(position: Int) -> Member { members[position] }

    /// The value of `key`; nil when absent.
    package subscript(key: String) -> JSONValue? {
        let hash = Self.keyHash(key)
        for member in members where member.hasKey(key, hash: hash) { return member.value }
        return nil
    }

    package var keys: [String] { members.map(\.key) }

    /// Keys are the same when their code points are, so when their UTF-8 bytes are.
    package static func sameKey(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                guard left.count == right.count else { return false }
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
                return StringInterner.equal(leftBase, rightBase, left.count)
            }
        }
    }

    /// The hash of a key's UTF-8 bytes (`StringInterner.hash`).
    package static func keyHash(_ utf8: UnsafeRawBufferPointer) -> UInt64 {
        guard let base = utf8.baseAddress else { return emptyKeyHash }
        return StringInterner.hash(base, utf8.count)
    }

    package static func keyHash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { keyHash(UnsafeRawBufferPointer($0)) }
    }

    private static let emptyKeyHash = withUnsafeBytes(of: UInt64(0)) { bytes in
        bytes.baseAddress.map { StringInterner.hash($0, 0) } ?? 0
    }

    /// A key hashed and compared by its code points, for `init(_:)`.
    private struct ExactKey: Hashable {
        let member: Member

        init(_ member: Member) {
            self.member = member
        }

        static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
            lhs.member.hasKey(rhs.member.key, hash: rhs.member.keyHash)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(member.keyHash)
        }
    }
}
