extension ReplayIndex {
    /// One event: its event time (`Event.timeNanos`) and where its line's bytes are.
    package struct Entry: Sendable, Hashable {
        /// `ordinal` of an event kept in `ReplayIndex.keptEvents` instead of read back from its line.
        package static let keptOrdinal = UInt16.max

        package var timeNanos: Int64
        /// The line's offset in the low 48 bits, `ordinal` in the high 16: entries stay 24 bytes.
        private var offsetAndOrdinal: Int64
        /// Bytes in the line, without its `\n`; for a kept event, its index in `keptEvents`.
        package var length: UInt32
        /// The 1-based line number, which names synthetic ids when the line gives none.
        package var lineNumber: UInt32

        package init(timeNanos: Int64, offset: Int64, length: UInt32, lineNumber: UInt32, ordinal: UInt16 = 0) {
            self.timeNanos = timeNanos
            offsetAndOrdinal = (offset & Self.offsetMask) | Int64(ordinal) << 48
            self.length = length
            self.lineNumber = lineNumber
        }

        private static let offsetMask: Int64 = 0xFFFF_FFFF_FFFF

        /// Byte offset of the line's first byte.
        package var offset: Int64 { offsetAndOrdinal & Self.offsetMask }
        /// Which of the line's events this is (an OTLP or LangSmith batch line holds several); 0 for native lines.
        package var ordinal: UInt16 { UInt16(truncatingIfNeeded: offsetAndOrdinal >> 48) }
        /// Whether the event is kept in memory (it was completed from an earlier line) rather than read back.
        package var isKept: Bool { ordinal == Self.keptOrdinal }

        /// The offset just past the line (where its `\n` is).
        package var endOffset: Int64 { offset + Int64(length) }

        /// The order replay applies events in: by time, then file order (line, then place in the line).
        package static func precedes(_ left: Entry, _ right: Entry) -> Bool {
            (left.timeNanos, left.offset, left.ordinal, left.length) < (right.timeNanos, right.offset, right.ordinal, right.length)
        }
    }
}
