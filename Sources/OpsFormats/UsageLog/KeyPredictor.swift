import OpsModel

/// Remembers which keys followed each key in recent lines, so that the walk of a line can confirm
/// its next key with one comparison instead of scanning and matching it.
///
/// Lines of one log repeat their key order (`v`, `kind`, `trace_id`, …), branching at a few keys
/// (a chat span goes on with `gen_ai.provider.name`, a tool span with `gen_ai.tool.name`), so each
/// key keeps the two keys most recently seen after it. A prediction counts only when the line holds
/// exactly the remembered bytes followed by the closing quote; remembered keys have no escapes, no
/// quotes and no control bytes, so a hit is the very token `JSONScanner.scanString` would return.
struct KeyPredictor: Sendable {
    /// The state after a key opstop does not know.
    static let unknownState = KnownKey.allCases.count
    /// The state before an object's first key.
    static let startState = KnownKey.allCases.count + 1
    static let stateCount = KnownKey.allCases.count + 2
    static let candidatesPerState = 2
    /// Longer keys are not remembered.
    static let maxLength = 56

    /// A slot: the key's length (0 when empty), its `KnownKey` raw value (or `unknownMark`), then its bytes.
    private static let slotSize = 64
    private static let bytesOffset = 8
    private static let unknownMark: UInt8 = 0xFF

    struct Hit {
        var key: KnownKey?
        var length: Int
        var state: Int
    }

    /// Copy-on-write: `learn` copies the slots first when another decoder shares them.
    private var storage = Storage()

    /// Where the remembered keys are; valid until the next `learn`, which may move them.
    var slots: UnsafeRawPointer { UnsafeRawPointer(storage.slots) }

    /// The remembered key after `state` (in `slots`) that the line holds at `position` (its opening quote), if any.
    @inline(__always)
    static func predict(
        _ base: UnsafeRawPointer, at position: Int, count: Int, after state: Int, in slots: UnsafeRawPointer
    ) -> Hit? {
        let slots = slots + state &* (Self.candidatesPerState &* Self.slotSize)
        for candidate in 0..<Self.candidatesPerState {
            let slot = slots + candidate &* Self.slotSize
            let length = Int(slot.load(as: UInt8.self))
            // The closing quote must lie inside the line too.
            guard length > 0, position &+ 1 &+ length < count else { continue }
            let start = base + (position &+ 1)
            guard StringInterner.equal(start, slot + Self.bytesOffset, length),
                  start.load(fromByteOffset: length, as: UInt8.self) == UInt8(ascii: "\"")
            else { continue }
            let mark = slot.load(fromByteOffset: 1, as: UInt8.self)
            if mark == Self.unknownMark { return Hit(key: nil, length: length, state: Self.unknownState) }
            // Marks are written only from `KnownKey.rawValue` (see `learn`), and the raw values are the
            // cases' own tags (0, 1, 2, … in order), so the byte is a valid key: no checked conversion.
            return Hit(key: unsafeBitCast(mark, to: KnownKey.self), length: length, state: Int(mark))
        }
        return nil
    }

    /// Remembers that the key of `length` bytes at `bytes` (scanned without escapes) followed `state`.
    mutating func learn(after state: Int, _ bytes: UnsafeRawPointer, length: Int, key: KnownKey?) {
        guard length > 0, length <= Self.maxLength else { return }
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let first = storage.slots + state &* (Self.candidatesPerState &* Self.slotSize)
        // Most recent first: the older candidate moves down, the last one is forgotten.
        for candidate in stride(from: Self.candidatesPerState - 1, to: 0, by: -1) {
            (first + candidate &* Self.slotSize).copyMemory(
                from: first + (candidate - 1) &* Self.slotSize, byteCount: Self.slotSize)
        }
        first.storeBytes(of: UInt8(length), as: UInt8.self)
        first.storeBytes(of: key?.rawValue ?? Self.unknownMark, toByteOffset: 1, as: UInt8.self)
        (first + Self.bytesOffset).copyMemory(from: bytes, byteCount: length)
    }

    /// The slots, owned by one decoder at a time (see `learn`).
    private final class Storage: @unchecked Sendable {
        let slots: UnsafeMutableRawPointer
        static let byteCount = KeyPredictor.stateCount * KeyPredictor.candidatesPerState * KeyPredictor.slotSize

        init() {
            slots = UnsafeMutableRawPointer.allocate(byteCount: Self.byteCount, alignment: 16)
            slots.initializeMemory(as: UInt8.self, repeating: 0, count: Self.byteCount)
        }

        func copy() -> Storage {
            let copy = Storage()
            copy.slots.copyMemory(from: slots, byteCount: Self.byteCount)
            return copy
        }

        deinit { slots.deallocate() }
    }
}
