/// Values per series number, in a dense array that grows to the highest number used.
///
/// The engine's per-model, per-tool and per-error-type figures: indexing an array is several
/// times cheaper than hashing into a dictionary, and there are at most a few hundred series.
package struct SeriesArray<Value: Sendable>: Sendable {
    package private(set) var values: [Value] = []
    private let empty: Value

    package init(empty: Value) {
        self.empty = empty
    }

    package subscript(id: SeriesRegistry.ID) -> Value {
        get { Int(id) < values.count ? values[Int(id)] : empty }
        _modify {
            let index = Int(id)
            if index >= values.count { values.append(contentsOf: repeatElement(empty, count: index - values.count + 1)) }
            yield &values[index]
        }
    }

    /// The series that have a value, with it.
    package func enumerated(where isSet: (Value) -> Bool) -> [(id: SeriesRegistry.ID, value: Value)] {
        values.indices.compactMap { index in isSet(values[index]) ? (SeriesRegistry.ID(index), values[index]) : nil }
    }

    /// Sets every value to the empty one, keeping the storage.
    package mutating func resetToEmpty() {
        let empty = empty
        values.withUnsafeMutableBufferPointer { $0.update(repeating: empty) }
    }

    /// Applies `body` to every value in place (to empty them while keeping their storage).
    package mutating func resetEach(_ body: (inout Value) -> Void) {
        for index in values.indices { body(&values[index]) }
    }

    package mutating func merge(_ other: SeriesArray<Value>, _ combine: (inout Value, Value) -> Void) {
        if values.count < other.values.count {
            values.append(contentsOf: repeatElement(empty, count: other.values.count - values.count))
        }
        for index in other.values.indices { combine(&values[index], other.values[index]) }
    }
}
