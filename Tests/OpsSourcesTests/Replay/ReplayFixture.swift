import Foundation
import OpsModel
import OpsFormats
import OpsEngine
import OpsDemo
import OpsSources
import Testing

/// A generated demo log in a temporary file, with naive reference stores to compare replay against.
struct ReplayFixture {
    static let start: Int64 = 1_795_433_580_000_000_000

    let directory = TestDirectory()
    let path: String
    let bytes: [UInt8]

    /// A demo run of `minutes` minutes; `reshape` may reorder or edit its lines before writing.
    init(seed: UInt64 = 1, minutes: Int = 12, reshape: ([[UInt8]]) -> [[UInt8]] = { $0 }) {
        var generator = DemoGenerator(seed: seed, start: Self.start, minutes: minutes)
        var generated: [UInt8] = []
        generator.writeAll(into: &generated)
        let lines = generated.split(separator: UInt8(ascii: "\n")).map(Array.init)
        self.init(bytes: reshape(lines).flatMap { $0 + [UInt8(ascii: "\n")] })
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        path = directory.file("usage.jsonl")
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        var ingestor = LogIngestor(options: UsageLogDecoder.Options(keepContent: false))
        var events: [Event] = []
        bytes.withUnsafeBytes { ingestor.feed($0) { events.append($0) } }
        ingestor.finish { events.append($0) }
        decoded = (events, ingestor.stats)
    }

    func remove() { directory.remove() }

    /// Every event of the file in file order, decoded as `report` decodes it.
    private let decoded: (events: [Event], stats: IngestStats)

    func decodedEvents() -> (events: [Event], stats: IngestStats) { decoded }

    /// The whole file ingested in file order, as `report` does.
    func reportStore() -> MetricsStore {
        var store = MetricsStore()
        store.ingest(decodedEvents().events)
        return store
    }

    /// Only the events at or before `nanos`, ingested by time (file order within a time), then the
    /// clock moved to `nanos`. By time, because breakers and alerts depend on the order of events.
    func referenceStore(through nanos: Int64) -> MetricsStore {
        var store = MetricsStore()
        let due = decodedEvents().events.enumerated().filter { $0.element.timeNanos <= nanos }
        store.ingest(due.sorted { ($0.element.timeNanos, $0.offset) < ($1.element.timeNanos, $1.offset) }.map(\.element))
        store.advance(to: nanos)
        return store
    }
}

/// The figures a screen shows, as compared between replay and a reference.
struct Figures: CustomStringConvertible {
    var asOf: Int64
    var spans: Int
    var traces: Int
    var windowSpans: Int
    var failedSpans: Int
    var costTotal: Double
    var costWindow: Double
    var tokensInput: Int64
    var p95: [Component: Double]
    var counts: [Component: UInt64]
    var breakers: [String]
    var budgets: [String]

    init(_ store: MetricsStore, window: TimeWindow = .all) {
        let snapshot = store.snapshot(window: window)
        asOf = snapshot.asOfNanos
        spans = snapshot.spans
        traces = snapshot.traces
        windowSpans = snapshot.errors.spans
        failedSpans = snapshot.errors.failedSpans
        costTotal = snapshot.cost.totalUSD
        costWindow = snapshot.cost.windowUSD
        tokensInput = snapshot.tokens.input
        p95 = snapshot.latency.byComponent.mapValues(\.p95Ms)
        counts = snapshot.latency.byComponent.mapValues(\.count)
        breakers = snapshot.breakers.map { "\($0.target)=\($0.state) opened \($0.openedCount)" }.sorted()
        budgets = snapshot.cost.budgets.map { "\($0.name) \($0.spentUSD ?? -1)" }
    }

    var description: String {
        "asOf \(asOf) spans \(spans) traces \(traces) window \(windowSpans) failed \(failedSpans) "
            + "cost \(costTotal)/\(costWindow) tokens \(tokensInput) p95 \(p95.sorted { $0.key.rawValue < $1.key.rawValue }) "
            + "counts \(counts.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value)) breakers \(breakers) budgets \(budgets)"
    }

    /// Equal, with sums of money allowed to differ by rounding from a different order of addition.
    func matches(_ other: Figures) -> Bool {
        asOf == other.asOf && spans == other.spans && traces == other.traces && windowSpans == other.windowSpans
            && failedSpans == other.failedSpans && tokensInput == other.tokensInput && p95 == other.p95
            && counts == other.counts && breakers == other.breakers && budgets == other.budgets
            && Self.close(costTotal, other.costTotal) && Self.close(costWindow, other.costWindow)
    }

    private static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * Swift.max(1, abs(a), abs(b))
    }
}

/// Expects replay and reference to show the same figures over every window.
func expectSameFigures(
    _ replayed: MetricsStore, _ reference: MetricsStore, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    for window in TimeWindow.allCases {
        let actual = Figures(replayed, window: window)
        let expected = Figures(reference, window: window)
        #expect(actual.matches(expected), "\(what), \(window): \(actual) vs expected \(expected)", sourceLocation: sourceLocation)
    }
}
