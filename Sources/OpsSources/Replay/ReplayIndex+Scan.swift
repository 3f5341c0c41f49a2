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
        for _ in 0..<workers {
            done.startWorker(
                slots: slots, state: { ReplayLineScanner(maxLineLength: maxLineLength, playAhead: playAhead) },
                next: { source.next().map { ($0.ticket, $0.block) } },
                perform: { scanner, block in
                    guard let block else { return nil }
                    let scanned = scanner.scan(block)
                    source.giveBack(block)
                    return scanned
                })
        }
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
