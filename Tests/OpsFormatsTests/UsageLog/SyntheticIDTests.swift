import OpsFormats
import OpsModel
import Testing

private func idlessLines(_ count: Int, model: String = "gpt-4o") -> [UInt8] {
    var text = ""
    for index in 0..<count {
        let start = 1_795_433_580_000_000_000 + Int64(index) * 1_000_000
        text += #"{"start_time_unix_nano":"\#(start)","duration_ms":5,"gen_ai.request.model":"\#(model)"}"# + "\n"
    }
    return Array(text.utf8)
}

private func spanIDs(_ bytes: [UInt8], into ingestor: inout LogIngestor) -> [SpanID] {
    var ids: [SpanID] = []
    bytes.withUnsafeBytes { buffer in
        ingestor.feed(buffer) { event in
            if case let .span(span) = event { ids.append(span.spanID) }
        }
    }
    return ids
}

/// Two logs without ids used to give their lines the same ids (the line number), so one log's
/// spans counted as duplicates of the other's.
@Test func linesWithoutIdsOfTwoSourcesGetDifferentIds() {
    let lines = idlessLines(1000)
    var first = LogIngestor(source: "/var/log/a.jsonl")
    var second = LogIngestor(source: "/var/log/b.jsonl")
    let ids = spanIDs(lines, into: &first) + spanIDs(lines, into: &second)
    #expect(ids.count == 2000)
    #expect(Set(ids).count == 2000)
}

/// After a rotation or truncation line numbers start again: the ids must not.
@Test func linesWithoutIdsAfterARotationGetNewIds() {
    var ingestor = LogIngestor(source: "app.jsonl")
    var ids = spanIDs(idlessLines(300), into: &ingestor)
    for _ in 0..<3 {
        ingestor.discardPartialLine()
        ids += spanIDs(idlessLines(300), into: &ingestor)
    }
    #expect(Set(ids).count == 1200)
}

/// The same input gives the same ids on every run, so reports stay deterministic.
@Test func syntheticIdsAreStableForTheSameSource() {
    var once = LogIngestor(source: "a.jsonl")
    var again = LogIngestor(source: "a.jsonl")
    let lines = idlessLines(10)
    #expect(spanIDs(lines, into: &once) == spanIDs(lines, into: &again))
    let key = UsageLogDecoder.syntheticSourceKey(for: "a.jsonl")
    #expect(spanIDs(idlessLines(1), into: &once).first?.description == "line-11@" + hex8(key))
}

private func hex8(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
}
