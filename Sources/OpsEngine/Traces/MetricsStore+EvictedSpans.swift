import OpsModel

extension MetricsStore {
    /// From now on, the trace store keeps the spans it evicts for ``takeEvictedSpans()``, up to
    /// `limit` (``TraceStore/holdEvictedSpans(upTo:)``): for a reader that takes them after each block.
    package mutating func holdEvictedSpans(upTo limit: Int = TraceStore.defaultMaxEvictedSpans) {
        traces.holdEvictedSpans(upTo: limit)
    }

    /// The spans of the traces the trace store evicted since the last call, which the store holds no
    /// more (``TraceStore/takeEvictedSpans()``): for the reader feeding the store to free off its thread.
    package mutating func takeEvictedSpans() -> [Event] { traces.takeEvictedSpans() }
}
