import OpsModel

/// What a ``BlockDecoder`` made of one ``LogBlock``: its events in line order, the counts of its
/// lines, and the lines whose handling depends on order (``Note``), each at its place among the events.
package struct DecodedBlock: Sendable {
    /// A line the ``BlockSequencer`` handles in file order.
    package enum Note: Sendable {
        /// Another tool's record, decoded in order because it may depend on earlier lines.
        case foreignLine([UInt8], number: Int)
        /// A line that was rejected: the report keeps the first few reasons, in file order.
        case malformed(line: Int, reason: String)
    }

    /// A note and how many of the block's events come before its line.
    package struct PlacedNote: Sendable {
        package var eventsBefore: Int
        package var note: Note
    }

    package var sequence: Int
    package var events: [Event] = []
    package var notes: [PlacedNote] = []
    /// Lines read, native events delivered and lines ignored (counted as `IngestStats` counts them).
    package var lines = 0
    package var deliveredEvents = 0
    package var ignored = 0
    /// The block's ``LogBlock/syntheticSource``, for the other tools' records decoded in order.
    package var syntheticSource: UInt32 = 0

    package init(sequence: Int) {
        self.sequence = sequence
    }
}
