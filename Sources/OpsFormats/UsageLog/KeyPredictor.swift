import OpsModel

/// Remembers which keys followed each key in recent lines, so that the walk of a line can confirm
/// its next key, with the colon after it, by one sixteen-byte comparison instead of scanning and
/// matching it.
///
/// Lines of one log repeat their key order (`v`, `kind`, `trace_id`, …), branching at a few keys
/// (a chat span goes on with `gen_ai.provider.name`, a tool span with `gen_ai.tool.name`, and after
/// the short form's `component` come five different keys), so each key keeps the six keys most
/// recently learned after it. A key is learned in front; a candidate confirmed behind another is
/// now and then moved one place forward (``notePromotable(after:candidate:)``), so the common
/// followers come to be tried first. A candidate is its pattern: the key's bytes, its closing quote
/// and the colon. A prediction counts only when the line holds exactly the pattern right after the opening
/// quote; remembered keys have no escapes, no quotes and no control bytes, so a hit is the very
/// token `JSONScanner.scanString` would return, followed by the `:` the walk would consume.
struct KeyPredictor: Sendable {
    /// The state after a key opstop does not know.
    static let unknownState = KnownKey.allCases.count
    /// The state before an object's first key.
    static let startState = KnownKey.allCases.count + 1
    static let stateCount = KnownKey.allCases.count + 2
    static let candidatesPerState = 6
    /// Longer keys are not remembered (a pattern fills at most 16 + 30 bytes of a slot).
    static let maxLength = 44

    /// A slot: the pattern's first sixteen bytes (zero past its end), a mask of 0xFF over those of
    /// them the pattern holds, the pattern's length (0 when the slot is empty), the key's `KnownKey`
    /// raw value (or `unknownMark`), then the pattern's bytes after the sixteenth.
    private static let slotSize = 64
    private static let maskOffset = 16
    private static let lengthOffset = 32
    private static let markOffset = 33
    private static let restOffset = 34
    private static let unknownMark: UInt8 = 0xFF

    struct Hit {
        var key: KnownKey?
        /// The pattern's length: the key's bytes, its closing quote and the colon.
        var length: Int
        var state: Int
        /// Which of the state's candidates it was (0 is the first tried).
        var candidate: Int
    }

    /// Copy-on-write: `learn` and `promote` copy the slots first when another decoder shares them.
    private var storage = Storage()
    /// Confirmations behind the first candidate left until the next one moves its candidate forward.
    private var promotionCountdown = Self.promotionInterval
    /// One confirmation in this many behind the first candidate moves forward: a key that follows
    /// often is soon tried before one that follows rarely, at the cost of a few slot swaps, where a
    /// counter per candidate would cost a store per key.
    static let promotionInterval = 16

    /// Where the remembered keys are; valid until the next `learn`, which may move them.
    var slots: UnsafeRawPointer { UnsafeRawPointer(storage.slots) }

    /// The remembered key after `state` (in `slots`) whose pattern the line holds right after
    /// `position` (its opening quote), if any. Candidates fill a state's slots from the first on.
    @inline(__always)
    static func predict(
        _ base: UnsafeRawPointer, at position: Int, count: Int, after state: Int, in slots: UnsafeRawPointer
    ) -> Hit? {
        let first = slots + state &* (Self.candidatesPerState &* Self.slotSize)
        let start = base + (position &+ 1)
        guard position &+ 17 <= count else {
            return predictNearTheEnd(start, available: count &- position &- 1, first)
        }
        let text = start.loadUnaligned(as: SIMD16<UInt8>.self)
        for candidate in 0..<Self.candidatesPerState {
            let slot = first + candidate &* Self.slotSize
            let length = Int(slot.load(fromByteOffset: Self.lengthOffset, as: UInt8.self))
            if length == 0 { return nil }
            // Wrapping lane arithmetic only (SSE2), as in `JSONScanner.attentionWords`.
            let pattern = slot.load(as: SIMD16<UInt8>.self)
            let mask = slot.load(fromByteOffset: Self.maskOffset, as: SIMD16<UInt8>.self)
            let difference = unsafeBitCast((text ^ pattern) & mask, to: SIMD2<UInt64>.self)
            guard difference[0] | difference[1] == 0 else { continue }
            if length > 16 {
                guard position &+ 1 &+ length <= count,
                      StringInterner.equal(start + 16, slot + Self.restOffset, length &- 16) else { continue }
            }
            return hit(slot, length, candidate)
        }
        return nil
    }

    /// `predict` for a key that starts fewer than seventeen bytes before the end of the line,
    /// where a sixteen-byte load would read past it: `available` bytes follow the opening quote.
    @inline(never)
    private static func predictNearTheEnd(_ start: UnsafeRawPointer, available: Int, _ first: UnsafeRawPointer) -> Hit? {
        for candidate in 0..<Self.candidatesPerState {
            let slot = first + candidate &* Self.slotSize
            let length = Int(slot.load(fromByteOffset: Self.lengthOffset, as: UInt8.self))
            if length == 0 { return nil }
            // A pattern longer than sixteen bytes would not fit either.
            guard length <= available, StringInterner.equal(start, slot, length) else { continue }
            return hit(slot, length, candidate)
        }
        return nil
    }

    @inline(__always)
    private static func hit(_ slot: UnsafeRawPointer, _ length: Int, _ candidate: Int) -> Hit {
        let mark = slot.load(fromByteOffset: Self.markOffset, as: UInt8.self)
        if mark == Self.unknownMark { return Hit(key: nil, length: length, state: Self.unknownState, candidate: candidate) }
        // Marks are written only from `KnownKey.rawValue` (see `learn`), and the raw values are the
        // cases' own tags (0, 1, 2, … in order), so the byte is a valid key: no checked conversion.
        return Hit(key: unsafeBitCast(mark, to: KnownKey.self), length: length, state: Int(mark), candidate: candidate)
    }

    /// Counts a confirmation of `candidate` (behind the first) after `state`; every
    /// ``promotionInterval``-th such confirmation swaps that candidate with the one before it.
    /// True when the slots were changed, which may have moved them (`slots` is then stale).
    @inline(__always)
    mutating func notePromotable(after state: Int, candidate: Int) -> Bool {
        promotionCountdown &-= 1
        guard promotionCountdown == 0 else { return false }
        promote(after: state, candidate: candidate)
        return true
    }

    /// Swaps `candidate` with the one tried before it; kept out of line (it runs once in
    /// ``promotionInterval`` late confirmations).
    @inline(never)
    mutating func promote(after state: Int, candidate: Int) {
        promotionCountdown = Self.promotionInterval
        guard candidate > 0, candidate < Self.candidatesPerState else { return }
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let later = storage.slots + (state &* Self.candidatesPerState &+ candidate) &* Self.slotSize
        let earlier = later - Self.slotSize
        // Whole slots, so each pattern keeps its mask, length, mark and tail.
        withUnsafeTemporaryAllocation(byteCount: Self.slotSize, alignment: 16) { spare in
            guard let held = spare.baseAddress else { return }
            held.copyMemory(from: later, byteCount: Self.slotSize)
            later.copyMemory(from: earlier, byteCount: Self.slotSize)
            earlier.copyMemory(from: held, byteCount: Self.slotSize)
        }
    }

    /// The keys remembered after `state`, in the order they are tried (nil for an unknown key); for tests.
    func candidates(after state: Int) -> [KnownKey?] {
        let first = slots + state &* (Self.candidatesPerState &* Self.slotSize)
        return (0..<Self.candidatesPerState).compactMap { candidate in
            let slot = first + candidate &* Self.slotSize
            guard slot.load(fromByteOffset: Self.lengthOffset, as: UInt8.self) != 0 else { return nil }
            let mark = slot.load(fromByteOffset: Self.markOffset, as: UInt8.self)
            return .some(mark == Self.unknownMark ? nil : KnownKey(rawValue: mark))
        }
    }

    /// Remembers that the key of `length` bytes at `bytes` (scanned without escapes, and followed
    /// in the line by its closing quote and a colon) followed `state`.
    mutating func learn(after state: Int, _ bytes: UnsafeRawPointer, length: Int, key: KnownKey?) {
        guard length > 0, length <= Self.maxLength else { return }
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let first = storage.slots + state &* (Self.candidatesPerState &* Self.slotSize)
        // Most recent first: the older candidates move down, the last one is forgotten.
        (first + Self.slotSize).copyMemory(from: first, byteCount: (Self.candidatesPerState - 1) * Self.slotSize)
        let patternLength = length + 2
        first.initializeMemory(as: UInt8.self, repeating: 0, count: Self.slotSize)
        for index in 0..<patternLength {
            let byte = index < length ? bytes.load(fromByteOffset: index, as: UInt8.self)
                : index == length ? UInt8(ascii: "\"") : UInt8(ascii: ":")
            if index < 16 {
                first.storeBytes(of: byte, toByteOffset: index, as: UInt8.self)
                first.storeBytes(of: 0xFF, toByteOffset: Self.maskOffset + index, as: UInt8.self)
            } else {
                first.storeBytes(of: byte, toByteOffset: Self.restOffset + index - 16, as: UInt8.self)
            }
        }
        first.storeBytes(of: UInt8(patternLength), toByteOffset: Self.lengthOffset, as: UInt8.self)
        first.storeBytes(of: key?.rawValue ?? Self.unknownMark, toByteOffset: Self.markOffset, as: UInt8.self)
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
