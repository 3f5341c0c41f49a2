/// Cuts a stream of byte chunks into ``LogBlock``s of about `blockSize` bytes at line boundaries,
/// numbering their lines as ``LineAssembler`` numbers them when it reads the whole stream.
///
/// A line longer than `maxLineLength` is not held: it becomes an `.overLong` block as soon as it
/// is known to be too long, and is skipped up to its newline, so memory stays within a block and
/// one line's limit whatever the input.
package struct LogBlockSplitter: Sendable {
    package static let defaultBlockSize = 512 << 10

    package let blockSize: Int
    package let maxLineLength: Int
    /// Bytes read but not yet cut into a block: whole lines, then the start of one unfinished line.
    private var pending: [UInt8] = []
    /// The index in `pending` of its last `\n`, if it holds one.
    private var lastNewline: Int?
    /// Where `pending` (or the over-long line being skipped) starts in the stream.
    private var pendingOffset: Int64 = 0
    /// Bytes fed before the current chunk.
    private var fedBytes: Int64 = 0
    private var nextLineNumber = 1
    private var nextSequence = 0
    private var skippingOverLong = false
    /// Buffers of decoded blocks, given back by `recycle`.
    private var spare: [[UInt8]] = []

    /// The key every block carries for ids made up for lines without ids; see
    /// ``UsageLogDecoder/syntheticSourceKey(for:)``.
    package let syntheticSource: UInt32

    package init(
        blockSize: Int = LogBlockSplitter.defaultBlockSize, maxLineLength: Int = LineAssembler.defaultMaxLineLength,
        syntheticSource: UInt32 = 0
    ) {
        self.syntheticSource = syntheticSource
        self.blockSize = Swift.max(1, blockSize)
        self.maxLineLength = Swift.max(1, maxLineLength)
        pending.reserveCapacity(self.blockSize + 64 << 10)
    }

    /// Feeds the next chunk of the stream, calling `emit` with each block it completes.
    package mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (LogBlock) throws -> Void) rethrows {
        guard let base = chunk.baseAddress else { return }
        defer { fedBytes += Int64(chunk.count) }
        var start = 0
        while start < chunk.count {
            if skippingOverLong {
                guard let newline = LineAssembler.firstNewline(base, from: start, to: chunk.count) else { return }
                skippingOverLong = false
                nextLineNumber += 1
                start = newline + 1
                pendingOffset = fedBytes + Int64(start)
                continue
            }
            // Up to a block's worth at a time, so a block is never much larger than `blockSize`
            // (a line longer than a block grows by a block's worth at a time).
            let room = pending.count < blockSize ? blockSize - pending.count : blockSize
            let end = start + Swift.min(chunk.count - start, room)
            let appendedAt = pending.count
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
            if let found = Self.lastNewline(base, from: start, to: end) {
                lastNewline = appendedAt + (found - start)
            }
            start = end
            try settle(emit)
        }
    }

    /// Whether ``fill(reading:_:)`` may take the next chunk: when a recycled buffer has room for the
    /// bytes held and a read of a good size (half a block's, at most 64 KiB), not while an over-long line
    /// is skipped, nor while more than 64 KiB are held (after short reads), which it would copy.
    package var readsInPlace: Bool { roomySpare != nil }

    /// The index in `spare` of a buffer ``fill(reading:_:)`` may read into.
    private var roomySpare: Int? {
        guard !skippingOverLong, pending.count <= Self.inPlaceLimit else { return nil }
        // Room for at least one byte, so a read of nothing means the end.
        let needed = pending.count + Swift.max(1, Swift.min(blockSize / 2, Self.inPlaceLimit))
        return spare.lastIndex { $0.count >= needed }
    }

    static let inPlaceLimit = 64 << 10

    /// Feeds the next chunk as ``feed(_:_:)`` does, but `read` writes it straight into the buffer
    /// the next block is cut from (up to a block's worth; `read` returns the bytes written, 0 or
    /// less for none): the chunk is not copied again. Only when ``readsInPlace``.
    ///
    /// The buffer is a decoded block's, given back by ``recycle(_:)``: its old bytes are written
    /// over (the unfinished line first, then the chunk) and the rest cut off.
    /// Returns false, without calling `read`, when not ``readsInPlace``.
    @discardableResult
    package mutating func fill(
        reading read: (UnsafeMutableRawBufferPointer) -> Int, _ emit: (LogBlock) throws -> Void
    ) rethrows -> Bool {
        let held = pending.count
        guard let index = roomySpare else { return false }
        var buffer = spare.remove(at: index)
        var room = held < blockSize ? blockSize - held : blockSize
        // A decoded block is a little shorter than a block: lengthened by the few bytes missing
        // (the last lines cut off it), so this read can complete a block.
        let missing = held + room - buffer.count
        if missing > Self.inPlaceLimit {
            room = buffer.count - held
        } else if missing > 0 {
            buffer.append(contentsOf: repeatElement(0, count: missing))
        }
        let count = buffer.withUnsafeMutableBytes { bytes -> Int in
            pending.withUnsafeBytes { heldBytes in
                if let from = heldBytes.baseAddress, let to = bytes.baseAddress { to.copyMemory(from: from, byteCount: held) }
            }
            return Swift.min(room, read(UnsafeMutableRawBufferPointer(rebasing: bytes[held..<(held + room)])))
        }
        guard count > 0 else {
            recycle(buffer)
            return true
        }
        buffer.removeSubrange((held + count)...)
        swap(&buffer, &pending)
        recycle(buffer)
        if let found = pending.withUnsafeBytes({ bytes in
            bytes.baseAddress.flatMap { Self.lastNewline($0, from: held, to: held + count) }
        }) {
            lastNewline = found
        }
        fedBytes += Int64(count)
        try settle(emit)
        return true
    }

    /// Reads the next chunk with `read`: straight into a decoded block's buffer when ``readsInPlace``
    /// (``fill(reading:_:)``), else into `buffer`, which ``feed(_:_:)`` then copies. A failed read
    /// feeds nothing; either way `read`'s outcome is returned (0 bytes: the end of the stream).
    package mutating func read<Failure: Error>(
        into buffer: UnsafeMutableRawBufferPointer, _ read: (UnsafeMutableRawBufferPointer) -> Result<Int, Failure>,
        _ emit: (LogBlock) -> Void
    ) -> Result<Int, Failure> {
        var inPlace: Result<Int, Failure>?
        fill(reading: { room in
            let outcome = read(room)
            inPlace = outcome
            return (try? outcome.get()) ?? 0
        }, emit)
        if let inPlace { return inPlace }
        let outcome = read(buffer)
        if case let .success(count) = outcome, count > 0 {
            feed(UnsafeRawBufferPointer(rebasing: buffer[..<count]), emit)
        }
        return outcome
    }

    /// Where the bytes fed so far end in the stream: the offset the next chunk starts at.
    package var bytesFed: Int64 { fedBytes }

    /// The number of the first line not yet cut into a block (1-based): the line after the last
    /// complete line once ``cutWholeLines(_:)`` has run.
    package var nextLine: Int { nextLineNumber }

    /// Cuts every whole line held into a block now, keeping only an unfinished last line: for a
    /// followed log, whose lines are decoded as they arrive rather than once a block is full.
    package mutating func cutWholeLines(_ emit: (LogBlock) throws -> Void) rethrows {
        guard !skippingOverLong, let lastNewline else { return }
        try cut(upTo: lastNewline + 1, emit)
    }

    /// Ends the stream: the last line, even without its newline.
    package mutating func finish(_ emit: (LogBlock) throws -> Void) rethrows {
        guard !skippingOverLong, !pending.isEmpty else { return }
        try cut(upTo: pending.count, emit)
    }

    /// Cuts a block when a full one of whole lines is held; skips the unfinished line once too long.
    private mutating func settle(_ emit: (LogBlock) throws -> Void) rethrows {
        let lineStart = lastNewline.map { $0 + 1 } ?? 0
        if pending.count - lineStart > maxLineLength {
            if lineStart > 0 { try cut(upTo: lineStart, emit) }
            try emit(
                LogBlock(
                    sequence: nextSequence, firstLineNumber: nextLineNumber, offset: pendingOffset, content: .overLong,
                    syntheticSource: syntheticSource))
            nextSequence += 1
            pending.removeAll(keepingCapacity: true)
            skippingOverLong = true
            return
        }
        if pending.count >= blockSize && lineStart > 0 { try cut(upTo: lineStart, emit) }
    }

    /// Emits `pending[..<end]` (whole lines, or the log's last bytes) as a block and keeps the rest.
    /// The held bytes become the block (not copied); the unfinished line moves to a recycled buffer.
    private mutating func cut(upTo end: Int, _ emit: (LogBlock) throws -> Void) rethrows {
        var next = spare.popLast() ?? []
        next.removeAll(keepingCapacity: true)
        next.reserveCapacity(blockSize + (64 << 10))
        next.append(contentsOf: pending[end...])
        var lines = pending
        pending = next
        lines.removeSubrange(end...)
        let count = Self.lineCount(lines)
        let block = LogBlock(
            sequence: nextSequence, firstLineNumber: nextLineNumber, offset: pendingOffset, content: .lines(lines),
            syntheticSource: syntheticSource)
        nextSequence += 1
        nextLineNumber += count
        pendingOffset += Int64(end)
        lastNewline = nil
        try emit(block)
    }

    /// Gives back a block's bytes once decoded, to hold later blocks without allocating.
    package mutating func recycle(_ buffer: [UInt8]) {
        if spare.count < 4 { spare.append(buffer) }
    }

    /// The offset of the last `\n` in `start..<end`, searched from the end: lines are short, so it is near.
    static func lastNewline(_ base: UnsafeRawPointer, from start: Int, to end: Int) -> Int? {
        var index = end
        while index > start {
            index -= 1
            if base.load(fromByteOffset: index, as: UInt8.self) == 0x0A { return index }
        }
        return nil
    }

    /// The lines in `bytes`: its newlines, and one more for a last line without one.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0
            var start = 0
            while let newline = LineAssembler.firstNewline(base, from: start, to: buffer.count) {
                count += 1
                start = newline + 1
            }
            return start < buffer.count ? count + 1 : count
        }
    }
}
