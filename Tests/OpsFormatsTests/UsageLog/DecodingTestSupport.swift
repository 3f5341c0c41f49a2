@testable import OpsModel
@testable import OpsFormats

/// Decodes one line with a fresh decoder.
func decodeLine(_ line: String, lineNumber: Int = 1, keepContent: Bool = true) -> DecodedLine {
    var decoder = UsageLogDecoder(options: .init(keepContent: keepContent))
    return decoder.decode(line, lineNumber: lineNumber)
}

func decodeBytes(_ bytes: [UInt8], lineNumber: Int = 1) -> DecodedLine {
    var decoder = UsageLogDecoder()
    return decoder.decode(bytes, lineNumber: lineNumber)
}

extension DecodedLine {
    var span: Span? {
        if case let .event(.span(span)) = self { return span }
        return nil
    }

    var breaker: BreakerEvent? {
        if case let .event(.breaker(event)) = self { return event }
        return nil
    }

    var budget: BudgetEvent? {
        if case let .event(.budget(event)) = self { return event }
        return nil
    }

    var reason: String? {
        if case let .malformed(reason) = self { return reason }
        return nil
    }

    var isBlank: Bool {
        if case .blank = self { return true }
        return false
    }

    var isIgnored: Bool {
        if case .ignored = self { return true }
        return false
    }
}

/// A span line with the required times, plus `extra` members (without a leading comma).
func spanLine(_ extra: String) -> String {
    let times = #""start_time_unix_nano":"1795433580000000000","end_time_unix_nano":"1795433581000000000""#
    return extra.isEmpty ? "{\(times)}" : "{\(times),\(extra)}"
}

/// 2026-11-23T11:33:00Z, the second the sample times start in.
let sampleStart: Int64 = 1_795_433_580_000_000_000
