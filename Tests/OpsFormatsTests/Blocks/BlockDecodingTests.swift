import OpsFormats
import OpsModel
import Testing

/// Lines of every kind a block split can separate from what they depend on: native spans with and
/// without ids, breaker and budget lines, another tool's run and the patch that completes it, an
/// OTLP metrics line, blank, malformed and over-long lines, CRLF, and a last line without a newline.
private let mixedLog: String = {
    var lines: [String] = []
    for index in 0..<40 {
        let second = 10 + index
        switch index % 8 {
        case 0:
            lines.append(#"{"v":1,"kind":"span","trace_id":"t\#(index)","span_id":"s\#(index)","name":"chat m","start_time_unix_nano":"1795428\#(second)000000000","end_time_unix_nano":"1795428\#(second)500000000","gen_ai.request.model":"gpt-4o-mini","gen_ai.usage.input_tokens":100}"#)
        case 1:
            lines.append(#"{"ts":"2026-11-23T10:00:\#(second)Z","duration_ms":800,"component":"llm","model":"gpt-4o-mini","input_tokens":12,"output_tokens":8}"#)
        case 2:
            lines.append(#"{"post":[{"id":"r\#(index)","name":"agent","run_type":"chain","start_time":"2026-11-23T10:00:\#(second)Z"}]}"#)
        case 3:
            lines.append(#"{"v":1,"kind":"breaker","time_unix_nano":"1795428\#(second)000000000","breaker.name":"tool:x","breaker.state":"open"}"#)
        case 4:
            lines.append(index % 16 == 4 ? "" : "{\"not json")
        case 5:
            lines.append(#"{"patch":[{"id":"r\#(index - 3)","end_time":"2026-11-23T10:00:\#(second + 1)Z"}]}"#)
        case 6:
            lines.append(#"{"ts":"2026-11-23T10:00:\#(second)Z","duration_ms":5,"component":"tool","tool":"lookup","status":"error"}"# + "\r")
        default:
            lines.append(index % 16 == 7 ? "{\"padding\":\"" + String(repeating: "x", count: 300) + "\"}" : "[1,2]")
        }
    }
    return lines.joined(separator: "\n")
}()

/// The reference: the whole log through one line assembler and one decoder, as `LogIngestor` reads it.
private func readLineByLine(_ bytes: [UInt8], maxLineLength: Int) -> (events: [String], stats: IngestStats) {
    var assembler = LineAssembler(maxLineLength: maxLineLength)
    var decoder = UsageLogDecoder(options: UsageLogDecoder.Options(readsMetrics: true))
    var stats = IngestStats()
    var events: [String] = []
    let reason = assembler.overLongReason
    func take(_ output: LineAssembler.Output) {
        stats.lines += 1
        switch output {
        case let .line(line, number, _):
            let outcome = decoder.decode(line, lineNumber: number) { events.append(String(describing: $0)) }
            stats.count(outcome, line: number, heldRuns: decoder.heldRuns)
        case let .overLong(number, _):
            stats.recordMalformed(line: number, reason: reason)
        }
    }
    assembler.feed(bytes, take)
    assembler.finish(take)
    return (events, stats)
}

/// The same log cut into blocks of `blockSize` (fed in chunks of `chunkSize`), decoded apart and sequenced.
private func readInBlocks(
    _ bytes: [UInt8], blockSize: Int, chunkSize: Int, maxLineLength: Int
) -> (events: [String], stats: IngestStats, blocks: Int) {
    let options = UsageLogDecoder.Options(readsMetrics: true)
    var splitter = LogBlockSplitter(blockSize: blockSize, maxLineLength: maxLineLength)
    var blocks: [LogBlock] = []
    var start = 0
    while start < bytes.count {
        let end = min(bytes.count, start + chunkSize)
        Array(bytes[start..<end]).withUnsafeBytes { splitter.feed($0) { blocks.append($0) } }
        start = end
    }
    splitter.finish { blocks.append($0) }
    var sequencer = BlockSequencer(options: options)
    var events: [String] = []
    // Each block by a fresh decoder, as if each went to a different worker.
    for block in blocks {
        var decoder = BlockDecoder(options: options, maxLineLength: maxLineLength)
        var decoded = decoder.decode(block)
        sequencer.deliver(&decoded) { events.append(String(describing: $0)) }
        #expect(decoded.events.isEmpty)
    }
    return (events, sequencer.stats, blocks.count)
}

@Test(arguments: [1, 2, 7, 64, 300, 1 << 20])
func blocksDecodedApartGiveTheEventsAndCountsOfOneReader(blockSize: Int) {
    let bytes = Array(mixedLog.utf8)
    let reference = readLineByLine(bytes, maxLineLength: 200)
    #expect(reference.stats.malformed > 2)
    #expect(reference.stats.foreignLines.isEmpty == false)
    #expect(reference.events.count >= 20)
    for chunkSize in [1, 5, 333, bytes.count] {
        let blocks = readInBlocks(bytes, blockSize: blockSize, chunkSize: chunkSize, maxLineLength: 200)
        #expect(blocks.events == reference.events, "block size \(blockSize), chunks of \(chunkSize)")
        #expect(blocks.stats == reference.stats, "block size \(blockSize), chunks of \(chunkSize)")
        if blockSize <= 7 { #expect(blocks.blocks > 30) }
    }
}

@Test func anOverLongLineBecomesItsOwnBlockWithoutBeingHeld() {
    let log = "{\"a\":1}\n" + String(repeating: "y", count: 5000) + "\n{\"b\":2}\n" + String(repeating: "z", count: 900)
    var splitter = LogBlockSplitter(blockSize: 64, maxLineLength: 100)
    var blocks: [LogBlock] = []
    Array(log.utf8).withUnsafeBytes { bytes in
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + 50)
            splitter.feed(UnsafeRawBufferPointer(rebasing: bytes[start..<end])) { blocks.append($0) }
            start = end
        }
    }
    splitter.finish { blocks.append($0) }
    let summary = blocks.map { block -> String in
        switch block.content {
        case .overLong: return "long@\(block.firstLineNumber):\(block.offset)"
        case let .lines(bytes): return "\(bytes.count)@\(block.firstLineNumber):\(block.offset)"
        }
    }
    #expect(summary == ["8@1:0", "long@2:8", "8@3:5009", "long@4:5017"])
}

/// The mixed log cut into blocks of about `blockSize` bytes.
private func mixedLogBlocks(blockSize: Int) -> [LogBlock] {
    var splitter = LogBlockSplitter(blockSize: blockSize, maxLineLength: 200)
    var blocks: [LogBlock] = []
    Array(mixedLog.utf8).withUnsafeBytes { splitter.feed($0) { blocks.append($0) } }
    splitter.finish { blocks.append($0) }
    return blocks
}

/// Lending hands out the events delivering moves out, with the same counts, and leaves every event
/// in the block (for a worker to free), whatever notes stand between them.
@Test(arguments: [7, 300, 1 << 20])
func lendingHandsOutWhatDeliveringDoesAndKeepsTheEvents(blockSize: Int) {
    let blocks = mixedLogBlocks(blockSize: blockSize)
    let options = UsageLogDecoder.Options(readsMetrics: true)
    var delivering = BlockSequencer(options: options)
    var lending = BlockSequencer(options: options)
    var delivered: [String] = []
    var lent: [String] = []
    var kept = 0
    for block in blocks {
        var decoder = BlockDecoder(options: options, maxLineLength: 200)
        var moved = decoder.decode(block)
        var borrowed = moved
        let before = borrowed.events.map { String(describing: $0) }
        delivering.deliver(&moved) { delivered.append(String(describing: $0)) }
        lending.lend(&borrowed) { lent.append(String(describing: $0)) }
        #expect(borrowed.events.map { String(describing: $0) } == before)
        kept += borrowed.events.count
    }
    #expect(lent == delivered)
    #expect(lending.stats == delivering.stats)
    #expect(kept > 10)
    #expect(kept < delivered.count, "the other tool's runs are decoded by the sequencer, not kept in blocks")
}

/// Taking a block's events as one array gives what delivering hands out, with the same counts: a
/// block without other tools' records gives its own array (the one its worker decoded into), one
/// with them a new array holding their events in place.
@Test(arguments: [7, 300, 1 << 20])
func takingABlockGivesWhatDeliveringDoesAndABlockWithoutNotesItsOwnArray(blockSize: Int) {
    let blocks = mixedLogBlocks(blockSize: blockSize)
    let options = UsageLogDecoder.Options(readsMetrics: true)
    var delivering = BlockSequencer(options: options)
    var taking = BlockSequencer(options: options)
    var delivered: [String] = []
    var taken: [String] = []
    var (handedOver, rebuilt) = (0, 0)
    for block in blocks {
        var decoder = BlockDecoder(options: options, maxLineLength: 200)
        var moved = decoder.decode(block)
        var whole = moved
        let ownStorage = whole.events.withUnsafeBufferPointer { $0.baseAddress }
        delivering.deliver(&moved) { delivered.append(String(describing: $0)) }
        let events = taking.take(&whole)
        taken += events.map { String(describing: $0) }
        guard !events.isEmpty else { continue }
        if whole.notes.isEmpty {
            #expect(events.withUnsafeBufferPointer { $0.baseAddress } == ownStorage)
            handedOver += 1
        } else {
            rebuilt += 1
        }
    }
    #expect(taken == delivered)
    #expect(taking.stats == delivering.stats)
    if blockSize == 7 { #expect(handedOver > 5) }
    #expect(rebuilt > 0)
}

/// Lending a range of an events array hands out those events in order and leaves the array as it was.
@Test func lendingARangeOfAnArrayHandsOutItsEventsAndKeepsThem() {
    var events = (0..<6).map { Event.breaker(BreakerEvent(timeNanos: Int64($0), target: "t\($0)", state: .open)) }
    let before = events.map { String(describing: $0) }
    var lent: [Int64] = []
    BlockSequencer.lend(&events, 2..<5) { lent.append($0.timeNanos) }
    #expect(lent == [2, 3, 4])
    #expect(events.map { String(describing: $0) } == before)
    BlockSequencer.lend(&events, 6..<9) { lent.append($0.timeNanos) }
    #expect(lent == [2, 3, 4], "a range past the end lends nothing")
}

/// The log read as the log reader reads a file: `fill` has each read (at most `readSize` bytes)
/// written straight into a decoded block's buffer given back to the splitter, and `feed` takes
/// over while `readsInPlace` says no (an over-long line skipped, or much held after short reads).
private func fillInBlocks(
    _ bytes: [UInt8], blockSize: Int, readSize: Int, maxLineLength: Int
) -> (events: [String], stats: IngestStats, readsInPlace: Int) {
    let options = UsageLogDecoder.Options(readsMetrics: true)
    var splitter = LogBlockSplitter(blockSize: blockSize, maxLineLength: maxLineLength)
    var sequencer = BlockSequencer(options: options)
    var readsInPlace = 0
    var decoder = BlockDecoder(options: options, maxLineLength: maxLineLength)
    var events: [String] = []
    var decodedBuffers: [[UInt8]] = []
    func take(_ block: LogBlock) {
        var decoded = decoder.decode(block)
        sequencer.deliver(&decoded) { events.append(String(describing: $0)) }
        decodedBuffers.append(block.bytes)
    }
    var start = 0
    while start < bytes.count {
        for buffer in decodedBuffers { splitter.recycle(buffer) }
        decodedBuffers.removeAll()
        if splitter.readsInPlace {
            readsInPlace += 1
            splitter.fill(reading: { room in
                let count = min(room.count, readSize, bytes.count - start)
                bytes.withUnsafeBytes { room.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[start..<(start + count)])) }
                start += count
                return count
            }, take)
        } else {
            let end = min(bytes.count, start + readSize)
            Array(bytes[start..<end]).withUnsafeBytes { splitter.feed($0, take) }
            start = end
        }
    }
    splitter.finish(take)
    return (events, sequencer.stats, readsInPlace)
}

@Test(arguments: [1, 7, 64, 300, 1 << 20])
func blocksReadInPlaceGiveTheEventsAndCountsOfOneReader(blockSize: Int) {
    // Lines of every kind, then one over-long line and more lines: reads in place, skips, reads on.
    let bytes = Array((mixedLog + "\n" + String(repeating: "q", count: 700) + "\n" + mixedLog).utf8)
    let reference = readLineByLine(bytes, maxLineLength: 200)
    #expect(reference.stats.malformed > 4)
    for readSize in [1, 5, 333, bytes.count] {
        let filled = fillInBlocks(bytes, blockSize: blockSize, readSize: readSize, maxLineLength: 200)
        #expect(filled.events == reference.events, "block size \(blockSize), reads of \(readSize)")
        #expect(filled.stats == reference.stats, "block size \(blockSize), reads of \(readSize)")
        // The first read has no decoded block to read into: one read of the whole log is copied.
        if blockSize <= 300 && readSize < bytes.count {
            #expect(filled.readsInPlace > 0, "block size \(blockSize), reads of \(readSize)")
        }
    }
}
