import OpsModel

/// A trace store's trace ids, newest first: a view of its ring of records (no copy of the ids).
package struct NewestTraceIDs: RandomAccessCollection, Sendable {
    private let records: [TraceRecord]
    /// The newest record's sequence number: its slot is that modulo the ring's size (a power of two).
    private let newest: Int
    package let count: Int

    init(records: [TraceRecord], newest: Int, count: Int) {
        self.records = records
        self.newest = newest
        self.count = count
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { count }

    package subscript(position: Int) -> TraceID {
        precondition(position >= 0 && position < count, "trace position out of range")
        return records[(newest &- position) & (records.count &- 1)].traceID
    }
}
