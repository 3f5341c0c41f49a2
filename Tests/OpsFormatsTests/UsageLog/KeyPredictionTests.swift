import Foundation
import Testing
@testable import OpsModel
@testable import OpsFormats
import OpsTestSupport

// A decoder that has seen earlier lines confirms their keys by one comparison (`KeyPredictor`);
// these tests hold it to the answers of a decoder that has seen nothing.

private let chatLine = #"{"v":1,"kind":"span","trace_id":"ece80428612e47ae0e211f7f8b9c6e45","span_id":"ff7b8f7d5f8481aa","#
    + #""parent_span_id":"0123456789abcdef","name":"chat gpt-4o-mini","start_time_unix_nano":"1795433580827749312","#
    + #""end_time_unix_nano":"1795433581827749312","gen_ai.operation.name":"chat","gen_ai.provider.name":"openai","#
    + #""gen_ai.request.model":"gpt-4o-mini","gen_ai.usage.input_tokens":412,"gen_ai.usage.output_tokens":50,"#
    + #""gen_ai.agent.name":"support_bot","user.id":"u_1"}"#

private let toolLine = #"{"v":1,"kind":"span","trace_id":"ece80428612e47ae0e211f7f8b9c6e45","span_id":"aa7b8f7d5f8481aa","#
    + #""parent_span_id":"0123456789abcdef","name":"execute_tool lookup_order","start_time_unix_nano":"1795433580827749312","#
    + #""end_time_unix_nano":"1795433581827749312","gen_ai.operation.name":"execute_tool","gen_ai.tool.name":"lookup_order","#
    + #""status":"error","error.type":"TimeoutError"}"#

/// What a decoded line says, in a form two decoders' answers can be compared by.
private func fingerprint(_ line: DecodedLine) -> String {
    switch line {
    case .blank: return "blank"
    case .ignored: return "ignored"
    case let .malformed(reason): return "malformed: \(reason)"
    case let .foreign(events, outcome): return "foreign \(events.count) \(outcome)"
    case let .event(.span(span)):
        return [
            "\(span.traceID)", "\(span.spanID)", "\(String(describing: span.parentID))", span.name,
            "\(span.component)", "\(span.status)", "\(span.startNanos)", "\(span.endNanos)",
            "\(String(describing: span.provider))", "\(String(describing: span.requestModel))",
            "\(String(describing: span.tool))", "\(span.usage)", "\(String(describing: span.error))",
            "\(String(describing: span.userID))",
        ].joined(separator: "|")
    case let .event(.breaker(event)): return "breaker \(event)"
    case let .event(.budget(event)): return "budget \(event)"
    case let .event(.evaluation(event)): return "evaluation \(event)"
    }
}

private func coldFingerprint(_ bytes: [UInt8]) -> String {
    var decoder = UsageLogDecoder()
    return fingerprint(decoder.decode(bytes, lineNumber: 7))
}

/// A decoder that has learned the key order of the chat and tool lines.
private func warmDecoder() -> UsageLogDecoder {
    var decoder = UsageLogDecoder()
    for _ in 0..<3 {
        _ = decoder.decode(chatLine, lineNumber: 1)
        _ = decoder.decode(toolLine, lineNumber: 2)
    }
    return decoder
}

@Test func aWarmDecoderReadsTheLinesItLearnedFromAsAColdOneDoes() {
    var decoder = warmDecoder()
    for line in [chatLine, toolLine, chatLine] {
        let bytes = Array(line.utf8)
        #expect(fingerprint(decoder.decode(bytes, lineNumber: 7)) == coldFingerprint(bytes))
    }
    #expect(decoder.decode(chatLine, lineNumber: 7).span?.usage.input == 412)
}

/// Every prefix cuts some key short, right before or inside a predicted key or its quote.
@Test func aWarmDecoderAgreesWithAColdOneOnEveryPrefixOfALearnedLine() {
    var decoder = warmDecoder()
    for line in [chatLine, toolLine] {
        let bytes = Array(line.utf8)
        for length in 1..<bytes.count {
            let prefix = Array(bytes[..<length])
            #expect(fingerprint(decoder.decode(prefix, lineNumber: 7)) == coldFingerprint(prefix), "prefix of \(length) bytes")
        }
    }
}

@Test func keysThatOnlyResembleALearnedKeyAreNotTakenForIt() {
    let variants = [
        // Longer and shorter than the learned key, the same key escaped, and a key that is a prefix of it.
        chatLine.replacingOccurrences(of: #""trace_id":"#, with: #""trace_idx":"#),
        chatLine.replacingOccurrences(of: #""trace_id":"#, with: #""trace_i":"#),
        chatLine.replacingOccurrences(of: #""trace_id":"#, with: #""trace\u005fid":"#),
        chatLine.replacingOccurrences(of: #""user.id":"#, with: #""user.i\"d":"#),
        chatLine.replacingOccurrences(of: #""gen_ai.request.model":"#, with: #""gen_ai.request.mode":"#),
        chatLine.replacingOccurrences(of: #""kind":"span""#, with: #""kind" : "span""#),
        chatLine.replacingOccurrences(of: #""v":1,"#, with: ""),
    ]
    var decoder = warmDecoder()
    for variant in variants {
        let bytes = Array(variant.utf8)
        #expect(fingerprint(decoder.decode(bytes, lineNumber: 7)) == coldFingerprint(bytes), "\(variant)")
    }
    #expect(decoder.decode(variants[0], lineNumber: 7).span?.traceID == .synthetic(7))
    #expect(decoder.decode(variants[2], lineNumber: 7).span?.traceID == TraceID("ece80428612e47ae0e211f7f8b9c6e45"))
}

@Test func randomlyDamagedLinesDecodeTheSameWarmOrCold() {
    var generator = TestRandom(seed: 20_261_124)
    let alphabet = Array(#"{}[]:,"\ ._0123456789abcdefghijklmnopqrstuvwxyz"#.utf8) + [0x00, 0xFF]
    var decoder = UsageLogDecoder()
    let lines = [Array(chatLine.utf8), Array(toolLine.utf8)]
    for round in 0..<4000 {
        var bytes = lines[round % 2]
        // A clean line now and then keeps the predictions fresh.
        if round % 3 != 0 {
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
        }
        let warm = fingerprint(decoder.decode(bytes, lineNumber: 7))
        #expect(warm == coldFingerprint(bytes), "round \(round): \(String(decoding: bytes, as: UTF8.self))")
    }
}

@Test func copiesOfADecoderLearnApartWithoutDisturbingEachOther() {
    var first = warmDecoder()
    var second = first
    let renamed = chatLine.replacingOccurrences(of: #""user.id":"#, with: #""session.id":"#)
    for _ in 0..<3 { _ = second.decode(renamed, lineNumber: 1) }
    #expect(first.decode(chatLine, lineNumber: 7).span?.userID == "u_1")
    #expect(second.decode(renamed, lineNumber: 7).span?.sessionID == "u_1")
    #expect(second.decode(chatLine, lineNumber: 7).span?.userID == "u_1")
}

/// Every known key, learned, then met with one byte changed at each position (its quote and colon included):
/// the comparison must see every difference, whatever the key's length.
@Test func aLearnedKeyWithAnyOneByteChangedIsNotTakenForIt() {
    for key in KnownKey.allCases {
        let text = "\(key.text)"
        let learned = #"{"\#(text)":"x","start_time_unix_nano":"1795433580000000000","duration_ms":1,"name":"n"}"#
        var decoder = UsageLogDecoder()
        for _ in 0..<3 { _ = decoder.decode(learned, lineNumber: 1) }
        let bytes = Array(learned.utf8)
        // Bytes 2 ..< 2 + count are the key; then come its closing quote and the colon.
        for position in 2...(3 + text.utf8.count) {
            var changed = bytes
            changed[position] = changed[position] == UInt8(ascii: "q") ? UInt8(ascii: "Q") : UInt8(ascii: "q")
            #expect(fingerprint(decoder.decode(changed, lineNumber: 7)) == coldFingerprint(changed),
                    "\(text), byte \(position)")
        }
        #expect(fingerprint(decoder.decode(bytes, lineNumber: 7)) == coldFingerprint(bytes), "\(text)")
    }
}

/// The short form's `component` is followed by five different keys; every one is confirmed or read
/// in full alike, in any order, and a key met with a space before its colon is read too.
@Test func aKeyFollowedByManyDifferentKeysIsReadAlikeWarmOrCold() {
    let head = #"{"trace_id":"de4431fa3c80db0637e9671c45376d5d","span_id":"c6ca496434129a89","ts":1793491200338,"duration_ms":3,"component":"#
    let tails = [
        #""llm","model":"gpt-4o-mini","provider":"openai","input_tokens":12}"#,
        #""tool","tool":"lookup_order"}"#,
        #""query","name":"answer","user_id":"u_1"}"#,
        #""guardrail","guardrail":"jailbreak","outcome":"pass"}"#,
        #""cache","cache_name":"redis","cache_hit":false}"#,
        #""cache","cache_name" :"redis","cache_hit" : true}"#,
    ]
    var decoder = UsageLogDecoder()
    var generator = TestRandom(seed: 20_261_203)
    for round in 0..<200 {
        let line = Array((head + tails[Int.random(in: 0..<tails.count, using: &generator)]).utf8)
        #expect(fingerprint(decoder.decode(line, lineNumber: 7)) == coldFingerprint(line), "round \(round)")
    }
}

/// A follower confirmed behind another candidate moves forward once in `promotionInterval` such
/// confirmations; the lines read meanwhile and after decode as a cold decoder reads them.
@Test func aFollowerConfirmedOftenMovesInFrontOfOneLearnedLater() {
    var decoder = UsageLogDecoder()
    _ = decoder.decode(chatLine, lineNumber: 1)
    _ = decoder.decode(toolLine, lineNumber: 2)
    // The tool line's follower of the operation name was learned last, so it is tried first.
    let state = Int(KnownKey.operationName.rawValue)
    #expect(decoder.predictor.candidates(after: state) == [.toolName, .providerName])
    let chat = Array(chatLine.utf8)
    let cold = coldFingerprint(chat)
    // In a chat line only the provider name is confirmed behind another candidate.
    for _ in 0..<(KeyPredictor.promotionInterval - 1) {
        #expect(fingerprint(decoder.decode(chat, lineNumber: 7)) == cold)
    }
    #expect(decoder.predictor.candidates(after: state) == [.toolName, .providerName])
    #expect(fingerprint(decoder.decode(chat, lineNumber: 7)) == cold)
    #expect(decoder.predictor.candidates(after: state) == [.providerName, .toolName])
    let tool = Array(toolLine.utf8)
    #expect(fingerprint(decoder.decode(tool, lineNumber: 7)) == coldFingerprint(tool))
    #expect(fingerprint(decoder.decode(chat, lineNumber: 7)) == cold)
}

/// A copy's promotions leave the original's order alone (the slots are copied on write).
@Test func aCopysPromotionsLeaveTheOriginalsOrderAlone() {
    var original = UsageLogDecoder()
    _ = original.decode(chatLine, lineNumber: 1)
    _ = original.decode(toolLine, lineNumber: 2)
    var copy = original
    for _ in 0..<KeyPredictor.promotionInterval { _ = copy.decode(chatLine, lineNumber: 7) }
    let state = Int(KnownKey.operationName.rawValue)
    #expect(copy.predictor.candidates(after: state) == [.providerName, .toolName])
    #expect(original.predictor.candidates(after: state) == [.toolName, .providerName])
}
