import OpsModel
import OpsTestSupport
import Testing

@testable import OpsSources

/// The play ahead's order, held to a plain model: a held event is let go once it precedes the
/// earliest event of the block taken last, every let-go event in replay's order, and a block with an
/// event before one let go ends it.
@Suite("Replay's play order")
struct ReplayPlayOrderTests {
    /// A block of lines `first..<first + count` whose events end at `times` (in file order).
    static func block(_ times: [Int64], firstLine: Int) -> ([ReplayIndex.Entry], [Event]) {
        let entries = times.enumerated().map { line, time in
            ReplayIndex.Entry(
                timeNanos: time, offset: Int64(firstLine + line) * 100, length: 99, lineNumber: UInt32(firstLine + line + 1))
        }
        let events = entries.map { entry in
            Event.span(Span(
                traceID: .synthetic(UInt64(entry.lineNumber)), spanID: .synthetic(UInt64(entry.lineNumber)), name: "s",
                startNanos: entry.timeNanos - 5, endNanos: entry.timeNanos))
        }
        return (entries, events)
    }

    /// What `take` must give: the held events that precede the block's earliest, in order; nil when
    /// the block's earliest precedes one let go.
    struct Model {
        var held: [ReplayIndex.Entry] = []
        var lastLetGo: ReplayIndex.Entry?

        mutating func take(_ entries: [ReplayIndex.Entry]) -> [ReplayIndex.Entry]? {
            guard let earliest = entries.min(by: ReplayIndex.Entry.precedes) else { return [] }
            if let lastLetGo, ReplayIndex.Entry.precedes(earliest, lastLetGo) { return nil }
            let all = (held + entries).sorted(by: ReplayIndex.Entry.precedes)
            let letGo = all.filter { ReplayIndex.Entry.precedes($0, earliest) && held.contains($0) }
            held = all.filter { !letGo.contains($0) }
            lastLetGo = letGo.last ?? lastLetGo
            return letGo
        }
    }

    /// The entry an event was made for (its line number is its trace id's).
    static func lineNumber(_ event: Event) -> UInt32? {
        guard case let .span(span) = event, case let .synthetic(number) = span.traceID else { return nil }
        return UInt32(number)
    }

    /// Logs of `blocks` blocks whose lines are `disorder` apart at most (times from a line's own place
    /// moved by up to that many lines' worth), so some blocks overlap their neighbours.
    @Test(arguments: [0, 1, 3, 40, 400])
    func theEventsLetGoAreTheModelsInOrder(disorder: Int) {
        var generator = TestRandom(seed: UInt64(7 + disorder))
        for round in 0..<30 {
            var order = ReplayPlayOrder()
            var model = Model()
            var line = 0
            var letGoLines: [UInt32] = []
            var allEntries: [ReplayIndex.Entry] = []
            var ended = false
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let count = Int.random(in: 0...60, using: &generator)
                // Several lines may share a time (ties go by offset).
                let times = (0..<count).map { Int64((line + $0 + Int.random(in: 0...disorder, using: &generator)) / 2) }
                let (entries, events) = Self.block(times, firstLine: line)
                line += count
                allEntries += entries
                let expected = model.take(entries)
                let letGo = order.take(entries, events: events)
                #expect(letGo?.map { Self.lineNumber($0) } == expected?.map(\.lineNumber), "disorder \(disorder), round \(round)")
                guard let letGo else {
                    ended = true
                    break
                }
                letGoLines += letGo.compactMap(Self.lineNumber)
            }
            guard !ended else { continue }
            letGoLines += order.finish().compactMap(Self.lineNumber)
            // Every event once, in replay's order.
            #expect(letGoLines == allEntries.sorted(by: ReplayIndex.Entry.precedes).map(\.lineNumber), "disorder \(disorder), round \(round)")
        }
    }
}
