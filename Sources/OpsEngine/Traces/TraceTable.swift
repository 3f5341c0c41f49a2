import CPrefetch
import OpsModel

/// Trace records in the order their traces were first seen, found by id.
///
/// The records sit in a ring: a new trace takes the slot after the newest, and the oldest, the only
/// one ever removed, leaves from the other end. So a new trace's record is next to the last one's,
/// the records to be evicted next are known (their storage can be asked for ahead), and the index
/// that finds a record by id (open addressing, 8 bytes a bucket) is small enough to stay in the
/// cache. A `Dictionary` of records scattered them over a table of megabytes, where a new trace's
/// insert and the oldest's removal each missed the cache.
struct TraceTable: Sendable {
    /// The ring of records; slots outside the live range hold a vacant record (no storage).
    private var records: [TraceRecord]
    /// The oldest live record's sequence number, and the next new one's: a record's slot is its
    /// sequence number modulo the ring's size (a power of two).
    private var oldest = 0
    private var next = 0
    /// Buckets: 0 when empty, else the id's tag in the high 32 bits and its record's slot + 1 in
    /// the low 32. The tag is the low 32 bits of the id's hash, so it gives the bucket the id
    /// belongs in (the index has at most 2³¹ buckets) without reading the record.
    private var index: [UInt64]
    /// Keys the hash, so ids chosen to collide cannot be made without it.
    private let seed: Int

    init(slots: Int = Self.initialSlots) {
        let size = Self.powerOfTwo(atLeast: slots)
        records = Self.vacantRing(size)
        index = Array(repeating: 0, count: 2 * size)
        seed = Int.random(in: .min ... .max)
    }

    static let initialSlots = 1_024
    /// The most slots a ring can have: a slot + 1 must fit in 32 bits, and the index is twice as large.
    static let maxSlots = 1 << 30

    var count: Int { next &- oldest }

    /// The slot of the record of trace `id`, if it has one.
    func slot(of id: TraceID) -> Int? {
        let tag = tag(of: id)
        let mask = index.count &- 1
        var bucket = Int(tag) & mask
        while true {
            let entry = index[bucket]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == tag {
                let slot = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1
                if records[slot].traceID == id { return slot }
            }
            bucket = (bucket &+ 1) & mask
        }
    }

    /// The record in `slot` (of a live record).
    subscript(slot: Int) -> TraceRecord { records[slot] }

    /// Applies `body` to the record in `slot`, in place.
    mutating func modify<Result>(_ slot: Int, _ body: (inout TraceRecord) -> Result) -> Result {
        body(&records[slot])
    }

    /// ``modify(_:_:)`` with `input` passed through, not captured: a closure that captures a span
    /// copies it (retaining each of its strings).
    mutating func modify<Input, Result>(
        _ slot: Int, _ input: borrowing Input, _ body: (inout TraceRecord, borrowing Input) -> Result
    ) -> Result {
        body(&records[slot], input)
    }

    /// Adds an empty record for trace `id`, which the table does not hold, as the newest; returns
    /// its slot. The record is `spare` (emptied) when there is one, taking its storage. The ring
    /// doubles when full, so the caller bounds the count.
    mutating func append(_ id: TraceID, keepsSpans: Bool, reusing spare: inout TraceRecord?) -> Int {
        if count == records.count { grow() }
        let slot = next & (records.count &- 1)
        insert(tag: tag(of: id), slot: slot)
        if spare != nil {
            // Swapped in place: taking the spare out of its optional and storing it copied it.
            swap(&records[slot], &spare!)
            spare = nil
            records[slot].traceID = id
        } else {
            records[slot] = TraceRecord(traceID: id, keepsSpans: keepsSpans)
        }
        next &+= 1
        return slot
    }

    /// Takes the oldest record out of the table.
    mutating func removeOldest() -> TraceRecord? {
        guard count > 0 else { return nil }
        let slot = oldest & (records.count &- 1)
        let mask = index.count &- 1
        var bucket = Int(tag(of: records[slot].traceID)) & mask
        let wanted = UInt64(slot &+ 1)
        while index[bucket] & 0xFFFF_FFFF != wanted { bucket = (bucket &+ 1) & mask }
        removeBucket(bucket)
        oldest &+= 1
        // Moved out through a pointer, a vacant record moved in: no copy of the record.
        return records.withUnsafeMutableBufferPointer { ring in
            let record = (ring.baseAddress! + slot).move()
            (ring.baseAddress! + slot).initialize(to: Self.vacant)
            return record
        }
    }

    /// Asks the CPU for what removing the record `ahead` places after the oldest will touch: its
    /// bucket in the index and its storage (``TraceRecord/prefetchStorage(of:)``), last used thousands
    /// of traces ago.
    func prefetchOldest(ahead: Int) {
        guard ahead < count else { return }
        // The element is read in place through a pointer (the array's subscript, or a binding, copied it).
        let bucket = records.withUnsafeBufferPointer { ring in
            let record = ring.baseAddress! + ((oldest &+ ahead) & (ring.count &- 1))
            TraceRecord.prefetchStorage(of: record)
            return Int(tag(of: record.pointee.traceID)) & (index.count &- 1)
        }
        index.withUnsafeBufferPointer { opstop_prefetch($0.baseAddress! + bucket, 8) }
    }

    /// The trace ids, newest first.
    var newestFirst: NewestTraceIDs { NewestTraceIDs(records: records, newest: next &- 1, count: count) }

    /// What a slot outside the live range holds: empty arrays, no storage.
    private static var vacant: TraceRecord { TraceRecord(traceID: .synthetic(0), keepsSpans: false) }

    /// `size` vacant records, each made in place (`Array(repeating:count:)` copies one into each).
    private static func vacantRing(_ size: Int) -> [TraceRecord] {
        [TraceRecord](unsafeUninitializedCapacity: size) { ring, initialized in
            for slot in 0..<size { (ring.baseAddress! + slot).initialize(to: vacant) }
            initialized = size
        }
    }

    private func tag(of id: TraceID) -> UInt32 {
        UInt32(truncatingIfNeeded: id._rawHashValue(seed: seed))
    }

    /// Puts `slot` in the first empty bucket from the tag's own.
    private mutating func insert(tag: UInt32, slot: Int) {
        let mask = index.count &- 1
        var bucket = Int(tag) & mask
        while index[bucket] != 0 { bucket = (bucket &+ 1) & mask }
        index[bucket] = UInt64(tag) << 32 | UInt64(slot &+ 1)
    }

    /// Empties `bucket`, moving back each entry after it that may sit there (linear probing's
    /// deletion without tombstones: every entry stays reachable from its own bucket).
    private mutating func removeBucket(_ bucket: Int) {
        index.withUnsafeMutableBufferPointer { buckets in
            let mask = buckets.count &- 1
            var hole = bucket
            var probe = (hole &+ 1) & mask
            while buckets[probe] != 0 {
                let home = Int(truncatingIfNeeded: buckets[probe] >> 32) & mask
                // The entry may fill the hole when the hole lies between its own bucket and where it is.
                if (probe &- home) & mask >= (probe &- hole) & mask {
                    buckets[hole] = buckets[probe]
                    hole = probe
                }
                probe = (probe &+ 1) & mask
            }
            buckets[hole] = 0
        }
    }

    /// Doubles the ring and its index: the live records move to their slots in the larger ring.
    private mutating func grow() {
        let size = records.count * 2
        precondition(size <= Self.maxSlots, "trace table beyond \(Self.maxSlots) slots")
        var larger = Self.vacantRing(size)
        let oldMask = records.count &- 1
        let newMask = size &- 1
        // Swapped through pointers: the array's own swap copied each record and destroyed the original.
        larger.withUnsafeMutableBufferPointer { to in
            records.withUnsafeMutableBufferPointer { from in
                for sequence in oldest..<next {
                    swap(&to[sequence & newMask], &from[sequence & oldMask])
                }
            }
        }
        records = larger
        index = Array(repeating: 0, count: 2 * size)
        for sequence in oldest..<next {
            let slot = sequence & newMask
            insert(tag: tag(of: records[slot].traceID), slot: slot)
        }
    }

    private static func powerOfTwo(atLeast value: Int) -> Int {
        var size = 1
        while size < Swift.min(Swift.max(value, 1), maxSlots) { size <<= 1 }
        return size
    }
}
