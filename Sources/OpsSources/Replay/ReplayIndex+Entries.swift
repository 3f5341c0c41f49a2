import Glibc
import OpsFormats

extension ReplayIndex {
    /// The entries of `block`'s native events, read again from `file`, in file order; nil when the
    /// block no longer reads as it was indexed (the file changed, or a read failed).
    static func readEntries(
        of block: ReplayBlock, in file: ReplayFile, scanner: inout ReplayLineScanner, buffer: inout [UInt8]
    ) -> Result<[Entry], SourceError>? {
        if buffer.count < block.byteCount { buffer = [UInt8](repeating: 0, count: block.byteCount) }
        let read = buffer.withUnsafeMutableBytes { bytes -> Result<Int, SourceError> in
            do throws(SourceError) {
                return .success(try file.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[..<block.byteCount]), at: block.offset))
            } catch {
                return .failure(error)
            }
        }
        switch read {
        case let .failure(error): return .failure(error)
        case let .success(got):
            guard got == block.byteCount else { return nil }
        }
        let scanned = buffer.withUnsafeBytes { bytes in
            scanner.scan(
                UnsafeRawBufferPointer(rebasing: bytes[..<block.byteCount]), offset: block.offset,
                firstLineNumber: block.firstLineNumber)
        }
        return block.matches(scanned.entries) ? .success(scanned.entries) : nil
    }

    /// Every entry of the index, in the order replay applies them, the blocks read again: what the
    /// index stands for, to check it against a plain reading of the file.
    package func allEntries() throws(SourceError) -> [Entry] {
        let file = try ReplayFile(path: path)
        var scanner = ReplayLineScanner(maxLineLength: maxLineLength)
        var buffer: [UInt8] = []
        var all = foreignEntries
        for block in blocks {
            switch Self.readEntries(of: block, in: file, scanner: &scanner, buffer: &buffer) {
            case let .success(entries)?: all += entries
            case let .failure(error)?: throw error
            case nil: throw SourceError(operation: .read, path: path, code: ESTALE)
            }
        }
        return all.sorted(by: Entry.precedes)
    }
}
