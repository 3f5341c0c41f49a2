@testable import OpsFormats
@testable import OpsModel
import Testing

// The decoder asks the CPU for the box of the spent span it will build in a few spans from now
// (`UsageLogDecoder.prefetchRecycledBox`); these tests hold the address it fetches to the box the
// span is then really built in, and the spans built to a decoder that reuses nothing.

private func spanLine(_ index: Int) -> String {
    let start = 1_795_428_000_000_000_000 + Int64(index) * 1_000_000_000
    return #"{"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"\#(String(0x1000_0000_0000_0000 + index, radix: 16))","ts":\#(start / 1_000_000),"duration_ms":\#(index),"model":"claude-sonnet-4-5","provider":"anthropic","input_tokens":\#(index)}"#
}

private func decodeLine(_ line: String, _ number: Int, with decoder: inout UsageLogDecoder) -> Event? {
    var bytes = Array(line.utf8)
    return bytes.withUnsafeMutableBytes { buffer in
        if case let .event(event) = decoder.decode(UnsafeRawBufferPointer(buffer), lineNumber: number) { return event }
        return nil
    }
}

private func boxAddress(_ event: Event?) -> UnsafeRawPointer? {
    guard case let .span(span)? = event else { return nil }
    return UnsafeRawPointer(Unmanaged.passUnretained(span.box).toOpaque())
}

@Test func theBoxPrefetchedIsTheOneTheSpanIsBuiltInThatManySpansLater() {
    let distance = UsageLogDecoder.recyclePrefetchDistance
    var decoder = UsageLogDecoder()
    // Spent spans nobody else holds, as a reader hands them back.
    var spent: [Event] = []
    for index in 0..<64 {
        var fresh = UsageLogDecoder()
        if let event = decodeLine(spanLine(1000 + index), index + 1, with: &fresh) { spent.append(event) }
    }
    #expect(spent.count == 64)
    _ = decoder.recycle(spent)
    spent = []
    var prefetched: [UnsafeRawPointer?] = []
    var built: [UnsafeRawPointer?] = []
    var kept: [Event] = []
    for index in 0..<64 {
        prefetched.append(decoder.recycledBoxAddress(ahead: distance, slotAhead: UsageLogDecoder.recycleSlotPrefetchDistance))
        let event = decodeLine(spanLine(index), index + 1, with: &decoder)
        built.append(boxAddress(event))
        if let event { kept.append(event) }
    }
    #expect(prefetched.prefix(64 - distance).allSatisfy { $0 != nil })
    #expect(prefetched.suffix(distance).allSatisfy { $0 == nil })
    for index in 0..<(64 - distance) {
        #expect(prefetched[index] == built[index + distance], "span \(index)")
    }
}

@Test func prefetchingSpentEventsOfEveryKindLeavesTheSpansAsANewDecoderBuildsThem() {
    // Spent breaker and budget events (tagged addresses) among spent spans.
    let mixed = (0..<48).map { index -> String in
        let start = 1_795_428_000_000_000_000 + Int64(index) * 1_000_000_000
        switch index % 3 {
        case 0: return #"{"v":1,"kind":"breaker","time_unix_nano":"\#(start)","breaker.name":"tool:x","breaker.state":"open"}"#
        case 1: return #"{"v":1,"kind":"budget","time_unix_nano":"\#(start)","budget.name":"daily"}"#
        default: return spanLine(index)
        }
    }
    var decoder = UsageLogDecoder()
    var spent: [Event] = []
    for (index, line) in mixed.enumerated() {
        if let event = decodeLine(line, index + 1, with: &decoder) { spent.append(event) }
    }
    _ = decoder.recycle(spent)
    spent = []
    for index in 0..<48 {
        decoder.prefetchRecycledBox()
        var fresh = UsageLogDecoder()
        let expected = decodeLine(spanLine(500 + index), index + 1, with: &fresh)
        let event = decodeLine(spanLine(500 + index), index + 1, with: &decoder)
        guard case let .span(made)? = event, case let .span(wanted)? = expected else {
            Issue.record("line \(index) made no span")
            continue
        }
        #expect(String(describing: made.box.fields) == String(describing: wanted.box.fields))
    }
}

@Test func eightLinesHoldASpanBoxButForAtMostItsLastByte() {
    // A box starts 16-byte aligned, so at worst 48 bytes into its first line: eight lines from there
    // reach 464 bytes of it. A bigger span needs `prefetchRecycledBox` to ask for more lines.
    #expect(BlockSequencer.spanBoxBytes <= 8 * 64 - 48 + 1)
}
