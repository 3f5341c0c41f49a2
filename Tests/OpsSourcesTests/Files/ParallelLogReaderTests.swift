import Foundation
import OpsDemo
import OpsEngine
import OpsFormats
import OpsModel
import OpsReport
import OpsSources
import Synchronization
import Testing

/// The demo's incident (a rate-limit storm, a tool's breaker opening, a runaway user) at 20 queries
/// a second for two minutes, with lines every reader must handle in order spliced in: id-less
/// short-form spans (their synthetic ids come from their line numbers), malformed and blank lines,
/// a LangSmith run whose patch comes later, an OTLP metrics line, and a last line without a newline.
private func incidentLog() -> [UInt8] {
    var generator = DemoGenerator(seed: 7, start: 1_795_428_000_000_000_000, minutes: 2, queriesPerSecond: 20)
    var bytes: [UInt8] = []
    generator.writeAll(into: &bytes)
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    var mixed: [UInt8] = []
    for (index, line) in lines.enumerated() {
        mixed += line
        mixed.append(UInt8(ascii: "\n"))
        switch index % 97 {
        case 5: mixed += Array("{\"broken\":\n".utf8)
        case 11: mixed += Array("\n".utf8)
        case 23:
            mixed += Array(
                #"{"ts":"2026-11-23T10:00:00Z","duration_ms":800,"component":"llm","model":"gpt-4o-mini","input_tokens":12}"#
                    .utf8) + [UInt8(ascii: "\n")]
        case 31: mixed += Array(#"{"post":[{"id":"r\#(index)","name":"agent","run_type":"chain","start_time":"2026-11-23T10:00:00Z"}]}"#.utf8) + [UInt8(ascii: "\n")]
        case 60: mixed += Array(#"{"patch":[{"id":"r\#(index - 29)","end_time":"2026-11-23T10:00:04Z"}]}"#.utf8) + [UInt8(ascii: "\n")]
        case 70: mixed += Array(#"{"resourceMetrics":[]}"#.utf8) + [UInt8(ascii: "\n")]
        default: break
        }
    }
    mixed += Array(#"{"ts":"2026-11-23T10:00:09Z","duration_ms":3,"component":"tool","tool":"t","status":"error"}"#.utf8)
    return mixed
}

/// `report --json` of the log read by `reader`, with its per-file counts.
private func reportJSON(_ path: String, _ reader: ParallelLogReader) -> String {
    var engine = EngineConfiguration()
    engine.keepSpans = false
    var store = MetricsStore(configuration: engine)
    var stats = IngestStats()
    var metricLines = 0
    let failure = reader.read(
        [path, path], events: { store.ingest($0) }, metrics: { metricLines += $0.count },
        finished: { _, read in stats.merge(read) })
    #expect(failure == nil)
    store.evaluateAlertsNow()
    return Report(sources: [path], stats: stats, store: store).json + "\(metricLines)"
}

@Test func theReportIsTheSameWhateverTheNumberOfWorkersAndTheBlockSize() throws {
    let directory = TestDirectory()
    defer { directory.remove() }
    let path = directory.file("incident.jsonl")
    let log = incidentLog()
    #expect(FileManager.default.createFile(atPath: path, contents: Data(log)))
    let options = UsageLogDecoder.Options(keepContent: false, readsMetrics: true)
    // The reference: the caller's thread alone, one block for the whole log.
    let reference = reportJSON(path, ParallelLogReader(workers: 0, options: options))
    #expect(reference.contains("\"breakers\""))
    #expect(reference.contains("\"open\""))
    #expect(reference.contains("\"alerts\""))
    #expect(reference.contains("\"malformed\""))
    for workers in [0, 1, 2, 3, 8, 16] {
        for blockSize in [97, 4096, 1 << 20] {
            let json = reportJSON(path, ParallelLogReader(workers: workers, options: options, blockSize: blockSize))
            #expect(json == reference, "\(workers) workers, blocks of \(blockSize) bytes")
        }
    }
}

@Test func theReportMatchesTheLineByLineIngestor() throws {
    let directory = TestDirectory()
    defer { directory.remove() }
    let path = directory.file("incident.jsonl")
    #expect(FileManager.default.createFile(atPath: path, contents: Data(incidentLog())))
    let options = UsageLogDecoder.Options(keepContent: false, readsMetrics: true)
    var engine = EngineConfiguration()
    engine.keepSpans = false
    var store = MetricsStore(configuration: engine)
    var stats = IngestStats()
    var metricLines = 0
    for _ in 0..<2 {
        var ingestor = LogIngestor(options: options)
        try WholeFileReader(path: path, chunkSize: 4096).forEachChunk { chunk in
            ingestor.feed(chunk) { store.ingest($0) }
            metricLines += ingestor.takeMetrics().count
        }
        ingestor.finish { store.ingest($0) }
        metricLines += ingestor.takeMetrics().count
        stats.merge(ingestor.stats)
    }
    store.evaluateAlertsNow()
    let lineByLine = Report(sources: [path], stats: stats, store: store).json + "\(metricLines)"
    #expect(reportJSON(path, ParallelLogReader(workers: 3, options: options, blockSize: 1000)) == lineByLine)
}

@Test(arguments: [0, 1, 4])
func anUnreadableFileStopsTheReadWithItsMessage(workers: Int) {
    let directory = TestDirectory()
    defer { directory.remove() }
    let readable = directory.file("first.jsonl")
    #expect(FileManager.default.createFile(atPath: readable, contents: Data(incidentLog())))
    let reader = ParallelLogReader(workers: workers, options: UsageLogDecoder.Options(), blockSize: 64)
    var finished: [String] = []
    let failure = reader.read(
        [readable, "/nonexistent/opstop.jsonl", readable], events: { _ in },
        finished: { path, _ in finished.append(path) })
    #expect(failure?.contains("/nonexistent/opstop.jsonl") == true)
    #expect(finished == [readable])
}

/// While the engine stalls, the reader holds only the blocks in flight (and one chunk): it does
/// not read the rest of the input into memory. A FIFO shows how far the reader got: its writer
/// can write only what the reader took, plus the pipe's buffer.
@Test func theReaderWaitsForAStalledEngine() throws {
    let directory = TestDirectory()
    defer { directory.remove() }
    let path = directory.file("fifo")
    #expect(mkfifo(path, 0o600) == 0)
    let line = Array(#"{"ts":"2026-11-23T10:00:00Z","duration_ms":5,"component":"tool","tool":"t"}"#.utf8) + [10]
    let piece = Array([[UInt8]](repeating: line, count: 1_000).joined())
    let written = Atomic<Int>(0)
    let writer = Thread {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        defer { close(fd) }
        for _ in 0..<100 {
            var offset = 0
            while offset < piece.count {
                let count = piece.withUnsafeBytes { write(fd, $0.baseAddress! + offset, piece.count - offset) }
                guard count > 0 else { return }
                offset += count
                written.add(count, ordering: .relaxed)
            }
        }
    }
    writer.start()
    let reader = ParallelLogReader(workers: 2, options: UsageLogDecoder.Options(), blockSize: 4096)
    var events = 0
    var readWhileStalled = 0
    let failure = reader.read(
        [path],
        events: { _ in
            if events == 0 {
                Thread.sleep(forTimeInterval: 0.5)
                readWhileStalled = written.load(ordering: .relaxed)
            }
            events += 1
        }, finished: { _, _ in })
    #expect(failure == nil)
    #expect(events == 100_000)
    #expect(readWhileStalled < 1 << 20, "\(readWhileStalled) bytes written while the engine stalled")
}
