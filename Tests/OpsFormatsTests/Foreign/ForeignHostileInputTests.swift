import Testing
@testable import OpsModel
@testable import OpsFormats

@Test func hostileLinesOfEveryFormatAreMalformedAndReadingGoesOn() {
    let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    let good = #"{"id":"ok","call_type":"acompletion","startTime":1795433588.0,"endTime":1795433589.0,"model":"m"}"#
    var lines = [
        #"{"call_type":"acompletion","id":"x","startTime":1,"endTime":2,"metadata":\#(deep)}"#,
        #"{"run_type":"llm","id":"x","inputs":\#(deep)}"#,
        #"{"resourceSpans":\#(deep)}"#,
        #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":12}]}]}]}"#,
        #"{"post":[{"id":"a","start_time":"2026-11-23T10:00:00Z","end_time":"2026-11-23T10:00:01Z","prompt_tokens":1e400}]}"#,
        #"{"call_type":"c","id":"x","startTime":NaN,"endTime":2}"#,
        #"{"call_type":"c","id":"x","startTime":1,"endTime":2,"prompt_tokens":18446744073709551616}"#,
    ]
    // Invalid UTF-8 inside a string of each format.
    var bytes: [[UInt8]] = [
        Array(#"{"call_type":"c","id":"x","startTime":1,"endTime":2,"model":""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8),
        Array(#"{"run_type":"llm","id":""#.utf8) + [0xC3] + Array(#"","start_time":"2026-11-23T10:00:00Z"}"#.utf8),
    ]
    lines.append(good)
    // A 10 MB line: a LiteLLM payload with a huge message.
    let huge = #"{"id":"h","call_type":"c","startTime":1795433588.0,"endTime":1795433589.0,"messages":[{"content":""#
        + String(repeating: "a", count: 10 << 20) + #""}],"prompt_tokens":-1}"#
    lines.append(huge)
    var ingestor = LogIngestor()
    var events: [Event] = []
    var text = Array((lines.joined(separator: "\n") + "\n").utf8)
    for line in bytes { text += line + [0x0A] }
    bytes.removeAll()
    text.withUnsafeBytes { ingestor.feed($0) { events.append($0) } }
    ingestor.finish { events.append($0) }
    let stats = ingestor.stats
    #expect(stats.lines == 11)
    #expect(events.count == 1)
    #expect(stats.events == 1)
    #expect(stats.malformed == 10)
    #expect(stats.malformedExamples.map(\.line) == [1, 2, 3, 4, 5])
    #expect(stats.malformedExamples.map(\.reason) == [
        "LiteLLM payload: JSON nested deeper than 128 levels",
        "LangSmith run: JSON nested deeper than 128 levels",
        "OTLP/JSON traces: OTLP/JSON: JSON nested deeper than 128 levels",
        "OTLP/JSON traces: span 0: traceId must be a hex string",
        "LangSmith batch: not readable JSON (a number out of range, or text that is not UTF-8)",
    ])
}

@Test func theNativeScannerRejectsWhatIsNotJSONBeforeAnyFormatIsTried() {
    var decoder = UsageLogDecoder()
    let reason = decoder.decode(#"{"call_type":"c","id":"x","startTime":NaN}"#, lineNumber: 1).reasonText
    #expect(reason?.hasPrefix("not JSON: ") == true)
}

@Test func everyPrefixOfForeignLinesIsHandled() {
    let line = #"{"post":[{"id":"a","run_type":"llm","start_time":"2026-11-23T10:00:00Z","end_time":"2026-11-23T10:00:01Z","#
        + #""outputs":{"usage_metadata":{"input_tokens":1}}}],"patch":[]}"#
    let bytes = Array(line.utf8)
    var decoder = UsageLogDecoder()
    var delivered = 0
    for length in 1...bytes.count {
        if case let .foreign(events, _) = decoder.decode(Array(bytes[..<length]), lineNumber: length) {
            delivered += events.count
        }
    }
    #expect(delivered == 1)
}
