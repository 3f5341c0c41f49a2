import OpsModel
import OpsFormats

/// Decodes a followed log's bytes as they arrive, cut into blocks of whole lines as the block
/// workers cut a whole file (``LogBlockSplitter``, ``BlockDecoder``, ``BlockSequencer``).
///
/// So a follower can take over from a load of the file's existing bytes
/// (``ParallelLogReader/load(following:event:block:)``) with its unfinished last line, its line
/// numbers (which name the ids of lines without ids), its counts and the other tools' records held
/// for a later line (a LangSmith run waiting for its patch); the events are the ones ``LogIngestor``
/// gives reading the same bytes.
struct FollowedLogDecoder: Sendable {
    private var splitter: LogBlockSplitter
    private var decoder: BlockDecoder
    private var sequencer: BlockSequencer
    private var cut: [LogBlock] = []

    /// Decodes `source` from its first line; its name keys the ids made up for lines without ids.
    init(source: String, options: UsageLogDecoder.Options) {
        self.init(
            splitter: LogBlockSplitter(syntheticSource: UsageLogDecoder.syntheticSourceKey(for: source)),
            sequencer: BlockSequencer(options: options), options: options)
    }

    /// Goes on from a load: `splitter` holds the unfinished line, `sequencer` the counts.
    init(splitter: LogBlockSplitter, sequencer: BlockSequencer, options: UsageLogDecoder.Options) {
        self.splitter = splitter
        self.sequencer = sequencer
        decoder = BlockDecoder(options: options)
    }

    /// What was read so far: lines, events, ignored and malformed lines.
    var stats: IngestStats { sequencer.stats }

    /// The number of the line after the last complete line decoded.
    var nextLineNumber: Int { splitter.nextLine }

    /// Decodes every line `chunk` completes, handing the events to `sink` in line order; an
    /// unfinished last line waits for its newline.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ sink: (Event) -> Void) {
        cut.removeAll(keepingCapacity: true)
        splitter.feed(chunk) { cut.append($0) }
        splitter.cutWholeLines { cut.append($0) }
        for block in cut {
            var decoded = decoder.decode(block)
            sequencer.deliver(&decoded, sink)
            splitter.recycle(block.bytes)
        }
        cut.removeAll(keepingCapacity: true)
        // Followed files feed the span engine only, as they always have: OTLP metrics lines are let go.
        _ = sequencer.takeMetrics()
    }

    /// Forgets an unfinished line after the file under it was truncated or replaced; line numbers
    /// start again, so the ids made up for lines without ids move to the next generation of the
    /// source's key and stay unique (as ``LogIngestor/discardPartialLine()`` does).
    mutating func restart() {
        splitter = LogBlockSplitter(
            blockSize: splitter.blockSize, maxLineLength: splitter.maxLineLength,
            syntheticSource: splitter.syntheticSource &+ 1)
    }
}
