/// A run of whole lines cut from a log at line boundaries, decoded apart from the blocks around it.
package struct LogBlock: Sendable {
    package enum Content: Sendable {
        /// Whole lines, each ending with `\n` except perhaps the last line of the log.
        case lines([UInt8])
        /// One line longer than the limit, skipped up to its newline: only where it starts is kept.
        case overLong
    }

    /// The block's place in its log (0, 1, 2, …): decoded blocks are delivered in this order.
    package var sequence: Int
    /// The number of the block's first line in its log (1-based).
    package var firstLineNumber: Int
    /// Where the block starts in its log, in bytes.
    package var offset: Int64
    package var content: Content
    /// The log's key for ids made up for lines without ids (``UsageLogDecoder/syntheticSource``).
    package var syntheticSource: UInt32 = 0

    /// The block's bytes (empty for an over-long line), to be recycled once decoded.
    package var bytes: [UInt8] {
        if case let .lines(bytes) = content { return bytes }
        return []
    }

    package init(
        sequence: Int, firstLineNumber: Int, offset: Int64, content: Content, syntheticSource: UInt32 = 0
    ) {
        self.syntheticSource = syntheticSource
        self.sequence = sequence
        self.firstLineNumber = firstLineNumber
        self.offset = offset
        self.content = content
    }
}
