import OpsModel

/// The components of the last two operation names seen (`chat`, `execute_tool`), keyed by their
/// bytes, so a line that names its operation need not build the name's String to map it
/// (`Component(operationName:)` compares Strings, and most lines need the name for nothing else).
///
/// Only names of 1 to 16 bytes taken verbatim from the line are remembered; a hit is the component
/// that `Component(operationName:)` gave for the very same bytes.
struct OperationMemo {
    struct Key: Equatable {
        var low: UInt64
        var high: UInt64
        var length: Int
    }

    static let maxLength = 16

    private var recent: (key: Key, component: Component?)?
    private var older: (key: Key, component: Component?)?

    /// The key of the `length` bytes at `bytes`; nil when the name is too long to be remembered.
    @inline(__always)
    static func key(_ bytes: UnsafeRawPointer, length: Int) -> Key? {
        guard length > 0, length <= maxLength else { return nil }
        if length <= 8 {
            return Key(low: StringInterner.loadShort(bytes, length), high: 0, length: length)
        }
        return Key(low: bytes.loadUnaligned(as: UInt64.self),
                   high: StringInterner.loadShort(bytes + 8, length &- 8), length: length)
    }

    /// The remembered component for `key`: `.some(nil)` for a name that maps to none, nil when not remembered.
    @inline(__always)
    func component(for key: Key) -> Component?? {
        if let recent, recent.key == key { return .some(recent.component) }
        if let older, older.key == key { return .some(older.component) }
        return nil
    }

    mutating func remember(_ key: Key, _ component: Component?) {
        older = recent
        recent = (key, component)
    }
}
