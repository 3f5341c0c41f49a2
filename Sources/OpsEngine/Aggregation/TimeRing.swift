/// A fixed ring of time buckets of equal width, indexed by absolute bucket number.
///
/// Each slot remembers which bucket it holds, so a slot left over from an earlier lap is
/// never mistaken for a current one. Events older than the ring are refused (the caller
/// still counts them in all-time totals).
package struct TimeRing<Bucket: Sendable>: Sendable {
    package let widthNanos: Int64
    package let capacity: Int
    private var slots: [Bucket]
    private var slotIndex: [Int64]
    private let empty: Bucket
    /// The newest bucket number the ring has reached.
    package private(set) var head: Int64 = .min
    /// The last bucket updated, so a run of events in one bucket skips the division.
    private var cachedNumber: Int64 = .min
    private var cachedStart: Int64 = .max
    private var cachedEnd: Int64 = .min
    private var cachedSlot = 0

    package init(widthNanos: Int64, capacity: Int, empty: Bucket) {
        self.widthNanos = widthNanos
        self.capacity = capacity
        self.empty = empty
        slots = [Bucket](repeating: empty, count: capacity)
        slotIndex = [Int64](repeating: .min, count: capacity)
    }

    package func bucketNumber(of nanos: Int64) -> Int64 {
        nanos >= 0 ? nanos / widthNanos : (nanos - widthNanos + 1) / widthNanos
    }

    package func startNanos(ofBucket number: Int64) -> Int64 { number &* widthNanos }

    /// Moves the head forward to the bucket holding `nanos`; never backward.
    @inline(__always)
    package mutating func advance(to nanos: Int64) {
        // In the last bucket updated, which is at most the head: nothing to move (and no division).
        if nanos >= cachedStart && nanos < cachedEnd { return }
        let number = bucketNumber(of: nanos)
        if number > head { head = number }
    }

    /// Whether `nanos` lies before the oldest bucket the ring holds (found without a division; false
    /// when unsure, so ``update(at:_:)`` decides).
    @inline(__always)
    package func precedes(_ nanos: Int64) -> Bool {
        let (oldest, overflowNumber) = head.subtractingReportingOverflow(Int64(capacity) - 1)
        let (start, overflowStart) = oldest.multipliedReportingOverflow(by: widthNanos)
        return !overflowNumber && !overflowStart && nanos < start
    }

    /// Updates the bucket holding `nanos`; false when that bucket has left the ring.
    @discardableResult
    package mutating func update(at nanos: Int64, _ body: (inout Bucket) -> Void) -> Bool {
        guard let (slot, stale) = claimSlot(at: nanos) else { return false }
        if stale { slots[slot] = empty }
        body(&slots[slot])
        return true
    }

    /// The slot for the bucket holding `nanos`, and whether it still holds an older bucket; nil when
    /// that bucket has left the ring. Marks the slot as the bucket's and moves the head.
    @inline(__always)
    private mutating func claimSlot(at nanos: Int64) -> (slot: Int, stale: Bool)? {
        if nanos >= cachedStart && nanos < cachedEnd && cachedNumber > head &- Int64(capacity) {
            return (cachedSlot, false)
        }
        return claimSlotAfresh(at: nanos)
    }

    private mutating func claimSlotAfresh(at nanos: Int64) -> (slot: Int, stale: Bool)? {
        let number = bucketNumber(of: nanos)
        if number > head { head = number }
        guard number > head - Int64(capacity) else { return nil }
        let slot = Int(((number % Int64(capacity)) + Int64(capacity)) % Int64(capacity))
        let stale = slotIndex[slot] != number
        slotIndex[slot] = number
        let (start, overflowStart) = number.multipliedReportingOverflow(by: widthNanos)
        let (end, overflowEnd) = start.addingReportingOverflow(widthNanos)
        if !overflowStart && !overflowEnd {
            cachedNumber = number
            cachedStart = start
            cachedEnd = end
            cachedSlot = slot
        }
        return (slot, stale)
    }

    /// The bucket numbered `number` when the ring still holds it.
    package func bucket(number: Int64) -> Bucket? {
        slot(holding: number).map { slots[$0] }
    }

    /// Visits the buckets numbered `last - count + 1 ... last` that hold data, oldest first.
    package func forEach(count: Int, endingAt last: Int64, _ body: (Int64, Bucket) -> Void) {
        guard count > 0 else { return }
        var number = last - Int64(count) + 1
        while number <= last {
            if let slot = slot(holding: number) { body(number, slots[slot]) }
            number += 1
        }
    }

    /// ``forEach(count:endingAt:_:)`` lending each bucket in place, for a reader that passes parts of a
    /// bucket on to other functions: a bucket given by value is then copied whole (every array retained).
    @inline(__always)
    package mutating func forEachInPlace(count: Int, endingAt last: Int64, _ body: (inout Bucket) -> Void) {
        guard count > 0 else { return }
        var number = last - Int64(count) + 1
        while number <= last {
            if let slot = slot(holding: number) { body(&slots[slot]) }
            number += 1
        }
    }

    /// Lends the bucket numbered `number` in place when the ring still holds it (see
    /// ``forEachInPlace(count:endingAt:_:)``).
    @inline(__always)
    package mutating func withBucketInPlace(number: Int64, _ body: (inout Bucket) -> Void) {
        guard let slot = slot(holding: number) else { return }
        body(&slots[slot])
    }

    /// Visits every bucket still held in a slot, whether or not its time is still within the ring.
    package func forEachHeld(_ body: (Bucket) -> Void) {
        for slot in slots.indices where slotIndex[slot] != .min { body(slots[slot]) }
    }

    @inline(__always)
    private func slot(holding number: Int64) -> Int? {
        guard number <= head, number > head - Int64(capacity) else { return nil }
        let slot = Int(((number % Int64(capacity)) + Int64(capacity)) % Int64(capacity))
        return slotIndex[slot] == number ? slot : nil
    }
}

extension TimeRing where Bucket: ReusableBucket {
    /// Updates the bucket holding `nanos`, emptying a reused slot in place; false when that bucket
    /// has left the ring.
    @discardableResult
    package mutating func update(at nanos: Int64, _ body: (inout Bucket) -> Void) -> Bool {
        update(at: nanos, evicting: { _ in }, body)
    }

    /// ``update(at:_:)`` handing a reused slot's older bucket to `evict` before emptying it.
    @discardableResult
    package mutating func update(
        at nanos: Int64, evicting evict: (Bucket) -> Void, _ body: (inout Bucket) -> Void
    ) -> Bool {
        guard let (slot, stale) = claimSlot(at: nanos) else { return false }
        if stale {
            evict(slots[slot])
            slots[slot].reset()
        }
        body(&slots[slot])
        return true
    }
}
