import OpsModel

/// The one-second ring, fed through delay lines: a span's figures (an evaluation's score) wait among
/// the newest ``DelayLine/capacity`` spans (scores) and reach their bucket only if that bucket is still
/// in the ring when they leave the line or when the ring is read.
///
/// The ring keeps the last minute; at tens of spans a second a log's other second buckets were filled
/// only to be overwritten unread. Figures applied late land as they would have at once: the ring's
/// head moves when they come (so the same buckets are refused), they reach each bucket in their order
/// (a take-back, which changes the same sums, waits for them), and a bucket that has left the ring can
/// no longer be read.
struct SecondRing: Sendable {
    private(set) var ring: TimeRing<MetricsBucket>
    private var spans: DelayLine<SpanFigures>
    /// Evaluation scores wait in a line of their own: they touch no figure a span adds to, so only
    /// their order among themselves counts.
    private var scores: DelayLine<ScoreChange>

    init(delay: Int = 4_096) {
        ring = TimeRing(widthNanos: MetricsStore.nanosPerSecond, capacity: 60, empty: MetricsBucket())
        spans = DelayLine(capacity: delay)
        scores = DelayLine(capacity: delay)
    }

    var widthNanos: Int64 { ring.widthNanos }
    /// Changes waiting in the lines.
    var pendingCount: Int { spans.count + scores.count }

    func bucketNumber(of nanos: Int64) -> Int64 { ring.bucketNumber(of: nanos) }

    @inline(__always)
    mutating func advance(to nanos: Int64) { ring.advance(to: nanos) }

    /// Queues a span's figures for the bucket holding `nanos`; the oldest waiting leave the line for
    /// their bucket when the line is full.
    mutating func update(at nanos: Int64, _ figures: SpanFigures) {
        // The head moves now, as applying the figures now would move it.
        ring.advance(to: nanos)
        if spans.isFull { spans.apply(at: spans.start, to: &ring) }
        spans.push(figures, at: nanos)
    }

    /// Queues an evaluation's score for the bucket holding `nanos`, as ``update(at:_:)`` queues a span's.
    mutating func score(at nanos: Int64, _ change: ScoreChange) {
        ring.advance(to: nanos)
        if scores.isFull { scores.apply(at: scores.start, to: &ring) }
        scores.push(change, at: nanos)
    }

    /// Applies `body` to the bucket holding `nanos` after every span waiting (a take-back: it changes
    /// the sums spans add to, whose order counts).
    mutating func updateAfterWaiting(at nanos: Int64, _ body: (inout MetricsBucket) -> Void) {
        settle()
        ring.update(at: nanos, body)
    }

    /// Applies every change waiting, oldest first.
    mutating func settle() {
        spans.applyAll(to: &ring)
        spans.removeAll()
        scores.applyAll(to: &ring)
        scores.removeAll()
    }

    /// Settles the ring and lends the buckets numbered `last - count + 1 ... last` in place, oldest first.
    mutating func forEachInPlace(count: Int, endingAt last: Int64, _ body: (inout MetricsBucket) -> Void) {
        settle()
        ring.forEachInPlace(count: count, endingAt: last, body)
    }

    /// The ring as it would be with every change waiting applied (for a reader that cannot settle it).
    var settled: TimeRing<MetricsBucket> {
        guard pendingCount > 0 else { return ring }
        var copy = ring
        spans.applyAll(to: &copy)
        scores.applyAll(to: &copy)
        return copy
    }
}

/// A change to a bucket that can wait in a ``DelayLine``.
protocol BucketChange: Sendable {
    func add(to bucket: inout MetricsBucket)
}

extension SpanFigures: BucketChange {}

/// An evaluation's score, for the bucket of its time.
struct ScoreChange: BucketChange {
    var metric: SeriesRegistry.ID
    var threshold: Double?
    var evaluation: Evaluation

    func add(to bucket: inout MetricsBucket) {
        bucket.signals.use()
        bucket.signals.quality[metric].add(evaluation, threshold: threshold)
    }
}

/// The newest changes and their times in a circle, oldest at `start`.
struct DelayLine<Change: BucketChange>: Sendable {
    private struct Waiting: Sendable {
        var nanos: Int64
        var change: Change
    }

    private var waiting: [Waiting] = []
    private(set) var start = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(1, capacity)
    }

    var count: Int { waiting.count }
    var isFull: Bool { waiting.count == capacity }

    /// Adds a change, in place of the oldest when full (apply that one first).
    @inline(__always)
    mutating func push(_ change: Change, at nanos: Int64) {
        guard isFull else {
            if waiting.capacity == 0 { waiting.reserveCapacity(capacity) }
            waiting.append(Waiting(nanos: nanos, change: change))
            return
        }
        waiting[start] = Waiting(nanos: nanos, change: change)
        start = start + 1 == capacity ? 0 : start + 1
    }

    mutating func removeAll() {
        guard !waiting.isEmpty else { return }
        waiting.removeAll(keepingCapacity: true)
        start = 0
    }

    func applyAll(to ring: inout TimeRing<MetricsBucket>) {
        for index in start..<waiting.count { apply(at: index, to: &ring) }
        for index in 0..<start { apply(at: index, to: &ring) }
    }

    /// Applies the change at `index` to its bucket when the ring still holds that bucket.
    @inline(__always)
    func apply(at index: Int, to ring: inout TimeRing<MetricsBucket>) {
        let nanos = waiting[index].nanos
        // Most changes leaving a long line are for buckets already gone: no division to find that out.
        guard !ring.precedes(nanos) else { return }
        ring.update(at: nanos) { waiting[index].change.add(to: &$0) }
    }
}

/// A roll-up's cost and tokens taken back out of a bucket they were added to.
struct TakenBack: Sendable {
    var costUSD: Double
    var usage: TokenUsage
    var model: SeriesRegistry.ID?

    func add(to bucket: inout MetricsBucket) {
        bucket.costUSD += costUSD
        bucket.tokens += usage
        if let model, costUSD != 0 { bucket.costByModel[model] += costUSD }
    }

    /// Only the floating-point sums of ``add(to:)`` (see ``SpanFigures/add(to:sumsTo:)``).
    func addSums(to bucket: inout MetricsBucket) {
        bucket.costUSD += costUSD
        if let model, costUSD != 0 { bucket.costByModel[model] += costUSD }
    }
}
