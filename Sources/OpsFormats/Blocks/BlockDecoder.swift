import OpsModel

/// Decodes ``LogBlock``s on a worker thread, one block at a time, each apart from the others.
///
/// Native lines depend on nothing before them, so a block decodes to the same events wherever
/// its decoder started. Other tools' records are left as notes for the ``BlockSequencer``.
package struct BlockDecoder: Sendable {
    private var decoder: UsageLogDecoder
    private let maxLineLength: Int
    private let overLongReason: String

    package init(options: UsageLogDecoder.Options, maxLineLength: Int = LineAssembler.defaultMaxLineLength) {
        decoder = UsageLogDecoder(options: options)
        self.maxLineLength = maxLineLength
        overLongReason = LineAssembler(maxLineLength: maxLineLength).overLongReason
    }

    /// `events` is a spent events array: its spans' boxes and an earlier such array's storage are
    /// reused for the block's events; what is not reused is freed here.
    package mutating func decode(_ block: LogBlock, reusing events: consuming [Event] = []) -> DecodedBlock {
        var decoded = DecodedBlock(sequence: block.sequence)
        decoded.syntheticSource = block.syntheticSource
        decoder.syntheticSource = block.syntheticSource
        // The spent events become the boxes of this block's spans; the array spent the time before,
        // emptied, holds this block's events.
        decoded.events = decoder.recycle(events)
        switch block.content {
        case .overLong:
            decoded.lines = 1
            decoded.notes.append(
                .init(eventsBefore: 0, note: .malformed(line: block.firstLineNumber, reason: overLongReason)))
        case let .lines(bytes):
            decoded.events.reserveCapacity(bytes.count / 256)
            var assembler = LineAssembler(
                maxLineLength: maxLineLength, firstLineNumber: block.firstLineNumber, offset: block.offset)
            bytes.withUnsafeBytes { buffer in
                assembler.feed(buffer) { take($0, into: &decoded) }
                assembler.finish { take($0, into: &decoded) }
            }
        }
        return decoded
    }

    private mutating func take(_ output: LineAssembler.Output, into decoded: inout DecodedBlock) {
        decoded.lines += 1
        switch output {
        case let .line(bytes, number, _):
            let outcome = decoder.decodeDeferringForeign(bytes, lineNumber: number) { decoded.events.append($0) }
            // Consumed: each case takes its own payload, so a delivered line has nothing left to destroy.
            switch consume outcome {
            case nil:
                decoded.notes.append(
                    .init(eventsBefore: decoded.events.count, note: .foreignLine(Array(bytes), number: number)))
            case .delivered?:
                decoded.deliveredEvents += 1
            case .ignored?:
                decoded.ignored += 1
            case let .malformed(reason)?:
                decoded.notes.append(
                    .init(eventsBefore: decoded.events.count, note: .malformed(line: number, reason: reason)))
            case .blank?, .foreign?:
                break
            }
        case let .overLong(number, _):
            decoded.notes.append(
                .init(eventsBefore: decoded.events.count, note: .malformed(line: number, reason: overLongReason)))
        }
    }
}
