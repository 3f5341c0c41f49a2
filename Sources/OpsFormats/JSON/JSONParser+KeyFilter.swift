import OpsModel

extension JSONParser {
    /// Tells the keys of one object apart cheaply as they are read, so a repeated key is found
    /// without comparing each key with every other.
    ///
    /// A 64-bit filter of the keys' hashes: a key whose bit is clear is new; a set bit sends the
    /// parser to compare. Past `inlineLimit` keys the parser stops checking and
    /// `JSONObject.init(_:)` (a hash table) applies the rule once at the end, so an object of a
    /// million keys costs linear time, not quadratic.
    struct KeyFilter {
        static let inlineLimit = 32
        private var bits: UInt64 = 0
        /// False once a key was added unchecked (past `inlineLimit`).
        private(set) var checkedAll = true

        /// Records a key by its `JSONObject.keyHash`; true when it may repeat one of the `count` keys before it.
        mutating func mayHold(_ keyHash: UInt64, among count: Int) -> Bool {
            guard count < Self.inlineLimit else {
                checkedAll = false
                return false
            }
            let bit: UInt64 = 1 << (keyHash & 63)
            defer { bits |= bit }
            return bits & bit != 0
        }
    }
}
