@testable import OpsModel
import OpsFormats
import Testing

// A block decoder builds its spans in the heap boxes of the spent events it is handed back
// (`UsageLogDecoder.recycle`); these tests hold it to a fresh decoder that reuses nothing.

/// Every field of an event, spans included (a span's own description names only its box).
private func describe(_ event: Event) -> String {
    if case let .span(span) = event { return String(describing: span.box.fields) }
    return String(describing: event)
}

/// Spans with and without each optional part (error, content, cache, guardrail, ids), breaker and
/// budget lines, and lines that make no event.
private let recyclingLog: [UInt8] = {
    var lines: [String] = []
    for index in 0..<400 {
        let start = 1_795_428_000_000_000_000 + Int64(index) * 1_000_000_000
        let ids = index % 7 == 3 ? "" : #""trace_id":"\#(String(index % 5, radix: 16))ece80428612e47ae0e211f7f8b9c6e4","span_id":"ff7b8f7d5f8481\#(String(index % 200 + 16, radix: 16))","#
        switch index % 9 {
        case 0, 4:
            lines.append(#"{"v":1,"kind":"span",\#(ids)"name":"chat m\#(index % 3)","start_time_unix_nano":"\#(start)","end_time_unix_nano":"\#(start + 5_000_000)","gen_ai.provider.name":"openai","gen_ai.request.model":"gpt-4o-mini","gen_ai.usage.input_tokens":\#(index),"user.id":"u_\#(index % 4)"}"#)
        case 1:
            lines.append(#"{\#(ids)"ts":\#(start / 1_000_000),"duration_ms":12.5,"component":"tool","tool":"lookup_order","status":"error","error_type":"TimeoutError","error_message":"took \#(index) ms"}"#)
        case 2:
            lines.append(#"{\#(ids)"ts":\#(start / 1_000_000),"duration_ms":3,"name":"semantic_cache lookup","component":"cache","cache_name":"redis_semantic","cache_hit":\#(index % 2 == 0)}"#)
        case 3:
            lines.append(#"{\#(ids)"ts":\#(start / 1_000_000),"duration_ms":3,"name":"guardrail jailbreak","component":"guardrail","guardrail":"jailbreak","outcome":"\#(index % 2 == 0 ? "pass" : "blocked")","reason":"r\#(index)"}"#)
        case 5:
            lines.append(#"{\#(ids)"ts":\#(start / 1_000_000),"duration_ms":900,"model":"claude-sonnet-4-5","provider":"anthropic","input":"question \#(index)","output":[{"role":"assistant","content":"answer"}],"session_id":"s\#(index)"}"#)
        case 6:
            lines.append(#"{"v":1,"kind":"breaker","time_unix_nano":"\#(start)","breaker.name":"tool:x","breaker.state":"open"}"#)
        case 7:
            lines.append(index % 2 == 0 ? #"{"v":1,"kind":"budget","time_unix_nano":"\#(start)","budget.name":"daily"}"# : "{\"not json")
        default:
            lines.append(#"{"v":1,"kind":"span","name":"agent run","start_time_unix_nano":"\#(start)","end_time_unix_nano":"\#(start + 1)","service.name":"svc","gen_ai.conversation.id":"c\#(index)"}"#)
        }
    }
    return Array(lines.joined(separator: "\n").utf8)
}()

private func blocks(of bytes: [UInt8], blockSize: Int) -> [LogBlock] {
    var splitter = LogBlockSplitter(blockSize: blockSize, maxLineLength: 4096)
    var blocks: [LogBlock] = []
    bytes.withUnsafeBytes { splitter.feed($0) { blocks.append($0) } }
    splitter.finish { blocks.append($0) }
    return blocks
}

@Test func spansBuiltInSpentBoxesEqualSpansBuiltInNewOnes() {
    let options = UsageLogDecoder.Options()
    let logBlocks = blocks(of: recyclingLog, blockSize: 4096)
    #expect(logBlocks.count > 8)
    var decoder = BlockDecoder(options: options, maxLineLength: 4096)
    var spent: [Event] = []
    var kept: [(span: Span, described: String)] = []
    var reused = 0
    var spans = 0
    for (number, block) in logBlocks.enumerated() {
        var fresh = BlockDecoder(options: options, maxLineLength: 4096)
        let expected = fresh.decode(block).events.map(describe)
        // The boxes handed back (alive until the decoder takes or frees them, so no new box can share an address).
        let spentBoxes = Set(spent.compactMap { event -> ObjectIdentifier? in
            if case let .span(span) = event { return ObjectIdentifier(span.box) }
            return nil
        })
        let decoded = decoder.decode(block, reusing: consume spent)
        #expect(decoded.events.map(describe) == expected, "block \(number)")
        for (index, event) in decoded.events.enumerated() {
            guard case let .span(span) = event else { continue }
            spans += 1
            if spentBoxes.contains(ObjectIdentifier(span.box)) { reused += 1 }
            // A span some reader keeps (as a trace store does) must never be built over.
            if index % 4 == 0 { kept.append((span, describe(event))) }
        }
        spent = decoded.events
    }
    #expect(kept.allSatisfy { describe(.span($0.span)) == $0.described })
    // Most spans after the first block find a spent box that nobody keeps.
    #expect(reused > spans / 2, "\(reused) of \(spans) spans reused a box")
}

@Test func aDecoderHandedEventsItDidNotMakeStillDecodesAsAFreshOne() {
    let options = UsageLogDecoder.Options()
    let logBlocks = blocks(of: recyclingLog, blockSize: 4096)
    var other = BlockDecoder(options: options, maxLineLength: 4096)
    let foreignEvents = other.decode(logBlocks[1]).events
    var decoder = BlockDecoder(options: options, maxLineLength: 4096)
    var fresh = BlockDecoder(options: options, maxLineLength: 4096)
    // Handed back twice over (shared), then once alone: the result never depends on what was handed back.
    _ = decoder.decode(logBlocks[2], reusing: foreignEvents)
    let shared = decoder.decode(logBlocks[0], reusing: foreignEvents)
    #expect(shared.events.map(describe) == fresh.decode(logBlocks[0]).events.map(describe))
    #expect(foreignEvents.map(describe) == other.decode(logBlocks[1]).events.map(describe))
}

@Test func anEventIsOneWord() {
    // Events arrays copy and free an event per line: every case holds a single reference.
    #expect(MemoryLayout<Event>.size == MemoryLayout<Int>.size)
}
