import OpsDemo
import OpsFormats
import OpsModel
import Testing

/// Spans decoded from the lines of one form of the demo log.
private func spans(form: DemoLogForm, text: Bool) -> [Span] {
    var generator = DemoGenerator(seed: 42, start: 1_793_491_200_000_000_000, minutes: 2, queriesPerSecond: 20)
    generator.form = form
    generator.writesText = text
    var bytes: [UInt8] = []
    generator.write(spans: 2_000, into: &bytes)
    var decoder = UsageLogDecoder()
    var spans: [Span] = []
    for (index, line) in bytes.split(separator: UInt8(ascii: "\n")).enumerated() {
        if case let .event(.span(span)) = decoder.decode(Array(line), lineNumber: index + 1) { spans.append(span) }
    }
    return spans
}

@Test func theShortFormWritesTheSameSpansAsTheNativeForm() {
    let native = spans(form: .native, text: true)
    let short = spans(form: .short, text: true)
    #expect(native.count == 2_000)
    #expect(short.count == native.count)
    for (one, other) in zip(native, short) {
        #expect(one.traceID == other.traceID && one.spanID == other.spanID && one.parentID == other.parentID)
        #expect(one.component == other.component || one.isRoot)
        #expect(one.usage == other.usage)
        #expect(one.model == other.model)
        #expect(one.isError == other.isError)
        // Milliseconds in the short form: the start within 1 ms, the duration within 1 µs.
        #expect(abs(one.startNanos - other.startNanos) < 1_000_000)
        #expect(abs(one.durationNanos - other.durationNanos) < 1_000)
    }
    #expect(short.contains { $0.content?.input?.hasPrefix("Where is my order") == true })
    #expect(short.contains { $0.content?.output != nil })
}

@Test func withoutTextNoSpanCarriesContent() {
    for form in DemoLogForm.allCases {
        let withText = spans(form: form, text: true)
        let without = spans(form: form, text: false)
        #expect(withText.contains { $0.content != nil })
        #expect(without.count == withText.count)
        #expect(!without.contains { $0.content != nil }, "\(form)")
    }
}
