import OpsModel
import OpsFormats

/// The in-order part of the index pass: takes the scanned blocks in file order, counts their
/// lines as `report` counts them, and decodes other tools' records with one decoder in file
/// order (a LangSmith run may be completed by a later line).
struct ReplayIndexAssembly {
    private(set) var stats = IngestStats()
    private(set) var blocks: [ReplayBlock] = []
    private(set) var foreignEntries: [ReplayIndex.Entry] = []
    private(set) var keptEvents: [Event] = []
    /// The entries of the first blocks, up to the budget.
    let scannedEntries: ReplayScannedEntries
    private var decoder = UsageLogDecoder(options: UsageLogDecoder.Options(keepContent: false))
    private var events: [Event] = []
    /// Where the events go in replay's order while the log allows; nil once it does not.
    private var playAhead: ReplayPlayAhead?
    private var playOrder = ReplayPlayOrder()

    init(syntheticSource: UInt32, keptEntryBudget: Int, playAhead: ReplayPlayAhead? = nil) {
        decoder.syntheticSource = syntheticSource
        scannedEntries = ReplayScannedEntries(budget: keptEntryBudget)
        self.playAhead = playAhead
    }

    mutating func take(_ scanned: consuming ReplayLineScanner.Scanned) {
        if playAhead != nil {
            // The events move on alone: the play order moves them out of their array, which must be its own.
            var events: [Event] = []
            swap(&events, &scanned.events)
            playOn(scanned, events: events)
        }
        stats.lines += scanned.lines
        stats.events += scanned.entries.count
        stats.ignored += scanned.ignored
        for note in scanned.notes {
            switch note {
            case let .malformed(line, reason): stats.recordMalformed(line: line, reason: reason)
            case let .foreign(bytes, number, extent): decodeForeign(bytes, number: number, extent: extent)
            }
        }
        if let block = ReplayBlock(
            offset: scanned.offset, byteCount: scanned.byteCount, firstLineNumber: scanned.firstLineNumber,
            entries: scanned.entries, bytesHash: scanned.bytesHash)
        {
            blocks.append(block)
            // A replay played ahead is at its end once indexed: it opens no block unless it goes back.
            if playAhead == nil { scannedEntries.hold(scanned.entries) } else { scannedEntries.skip() }
        }
    }

    /// Hands the events of a scanned block to the play ahead in replay's order, or abandons it: at
    /// another tool's record, at an event out of the order it can put right, when the screen stopped it.
    private mutating func playOn(_ scanned: borrowing ReplayLineScanner.Scanned, events: consuming [Event]) {
        guard let playAhead else { return }
        let foreign = scanned.notes.contains { if case .foreign = $0 { true } else { false } }
        // A block scanned once the play ahead was abandoned kept no events.
        let kept = events.count == scanned.entries.count
        if !foreign, kept, let letGo = playOrder.take(scanned.entries, events: events), playAhead.put(letGo) { return }
        playAhead.abandon()
        self.playAhead = nil
        playOrder = ReplayPlayOrder()
    }

    /// Hands the events still held to the play ahead, the log read to its end.
    mutating func finishPlaying() {
        guard let playAhead else { return }
        if !playAhead.put(playOrder.finish()) { playAhead.abandon() }
    }

    /// The other tools' entries, in the order replay applies them.
    var sortedForeignEntries: [ReplayIndex.Entry] { foreignEntries.sorted(by: ReplayIndex.Entry.precedes) }

    private mutating func decodeForeign(_ bytes: [UInt8], number: Int, extent: Range<Int64>) {
        events.removeAll(keepingCapacity: true)
        let outcome = bytes.withUnsafeBytes { decoder.decode($0, lineNumber: number) { events.append($0) } }
        guard let length = UInt32(exactly: extent.count), let lineNumber = UInt32(exactly: number) else {
            if !events.isEmpty { stats.recordMalformed(line: number, reason: ReplayLineScanner.beyondLineLimit) }
            return
        }
        stats.count(outcome, line: number, heldRuns: decoder.heldRuns)
        let offset = extent.lowerBound
        switch outcome {
        case .delivered:
            foreignEntries.append(ReplayIndex.Entry(
                timeNanos: events[0].timeNanos, offset: offset, length: length, lineNumber: lineNumber))
        case let .foreign(foreign):
            typealias Entry = ReplayIndex.Entry
            for (ordinal, event) in events.enumerated() {
                if foreign.selfContained, ordinal < Int(Entry.keptOrdinal) {
                    foreignEntries.append(Entry(
                        timeNanos: event.timeNanos, offset: offset, length: length, lineNumber: lineNumber,
                        ordinal: UInt16(ordinal)))
                } else {
                    foreignEntries.append(Entry(
                        timeNanos: event.timeNanos, offset: offset, length: UInt32(truncatingIfNeeded: keptEvents.count),
                        lineNumber: lineNumber, ordinal: Entry.keptOrdinal))
                    keptEvents.append(event)
                }
            }
        case .blank, .ignored, .malformed:
            break
        }
    }
}
