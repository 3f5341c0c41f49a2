import Glibc

/// Walks the lines of a file with the byte offset and length of each, reading chunks with
/// `pread` into one buffer: a line is passed as a slice of it, never copied, unless it is longer
/// than the buffer.
///
/// Lines are split as `LineAssembler` splits them: on `\n`, a last line without one counts, and a
/// line longer than `maxLineLength` is reported as `.overLong` instead of being read.
struct LineScanner {
    enum Line {
        /// The line without its `\n` (a trailing `\r` is still there); valid only during the call.
        case bytes(UnsafeRawBufferPointer)
        case overLong
    }

    let file: ReplayFile
    let chunkSize: Int
    let maxLineLength: Int

    init(file: ReplayFile, chunkSize: Int, maxLineLength: Int) {
        self.file = file
        self.chunkSize = Swift.max(4096, chunkSize)
        self.maxLineLength = Swift.max(1, maxLineLength)
    }

    /// Calls `body` with each line's offset, length (without the `\n`) and bytes, in file order.
    func forEachLine(_ body: (_ offset: Int64, _ length: Int, _ line: Line) -> Void) throws(SourceError) {
        let buffer = ReadBuffer(size: chunkSize)
        guard let base = buffer.bytes.baseAddress else { return }
        let capacity = buffer.bytes.count
        var bufferOffset: Int64 = 0
        var filled = 0
        while true {
            let free = UnsafeMutableRawBufferPointer(start: base + filled, count: capacity - filled)
            let count = try file.read(into: free, at: bufferOffset + Int64(filled))
            if count == 0 {
                if filled > 0 { emit(bufferOffset, base, filled, body) }
                return
            }
            filled += count
            var start = 0
            while start < filled, let hit = memchr(base + start, 0x0A, filled - start) {
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                emit(bufferOffset + Int64(start), base + start, end - start, body)
                start = end + 1
            }
            if start == 0 && filled == capacity {
                let length = try lengthOfLine(at: bufferOffset, knownLength: capacity, buffer: buffer.bytes)
                try emitLongLine(at: bufferOffset, length: length, body)
                bufferOffset += Int64(length) + 1
                filled = 0
            } else if start > 0 {
                memmove(base, base + start, filled - start)
                bufferOffset += Int64(start)
                filled -= start
            }
        }
    }

    private func emit(_ offset: Int64, _ start: UnsafeRawPointer, _ length: Int, _ body: (Int64, Int, Line) -> Void) {
        if length > maxLineLength {
            body(offset, length, .overLong)
        } else {
            body(offset, length, .bytes(UnsafeRawBufferPointer(start: start, count: length)))
        }
    }

    /// The length of the line at `offset` (up to its `\n` or the end of the file), scanning on
    /// from `knownLength` bytes that hold no newline; overwrites `buffer`.
    private func lengthOfLine(
        at offset: Int64, knownLength: Int, buffer: UnsafeMutableRawBufferPointer
    ) throws(SourceError) -> Int {
        guard let base = buffer.baseAddress else { return knownLength }
        var length = knownLength
        while true {
            let count = try file.read(into: buffer, at: offset + Int64(length))
            if count == 0 { return length }
            if let hit = memchr(base, 0x0A, count) {
                return length + UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            }
            length += count
        }
    }

    /// Reads a line longer than the buffer into an array of its own, or reports it too long.
    private func emitLongLine(at offset: Int64, length: Int, _ body: (Int64, Int, Line) -> Void) throws(SourceError) {
        guard length <= maxLineLength else {
            body(offset, length, .overLong)
            return
        }
        var line = [UInt8](repeating: 0, count: length)
        let result = line.withUnsafeMutableBytes { bytes -> Result<Int, SourceError> in
            do throws(SourceError) { return .success(try file.read(into: bytes, at: offset)) } catch { return .failure(error) }
        }
        let count = try result.get()
        line.withUnsafeBytes { bytes in
            body(offset, count, .bytes(UnsafeRawBufferPointer(rebasing: bytes[..<count])))
        }
    }
}
