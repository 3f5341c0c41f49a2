import Foundation
import OpsSources
import Testing

@Suite("WholeFileReader")
struct WholeFileReaderTests {
    @Test func deliversEveryByteInOrderAcrossChunks() throws {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("big.jsonl")
        let text = (0..<3000).map { "{\"kind\":\"span\",\"n\":\($0)}\n" }.joined()
        let writer = Writer(appendingTo: path)
        writer.write(text)
        writer.close()

        var received: [UInt8] = []
        var chunks = 0
        try WholeFileReader(path: path, chunkSize: 4096).forEachChunk { chunk in
            received += chunk
            chunks += 1
        }
        #expect(String(decoding: received, as: UTF8.self) == text)
        #expect(chunks == (text.utf8.count + 4095) / 4096)
    }

    @Test func aMissingFileIsAnErrorThatSaysWhatToDo() {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("x.jsonl")
        #expect(throws: SourceError(operation: .open, path: path, code: ENOENT)) {
            try WholeFileReader(path: path).forEachChunk { _ in }
        }
        let error = SourceError(operation: .open, path: "x.jsonl", code: ENOENT)
        #expect(error.description == "cannot open 'x.jsonl': No such file or directory — check the path")
    }

    @Test func aDirectoryIsAnErrorThatSaysWhatToDo() {
        let directory = TestDirectory()
        defer { directory.remove() }
        #expect(throws: SourceError(operation: .read, path: directory.path, code: EISDIR)) {
            try WholeFileReader(path: directory.path).forEachChunk { _ in }
        }
        let error = SourceError(operation: .read, path: "logs", code: EISDIR)
        #expect(error.description == "cannot read 'logs': Is a directory — give a file, not a directory")
    }

    @Test func standardInputIsNamedAsSuch() {
        let error = SourceError(operation: .read, path: "-", code: EIO)
        #expect(error.description == "cannot read standard input: Input/output error")
    }
}
