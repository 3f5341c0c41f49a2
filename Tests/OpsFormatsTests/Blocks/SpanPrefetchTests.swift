@testable import OpsFormats
@testable import OpsModel
import Testing

// The hand-out loop and the decoder prefetch span boxes by reading an event's one word as the box's
// address (`Event.boxAddress(at:)`): these tests hold that layout to the real one.

private let prefetchLog: [UInt8] = {
    var lines: [String] = []
    for index in 0..<40 {
        let start = 1_795_428_000_000_000_000 + Int64(index) * 1_000_000_000
        switch index % 4 {
        case 0:
            lines.append(#"{"v":1,"kind":"breaker","time_unix_nano":"\#(start)","breaker.name":"tool:x","breaker.state":"open"}"#)
        case 1:
            lines.append(#"{"v":1,"kind":"budget","time_unix_nano":"\#(start)","budget.name":"daily"}"#)
        default:
            lines.append(#"{"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","ts":\#(start / 1_000_000),"duration_ms":\#(index),"model":"gpt-4o-mini","provider":"openai","input_tokens":\#(index)}"#)
        }
    }
    return Array(lines.joined(separator: "\n").utf8)
}()

private func decodedEvents() -> [Event] {
    var splitter = LogBlockSplitter(blockSize: 1 << 16, maxLineLength: 4096)
    var blocks: [LogBlock] = []
    prefetchLog.withUnsafeBytes { splitter.feed($0) { blocks.append($0) } }
    splitter.finish { blocks.append($0) }
    var decoder = BlockDecoder(options: UsageLogDecoder.Options(), maxLineLength: 4096)
    return blocks.flatMap { decoder.decode($0).events }
}

@Test func aSpanEventsWordIsTheAddressOfItsBox() {
    let events = decodedEvents()
    var spans = 0
    events.withUnsafeBufferPointer { buffer in
        for (index, event) in buffer.enumerated() {
            guard case let .span(span) = event, let base = buffer.baseAddress else { continue }
            spans += 1
            #expect(Event.boxAddress(at: base + index) == UnsafeRawPointer(Unmanaged.passUnretained(span.box).toOpaque()))
        }
    }
    #expect(spans == 20)
}

@Test func prefetchingAnyEventLeavesEveryEventAsItWas() {
    var events = decodedEvents()
    let before = events.map { String(describing: $0) }
    // Breaker and budget events are tagged boxes: their prefetch is a wasted hint, never a fault.
    events.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        for index in buffer.indices { BlockSequencer.prefetchSpan(at: base + index) }
    }
    var handedOut: [String] = []
    BlockSequencer.lend(&events, 0..<events.count) { handedOut.append(String(describing: $0)) }
    #expect(handedOut == before)
    #expect(events.map { String(describing: $0) } == before)
}
