import Glibc
import OpsFormats

extension ReplayIndex {
    /// The entries of `block`'s native events, read again from `file`, in file order; nil when the
    /// block no longer reads as it was indexed (the file changed, or a read failed).
    static func readEntries(
        of block: ReplayBlock, in file: ReplayFile, scanner: inout ReplayLineScanner, buffer: inout [UInt8]
    ) -> Result<[Entry], SourceError>? {
        switch read(block, in: file, into: &buffer) {
        case let .failure(error): return .failure(error)
        case .success(false): return nil
        case .success(true): break
        }
        let scanned = buffer.withUnsafeBytes { bytes in
            scanner.scan(
                UnsafeRawBufferPointer(rebasing: bytes[..<block.byteCount]), offset: block.offset,
                firstLineNumber: block.firstLineNumber)
        }
        return block.matches(scanned.entries, bytesHash: scanned.bytesHash) ? .success(scanned.entries) : nil
    }

    /// `entries`, the index pass's scan of `block`, when the block still reads byte for byte as it
    /// did then (its hash); nil when it does not (the file changed, or a read failed).
    static func checkedEntries(
        _ entries: [Entry], of block: ReplayBlock, in file: ReplayFile, buffer: inout [UInt8]
    ) -> Result<[Entry], SourceError>? {
        switch read(block, in: file, into: &buffer) {
        case let .failure(error): return .failure(error)
        case .success(false): return nil
        case .success(true): break
        }
        let hash = buffer.withUnsafeBytes { ReplayBlock.hash(of: UnsafeRawBufferPointer(rebasing: $0[..<block.byteCount])) }
        return hash == block.bytesHash ? .success(entries) : nil
    }

    /// Reads `block`'s bytes into the start of `buffer` (grown as needed): whether it got them all.
    private static func read(_ block: ReplayBlock, in file: ReplayFile, into buffer: inout [UInt8]) -> Result<Bool, SourceError> {
        file.read(block.byteCount, at: block.offset, into: &buffer).map { $0 == block.byteCount }
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
