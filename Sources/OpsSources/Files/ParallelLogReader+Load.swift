import OpsModel
import OpsFormats

extension ParallelLogReader {
    /// How a load of a followed file's existing bytes ended.
    enum LoadOutcome {
        /// Read to the end of what the file held: the follower goes on from the seam with the decoder.
        case caughtUp(FollowSeam, FollowedLogDecoder)
        /// The file could not be opened: the follower starts on its own (and says why it cannot read).
        case unopened
        /// `block` asked to stop (the screen is closing).
        case stopped
    }

    /// Reads what the followed file at `path` holds with the block workers, handing each block's
    /// events to `block` in file order on this thread, with where the block ends in the file and the
    /// counts so far; `block` returns false to stop.
    ///
    /// `block` owns each array: nearly always the one a worker decoded into, handed on whole. Arrays
    /// put in `spareEvents` once their events were used are emptied (their events freed) and refilled
    /// by the decoding threads.
    ///
    /// With `help`, the thread that takes the events in decodes blocks while it waits for them (see
    /// ``drive(_:spares:spareEvents:help:_:)``).
    ///
    /// It reads until `read` says the end of the file, so bytes appended during the load are read
    /// too. It ends at a seam: the open file, the offset after the bytes read, and a decoder holding
    /// the unfinished last line, its line number and the counts, for the follower to go on with.
    func load(
        following path: String, spareEvents: Recycler<[Event]>? = nil, help: LoadHelp? = nil,
        block: (_ events: consuming [Event], _ endOffset: Int64, _ stats: IngestStats) -> Bool
    ) -> LoadOutcome {
        let spares = Recycler<[UInt8]>(limit: Self.blocksInFlight(workers: workers))
        let source = LogBlockSource(following: path, blockSize: blockSize, spares: spares)
        var sequencer = BlockSequencer(options: options)
        var caughtUp = false
        var stopped = false
        drive(source, spares: spares, spareEvents: spareEvents, help: help) { done in
            switch consume done {
            case .block(var decoded, let endOffset):
                let events = sequencer.take(&decoded)
                _ = sequencer.takeMetrics()
                let more = block(events, endOffset, sequencer.stats)
                stopped = !more
                // Empty unless the block held other tools' records: then its emptied array.
                return Taken(wantsMore: more, spentEvents: decoded.events)
            case .caughtUp:
                caughtUp = true
                return Taken(wantsMore: true)
            case .finished, .failed, .end:
                return Taken(wantsMore: false)
            }
        }
        if stopped { return .stopped }
        guard caughtUp, let (descriptor, splitter) = source.handOver() else { return .unopened }
        let seam = FollowSeam(
            descriptor: descriptor, identity: FileIdentity.of(descriptor: descriptor), offset: splitter.bytesFed)
        return .caughtUp(seam, FollowedLogDecoder(splitter: splitter, sequencer: sequencer, options: options))
    }
}
