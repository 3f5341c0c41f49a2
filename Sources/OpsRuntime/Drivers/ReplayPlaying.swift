import OpsEngine
import OpsModel
import OpsSources

/// The store of a replay played while its log is indexed (`ReplayPlayAhead`), taking in the events
/// the index pass hands over as a loading log's: the arrays they came in, and the spans its trace
/// store evicts, go back to the pass's decoders.
struct ReplayPlaying {
    let playAhead: ReplayPlayAhead
    private(set) var store: MetricsStore
    private var pending = PendingEvents()
    /// Pumps that took events in.
    private(set) var pumps = 0

    init(playAhead: ReplayPlayAhead, configuration: EngineConfiguration) {
        self.playAhead = playAhead
        store = MetricsStore(configuration: configuration)
        store.holdEvictedSpans()
    }

    /// Takes in up to `limit` events, waiting briefly for the pass when none wait (keys are read
    /// between pumps); true when some were.
    mutating func pump(upTo limit: Int) -> Bool {
        if pending.isEmpty {
            if !playAhead.isDone { playAhead.waitForEvents(atMost: Self.wait) }
            pending.add(playAhead.drain(), spent: playAhead.spent)
        }
        guard !pending.isEmpty else { return false }
        pending.ingest(upTo: limit, into: &store)
        pumps &+= 1
        return true
    }

    /// Puts the store's figures in place for a frame (``MetricsStore/settle()``): the events taken in
    /// moved its clock.
    mutating func settle() {
        store.settle()
    }

    /// The pass handed over everything and all of it is taken in.
    var isDone: Bool { pending.isEmpty && playAhead.isDone }

    /// How long a pump waits for the pass's next events: what a key may wait meanwhile.
    static let wait = Duration.milliseconds(20)
}
