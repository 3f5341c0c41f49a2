import OpsModel
import OpsFormats

/// Decodes the lines of one block of a replayed log apart from the others: the entries of its
/// native events in file order, and the lines whose handling depends on order (other tools'
/// records, rejections) as notes for the index's one in-order pass.
///
/// Used by the index pass and again by replay when it opens the block, so both see the same entries.
/// For a replay played while indexed (`ReplayPlayAhead`), the index pass's scanners also keep each
/// entry's event, decoded as replay reads it back (with prompts and completions).
struct ReplayLineScanner {
    /// What one block held.
    struct Scanned: Sendable {
        enum Note: Sendable {
            case malformed(line: Int, reason: String)
            /// Another tool's record, decoded in file order by the index pass.
            case foreign([UInt8], number: Int, extent: Range<Int64>)
        }

        var offset: Int64 = 0
        var byteCount = 0
        var firstLineNumber = 1
        /// `ReplayBlock.hash(of:)` of the block's bytes.
        var bytesHash: UInt64 = 0
        /// Native events, in file order.
        var entries: [ReplayIndex.Entry] = []
        /// The event of each entry, when the scanner keeps them.
        var events: [Event] = []
        var notes: [Note] = []
        var lines = 0
        var ignored = 0
    }

    static let beyondLineLimit = "beyond line 4294967295, which replay cannot index"

    let maxLineLength: Int
    let overLongReason: String
    private var decoder = UsageLogDecoder(options: UsageLogDecoder.Options(keepContent: false))
    private var events: [Event] = []
    /// Where the kept events' spans come back to be built over; nil when the scanner keeps no events.
    private let playAhead: ReplayPlayAhead?
    /// Whether the block being scanned keeps its events (`decoder` is then `ReplayLineReader`'s kind).
    private var keeping = false
    /// The decoder of the other kind, while `decoder` is in use.
    private var otherDecoder: UsageLogDecoder?

    init(maxLineLength: Int, playAhead: ReplayPlayAhead? = nil) {
        self.maxLineLength = maxLineLength
        self.playAhead = playAhead
        overLongReason = LineAssembler(maxLineLength: maxLineLength).overLongReason
        // Kept events are decoded as `ReplayLineReader` decodes them for replay.
        if playAhead != nil { otherDecoder = UsageLogDecoder(options: ReplayLineReader.decoderOptions) }
    }

    /// Keeps the next block's events while the play ahead goes on (and not once it is abandoned).
    private mutating func chooseDecoder() {
        let keep = playAhead.map { !$0.isAbandoned } ?? false
        guard keep != keeping, var other = otherDecoder else { return }
        swap(&decoder, &other)
        otherDecoder = other
        keeping = keep
        events.removeAll()
    }

    /// Scans a block cut by a `LogBlockSplitter`.
    mutating func scan(_ block: LogBlock) -> Scanned {
        var scanned = Scanned()
        scanned.offset = block.offset
        scanned.firstLineNumber = block.firstLineNumber
        chooseDecoder()
        decoder.syntheticSource = block.syntheticSource
        switch block.content {
        case .overLong:
            scanned.lines = 1
            scanned.notes.append(.malformed(line: block.firstLineNumber, reason: overLongReason))
        case let .lines(bytes):
            scanned.byteCount = bytes.count
            bytes.withUnsafeBytes { bytes in
                scanned.bytesHash = ReplayBlock.hash(of: bytes)
                scanLines(bytes, into: &scanned)
            }
        }
        return scanned
    }

    /// Scans whole lines read back from the file at `offset`, the first numbered `firstLineNumber`.
    mutating func scan(_ bytes: UnsafeRawBufferPointer, offset: Int64, firstLineNumber: Int) -> Scanned {
        var scanned = Scanned()
        scanned.offset = offset
        scanned.firstLineNumber = firstLineNumber
        chooseDecoder()
        scanned.byteCount = bytes.count
        scanned.bytesHash = ReplayBlock.hash(of: bytes)
        scanLines(bytes, into: &scanned)
        return scanned
    }

    private mutating func scanLines(_ bytes: UnsafeRawBufferPointer, into scanned: inout Scanned) {
        scanned.entries.reserveCapacity(bytes.count / 256)
        if keeping, let playAhead {
            scanned.events.reserveCapacity(bytes.count / 256)
            // The spans replay is done with: this block's are built in their boxes, the rest freed here.
            if let spent = playAhead.spent.take() { _ = decoder.recycle(spent) }
        }
        var assembler = LineAssembler(
            maxLineLength: maxLineLength, firstLineNumber: scanned.firstLineNumber, offset: scanned.offset)
        assembler.feed(bytes) { take($0, into: &scanned) }
        assembler.finish { take($0, into: &scanned) }
    }

    private mutating func take(_ output: LineAssembler.Output, into scanned: inout Scanned) {
        scanned.lines += 1
        switch output {
        case let .overLong(number, _):
            scanned.notes.append(.malformed(line: number, reason: overLongReason))
        case let .line(bytes, number, extent):
            // A kept event is decoded straight into the block's events: a native line has one at most.
            let kept = scanned.events.count
            // The line's first event's time, read as it is handed over: read back from the array, the
            // event was copied (its span retained and released).
            var time: Int64?
            let decoded: LineOutcome?
            if keeping {
                decoded = decoder.decodeDeferringForeign(bytes, lineNumber: number) { event in
                    if time == nil { time = event.timeNanos }
                    scanned.events.append(event)
                }
            } else {
                // The line before's event, only read for its time, lends its span's box to this line's.
                events = decoder.recycle(events)
                decoded = decoder.decodeDeferringForeign(bytes, lineNumber: number) { event in
                    if time == nil { time = event.timeNanos }
                    events.append(event)
                }
            }
            let keeps = if case .delivered? = decoded { kept + 1 } else { kept }
            if keeping, scanned.events.count > keeps { scanned.events.removeSubrange(keeps...) }
            guard let outcome = decoded else {
                scanned.notes.append(.foreign(Array(bytes), number: number, extent: extent))
                return
            }
            guard let length = UInt32(exactly: extent.count), let lineNumber = UInt32(exactly: number) else {
                if time != nil { scanned.notes.append(.malformed(line: number, reason: Self.beyondLineLimit)) }
                if keeping { scanned.events.removeSubrange(kept...) }
                return
            }
            switch outcome {
            case .delivered:
                scanned.entries.append(ReplayIndex.Entry(
                    timeNanos: time ?? 0, offset: extent.lowerBound, length: length, lineNumber: lineNumber))
            case .ignored:
                scanned.ignored += 1
            case let .malformed(reason):
                scanned.notes.append(.malformed(line: number, reason: reason))
            case .blank, .foreign:
                break
            }
        }
    }
}
