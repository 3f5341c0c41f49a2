import Foundation
import OpsDemo
@testable import OpsEngine
import OpsFormats
@testable import OpsModel
import OpsReport
import OpsSources
import Testing

/// `snapshot` hands the trace store's evicted spans to the decoding workers (`read`'s `letGo`),
/// which free them or build new spans in their boxes: the store ends as it does when they are
/// freed where they are evicted, for any number of workers and any block size.
struct EvictedSpansHandBackTests {
    /// The report and every kept span's fields, of a store keeping spans of at most 40 traces.
    static func read(_ path: String, _ reader: ParallelLogReader, handingBack: Bool) -> (text: String, letGo: Int) {
        var engine = EngineConfiguration()
        engine.maxTraces = 40
        var store = MetricsStore(configuration: engine)
        if handingBack { store.holdEvictedSpans() }
        var stats = IngestStats()
        var letGo = 0
        let failure = reader.read(
            [path], events: { store.ingest($0) }, finished: { _, read in stats.merge(read) },
            letGo: {
                guard handingBack else { return [] }
                let evicted = store.takeEvictedSpans()
                letGo += evicted.count
                return evicted
            })
        #expect(failure == nil)
        store.evaluateAlertsNow()
        var text = Report(sources: [path], stats: stats, store: store).json
        for id in store.traces.newestFirst {
            for entry in store.traces[id]?.entries ?? [] { text += "\n\(entry.span.box.fields) \(entry.costUSD)" }
        }
        return (text, letGo)
    }

    @Test func theStoreIsTheSameWhenItsEvictedSpansGoToTheWorkers() throws {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("demo.jsonl")
        var generator = DemoGenerator(seed: 11, start: 1_795_428_000_000_000_000, minutes: 2, queriesPerSecond: 10)
        var log: [UInt8] = []
        _ = generator.writeAll(into: &log)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(log)))
        let options = UsageLogDecoder.Options(keepContent: true)
        let reference = Self.read(path, ParallelLogReader(workers: 0, options: options), handingBack: false)
        #expect(reference.text.contains("SpanContent(input: Optional("))
        for workers in [0, 1, 2, 3] {
            for blockSize in [97, 4096, 1 << 20] {
                let read = Self.read(
                    path, ParallelLogReader(workers: workers, options: options, blockSize: blockSize), handingBack: true)
                #expect(read.text == reference.text, "\(workers) workers, blocks of \(blockSize) bytes")
                #expect(read.letGo > 1_000, "\(workers) workers, blocks of \(blockSize) bytes")
            }
        }
    }
}
