import OpsModel

extension MetricsStore {
    /// The spans of the traces the trace store evicted since the last call, which the store holds no
    /// more (``TraceStore/takeEvictedSpans()``): for the reader feeding the store to free off its thread.
    package mutating func takeEvictedSpans() -> [Event] { traces.takeEvictedSpans() }
}
