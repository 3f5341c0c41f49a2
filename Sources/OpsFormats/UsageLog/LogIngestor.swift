import OpsModel

/// Turns the bytes of one usage log into events: splits lines, decodes them, counts what it saw.
///
/// One ingestor per source, so line numbers in malformed-line reports are the source's own.
package struct LogIngestor: Sendable {
    package private(set) var stats = IngestStats()
    private var assembler = LineAssembler()
    private var decoder: UsageLogDecoder
    private let overLongReason = LineAssembler().overLongReason

    /// `source` names the input (its path, `-` for standard input) in the ids made up for lines
    /// without ids; give every source its own name, or such lines of two sources collide.
    package init(options: UsageLogDecoder.Options = UsageLogDecoder.Options(), source: String? = nil) {
        decoder = UsageLogDecoder(options: options)
        if let source { decoder.syntheticSource = UsageLogDecoder.syntheticSourceKey(for: source) }
    }

    /// Feeds a chunk; `sink` receives each complete line's event.
    package mutating func feed(_ chunk: UnsafeRawBufferPointer, _ sink: (Event) -> Void) {
        var assembler = takeAssembler()
        assembler.feed(chunk) { output in handle(output, sink) }
        self.assembler = assembler
    }

    /// Decodes a last line that had no newline (at the end of a whole file or a closed pipe).
    package mutating func finish(_ sink: (Event) -> Void) {
        var assembler = takeAssembler()
        assembler.finish { output in handle(output, sink) }
        self.assembler = assembler
    }

    /// Hands over the OTLP metrics lines (`{"resourceMetrics":[…]}`) read since the last call; they
    /// feed the scrape store, not the span engine. Up to 10 000 wait; older ones are dropped.
    package mutating func takeMetrics() -> [MetricsLine] { decoder.takeMetrics() }

    /// Forgets a partial line, after the file under it was truncated or replaced; line numbers start
    /// again, so synthetic ids move to the source's next generation and stay unique.
    package mutating func discardPartialLine() {
        assembler = LineAssembler(maxLineLength: assembler.maxLineLength)
        decoder.syntheticSource &+= 1
    }

    /// Moves the assembler out of `self` (no copy of its buffer) so the callback may mutate `self`.
    private mutating func takeAssembler() -> LineAssembler {
        let assembler = self.assembler
        self.assembler = LineAssembler(maxLineLength: 1)
        return assembler
    }

    private mutating func handle(_ output: LineAssembler.Output, _ sink: (Event) -> Void) {
        switch output {
        case let .line(bytes, number, _):
            stats.lines += 1
            // The event goes straight from the decoder to the sink, never copied through a `DecodedLine`.
            let outcome = decoder.decode(bytes, lineNumber: number, into: sink)
            stats.count(outcome, line: number, heldRuns: decoder.heldRuns)
        case let .overLong(number, _):
            stats.lines += 1
            stats.recordMalformed(line: number, reason: overLongReason)
        }
    }
}
