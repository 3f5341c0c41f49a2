#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a stream of byte chunks into lines, keeping a partial last line until its newline arrives.
///
/// A line is passed without its `\n` (and without one trailing `\r`). Lines that lie wholly
/// inside a chunk are passed as slices of it, without copying; only a line split across
/// chunks is gathered in a buffer. A line longer than `maxLineLength` bytes is not buffered:
/// it is reported as `.overLong` once and skipped up to its newline.
package struct LineAssembler: Sendable {
    /// One piece of output; the bytes are valid only during the callback. `extent` is where the
    /// line stands in the stream, without its `\n` but with any `\r` (what replay indexes to read
    /// the line back); an over-long line is reported by where it starts.
    package enum Output {
        case line(UnsafeRawBufferPointer, number: Int, extent: Range<Int64>)
        case overLong(number: Int, offset: Int64)
    }

    package static let defaultMaxLineLength = 16 << 20

    package let maxLineLength: Int
    /// The number of the line being assembled (1-based).
    package private(set) var nextLineNumber = 1
    /// The stream offset of the line being emitted.
    private var lineOffset: Int64 = 0
    /// Bytes fed before the current chunk.
    private var fedBytes: Int64 = 0
    /// The stream offset where `pending` (or the over-long line being skipped) began.
    private var pendingOffset: Int64 = 0
    private var pending: [UInt8] = []
    private var skippingOverLong = false

    package init(maxLineLength: Int = LineAssembler.defaultMaxLineLength) {
        self.maxLineLength = Swift.max(1, maxLineLength)
    }

    /// An assembler for a stream that starts part-way into a log: at line `firstLineNumber`,
    /// `offset` bytes in (a block of whole lines, decoded apart from the blocks before it).
    package init(maxLineLength: Int = LineAssembler.defaultMaxLineLength, firstLineNumber: Int, offset: Int64) {
        self.init(maxLineLength: maxLineLength)
        nextLineNumber = firstLineNumber
        fedBytes = offset
    }

    /// The reason a consumer records for an over-long line, such as `line longer than 16 MiB`.
    package var overLongReason: String {
        if maxLineLength % (1 << 20) == 0 { return "line longer than \(maxLineLength >> 20) MiB" }
        if maxLineLength % (1 << 10) == 0 { return "line longer than \(maxLineLength >> 10) KiB" }
        return "line longer than \(maxLineLength) bytes"
    }

    /// Feeds a chunk, calling `body` for each line it completes.
    package mutating func feed(_ chunk: UnsafeRawBufferPointer, _ body: (Output) throws -> Void) rethrows {
        guard let base = chunk.baseAddress else { return }
        let count = chunk.count
        defer { fedBytes += Int64(count) }
        var start = 0
        while start < count {
            guard let newline = Self.firstNewline(base, from: start, to: count) else {
                try keep(UnsafeRawBufferPointer(start: base + start, count: count - start), at: start, body)
                return
            }
            let piece = UnsafeRawBufferPointer(start: base + start, count: newline - start)
            if skippingOverLong {
                skippingOverLong = false
                nextLineNumber += 1
            } else if pending.isEmpty {
                lineOffset = fedBytes + Int64(start)
                try emit(piece, body)
            } else {
                try keep(piece, at: start, body)
                if skippingOverLong {
                    skippingOverLong = false
                    nextLineNumber += 1
                } else {
                    var gathered: [UInt8] = []
                    swap(&gathered, &pending)
                    defer {
                        if gathered.capacity <= 1 << 20 {
                            gathered.removeAll(keepingCapacity: true)
                            pending = gathered
                        }
                    }
                    lineOffset = pendingOffset
                    try gathered.withUnsafeBytes { try emit($0, body) }
                }
            }
            start = newline + 1
        }
    }

    /// Feeds a chunk held in an array.
    package mutating func feed(_ chunk: [UInt8], _ body: (Output) throws -> Void) rethrows {
        try chunk.withUnsafeBytes { try feed($0, body) }
    }

    /// Emits the last line when the stream ended without a newline.
    package mutating func finish(_ body: (Output) throws -> Void) rethrows {
        if skippingOverLong {
            skippingOverLong = false
            nextLineNumber += 1
            return
        }
        guard !pending.isEmpty else { return }
        let gathered = pending
        pending = []
        lineOffset = pendingOffset
        try gathered.withUnsafeBytes { try emit($0, body) }
    }

    /// Emits a complete line, or reports it when too long.
    private mutating func emit(_ line: UnsafeRawBufferPointer, _ body: (Output) throws -> Void) rethrows {
        let number = nextLineNumber
        nextLineNumber += 1
        guard line.count <= maxLineLength else {
            try body(.overLong(number: number, offset: lineOffset))
            return
        }
        var length = line.count
        if length > 0 && line[length - 1] == UInt8(ascii: "\r") { length -= 1 }
        let extent = lineOffset..<(lineOffset + Int64(line.count))
        try body(.line(UnsafeRawBufferPointer(rebasing: line[0..<length]), number: number, extent: extent))
    }

    /// Adds bytes of an unfinished line (at `start` in the current chunk) to the buffer, switching
    /// to skipping once it is too long.
    private mutating func keep(
        _ bytes: UnsafeRawBufferPointer, at start: Int, _ body: (Output) throws -> Void
    ) rethrows {
        guard !skippingOverLong else { return }
        if pending.isEmpty { pendingOffset = fedBytes + Int64(start) }
        if pending.count + bytes.count > maxLineLength {
            pending = []
            skippingOverLong = true
            lineOffset = pendingOffset
            try body(.overLong(number: nextLineNumber, offset: lineOffset))
            return
        }
        pending.append(contentsOf: bytes)
    }

    /// The offset of the first `\n` in `start..<end` (libc's vectorised `memchr`).
    @inline(__always)
    static func firstNewline(_ base: UnsafeRawPointer, from start: Int, to end: Int) -> Int? {
        guard start < end, let found = memchr(base + start, 0x0A, end - start) else { return nil }
        return UnsafeRawPointer(found) - base
    }
}
