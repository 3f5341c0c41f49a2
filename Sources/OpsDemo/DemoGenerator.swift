/// Generates realistic native-format JSONL traffic of a customer-support agent, with a
/// scheduled incident, deterministically from a seed.
///
/// Each query is a root `invoke_agent support_bot` span whose children are LLM calls and tool
/// calls: `chat` → `execute_tool` → `chat`, sometimes with no tool or with two. Queries arrive
/// as a Poisson process. Lines are written when spans end, so they are ordered by end time and
/// a query's children come before its root. The incident is described in `DemoTimeline`.
///
/// Pure: no clock, no I/O, no global random source. Write into a reused byte buffer for speed;
/// `lines(upTo:)` is the convenient form for a live screen fed in real time.
package struct DemoGenerator: Sendable {
    package static let defaultQueriesPerSecond = 4.0
    /// The runaway user's loop rate during the incident.
    static let runawayQueriesPerSecond = 0.8
    /// The daily budget of a ten-minute run at the default rate; scaled with the rate and run length.
    static let budgetLimitUSD = 100.0
    /// Longer runs are cut to this (about two years), which keeps every time far from overflow.
    static let maxMinutes = 1_000_000

    package let start: Int64
    /// Start plus `minutes`: queries arrive before it (except when writing by span count).
    package let end: Int64
    package let queriesPerSecond: Double
    package let timeline: DemoTimeline

    /// The form of the lines written.
    package var form = DemoLogForm.native
    /// Whether chat spans carry their prompts and completions (`gen_ai.input.messages`, `input`, …).
    package var writesText = true
    /// Whether queries also write a semantic-cache lookup, a guardrail check and evaluation scores, with
    /// a jailbreak wave and a deploy that breaks the cache and faithfulness (`opstop demo` turns it on).
    /// Drawn from their own random stream, so the rest of the traffic is the same either way.
    package var writesSignals = false

    package private(set) var spansWritten = 0
    package private(set) var linesWritten = 0
    /// Every line with a time up to this one has been written.
    package private(set) var writtenThrough: Int64

    var random: DemoRandom
    var signalRandom: DemoRandom
    var nextArrival: Int64
    var nextRunawayArrival: Int64
    var pending = DemoRecordHeap()
    var sequence: UInt64 = 0
    var budget: DemoBudget

    package init(seed: UInt64, start: Int64, minutes: Int, queriesPerSecond: Double = DemoGenerator.defaultQueriesPerSecond) {
        let rate = queriesPerSecond.isFinite && queriesPerSecond > 0
            ? Swift.min(Swift.max(queriesPerSecond, 0.001), 1_000_000) : Self.defaultQueriesPerSecond
        let minutes = Swift.min(Swift.max(1, minutes), Self.maxMinutes)
        // Unix nanoseconds are positive; the clamp keeps every derived time far from overflow.
        let start = Swift.min(Swift.max(0, start), Int64.max / 2)
        self.start = start
        self.end = start + Int64(minutes) * 60_000_000_000
        self.queriesPerSecond = rate
        self.timeline = DemoTimeline(start: start, minutes: minutes)
        self.writtenThrough = start - 1
        self.random = DemoRandom(seed: seed)
        self.signalRandom = DemoRandom(seed: seed ^ 0x5349_474E_414C_5321)
        self.budget = DemoBudget(
            limitUSD: Self.budgetLimitUSD * timeline.scale * Swift.max(1, rate / Self.defaultQueriesPerSecond))
        self.nextArrival = start
        self.nextRunawayArrival = timeline.runawayStart
        nextArrival = start + gap(perSecond: rate)
        for change in timeline.breakerChanges {
            enqueue(DemoRecord(time: change.timeNanos, sequence: 0, body: .breaker(change)))
        }
    }

    /// True once every query of the run has arrived and every line has been written.
    package var isFinished: Bool { nextArrival >= end && pending.isEmpty }

    /// Appends every line with a time up to `time`, in time order; returns how many lines.
    @discardableResult
    package mutating func write(upTo time: Int64, into buffer: inout [UInt8]) -> Int {
        scheduleArrivals(through: time, before: end)
        var writer = DemoLineWriter(withText: writesText)
        swap(&writer.bytes, &buffer)
        defer { swap(&writer.bytes, &buffer) }
        let before = linesWritten
        while let first = pending.first, first.time <= time {
            writeNext(into: &writer)
        }
        writtenThrough = Swift.max(writtenThrough, time)
        return linesWritten - before
    }

    /// Appends every remaining line of the run, finishing every query that arrived before `end`.
    @discardableResult
    package mutating func writeAll(into buffer: inout [UInt8]) -> Int {
        write(upTo: Int64.max, into: &buffer)
    }

    /// Appends lines until `spans` more span lines were written (breaker and budget lines come
    /// on top); traffic continues past `end` with no further incident. Returns how many lines.
    ///
    /// The last queries may be cut off: some of their children are written, their roots are not.
    @discardableResult
    package mutating func write(spans: Int, into buffer: inout [UInt8]) -> Int {
        let target = spansWritten + Swift.max(0, spans)
        var writer = DemoLineWriter(withText: writesText)
        swap(&writer.bytes, &buffer)
        defer { swap(&writer.bytes, &buffer) }
        let before = linesWritten
        var horizon = Swift.max(writtenThrough, start)
        while spansWritten < target, horizon < Int64.max - 1_000_000_000 {
            horizon += 1_000_000_000
            scheduleArrivals(through: horizon, before: Int64.max)
            while spansWritten < target, let first = pending.first, first.time <= horizon {
                writeNext(into: &writer)
            }
        }
        if let first = pending.first {
            writtenThrough = Swift.max(writtenThrough, first.time - 1)
        }
        return linesWritten - before
    }

    /// The lines with a time up to `time`, without their newlines.
    package mutating func lines(upTo time: Int64) -> [String] {
        var buffer: [UInt8] = []
        write(upTo: time, into: &buffer)
        return buffer.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }

    private mutating func writeNext(into writer: inout DemoLineWriter) {
        guard let record = pending.popFirst() else { return }
        linesWritten += 1
        switch record.body {
        case let .breaker(change):
            switch form {
            case .native: writer.breaker(change)
            case .short: writer.shortBreaker(change)
            }
        case let .evaluation(evaluation):
            switch form {
            case .native: writer.evaluation(evaluation)
            case .short: writer.shortEvaluation(evaluation)
            }
        case let .span(span):
            switch form {
            case .native: writer.span(span)
            case .short: writer.shortSpan(span)
            }
            spansWritten += 1
            if let threshold = budget.record(span) {
                writer.budget(time: span.end, limit: budget.limitUSD, spent: budget.spentUSD, threshold: threshold)
                linesWritten += 1
            }
        }
    }

    mutating func enqueue(_ record: DemoRecord) {
        var record = record
        sequence += 1
        record.sequence = sequence
        pending.insert(record)
    }

    /// Plans every query arriving up to `time` (and before `limit`): all their lines end later.
    private mutating func scheduleArrivals(through time: Int64, before limit: Int64) {
        let bound = Swift.min(time, limit - 1)
        while true {
            let runaway = nextRunawayArrival < timeline.runawayEnd ? nextRunawayArrival : Int64.max
            let arrival = Swift.min(nextArrival, runaway)
            guard arrival <= bound else { return }
            if arrival == runaway {
                planRunawayQuery(at: arrival)
                nextRunawayArrival += gap(perSecond: Self.runawayQueriesPerSecond)
            } else {
                planQuery(at: arrival)
                nextArrival += gap(perSecond: queriesPerSecond)
            }
        }
    }

    /// A Poisson inter-arrival gap in nanoseconds, at least 1.
    private mutating func gap(perSecond rate: Double) -> Int64 {
        Swift.max(1, Int64(random.exponential(mean: 1e9 / rate)))
    }
}
