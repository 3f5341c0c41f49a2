import Foundation
import OpsFormats

extension ReplayIndex {
    /// Blocks read and not yet taken at most, with `workers` scanning threads.
    static func blocksInFlight(workers: Int) -> Int { workers + 2 }

    /// Scans the blocks of `source` with `workers` threads (with none, on this thread), handing each
    /// scanned block to `take` on this thread in file order.
    ///
    /// At most `blocksInFlight(workers:)` blocks are read and not yet taken, so memory stays within
    /// a few blocks. With `playAhead`, the scanners keep each entry's event.
    static func scan(
        _ source: ReplayBlockSource, workers: Int, maxLineLength: Int, playAhead: ReplayPlayAhead?,
        take: (consuming ReplayLineScanner.Scanned) -> Void
    ) {
        guard workers > 0 else {
            var scanner = ReplayLineScanner(maxLineLength: maxLineLength, playAhead: playAhead)
            while let (_, block) = source.next(), let block {
                let scanned = scanner.scan(block)
                source.giveBack(block)
                take(scanned)
            }
            return
        }
        let done = OrderedResults<ReplayLineScanner.Scanned?>()
        let slots = DispatchSemaphore(value: blocksInFlight(workers: workers))
        let next: @Sendable () -> (Int, LogBlock?)? = { source.next().map { ($0.ticket, $0.block) } }
        let perform: @Sendable (inout ReplayLineScanner, consuming LogBlock?) -> ReplayLineScanner.Scanned? = {
            scanner, block in
            guard let block else { return nil }
            let scanned = scanner.scan(block)
            source.giveBack(block)
            return scanned
        }
        for _ in 0..<workers {
            done.startWorker(
                slots: slots, state: { ReplayLineScanner(maxLineLength: maxLineLength, playAhead: playAhead) },
                next: next, perform: perform)
        }
        if let playAhead {
            // The screen's thread, waiting for events to play, scans the next block itself when a slot
            // is free (``ReplayPlayAhead/waitForEvents(atMost:)``), with a scanner of its own.
            var helper: ReplayLineScanner?
            playAhead.help.open {
                done.helpWithNext(
                    keeping: &helper, makeState: { ReplayLineScanner(maxLineLength: maxLineLength, playAhead: playAhead) },
                    slots: slots, next: next, perform: perform) ?? false
            }
        }
        // Closed before the slots can go: no step of help is under way once it returns.
        defer { playAhead?.help.close() }
        var ticket = 0
        while true {
            let scanned = done.take(ticket)
            ticket += 1
            slots.signal()
            guard let scanned else { return }
            take(scanned)
        }
    }
}
