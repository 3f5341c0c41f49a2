import Testing
@testable import OpsFormats

/// What an assembler produced, copied out of the callback.
private enum Piece: Equatable {
    case line(String, Int)
    case overLong(Int)
}

private func assemble(_ chunks: [[UInt8]], maxLineLength: Int = LineAssembler.defaultMaxLineLength) -> [Piece] {
    var assembler = LineAssembler(maxLineLength: maxLineLength)
    var pieces: [Piece] = []
    let collect: (LineAssembler.Output) -> Void = { output in
        switch output {
        case let .line(bytes, number, _): pieces.append(.line(String(decoding: bytes, as: UTF8.self), number))
        case let .overLong(number, _): pieces.append(.overLong(number))
        }
    }
    for chunk in chunks { assembler.feed(chunk, collect) }
    assembler.finish(collect)
    return pieces
}

@Test func splitsLinesAndNumbersThem() {
    let text = Array("first\nsecond\r\n\nlast without newline".utf8)
    #expect(assemble([text]) == [.line("first", 1), .line("second", 2), .line("", 3), .line("last without newline", 4)])
}

@Test func everySplitPositionGivesTheSameLines() {
    let text = Array("{\"a\":1}\r\nline two\n\nthree\r\nfour".utf8)
    let expected = assemble([text])
    #expect(expected.count == 5)
    for first in 0...text.count {
        #expect(assemble([Array(text[..<first]), Array(text[first...])]) == expected, "split at \(first)")
        for second in first...text.count where second - first < 4 {
            let chunks = [Array(text[..<first]), Array(text[first..<second]), Array(text[second...])]
            #expect(assemble(chunks) == expected, "split at \(first), \(second)")
        }
    }
    #expect(assemble(text.map { [$0] }) == expected)
}

@Test func keepsThePartialLastLineUntilFinish() {
    var assembler = LineAssembler()
    var lines: [String] = []
    let collect: (LineAssembler.Output) -> Void = { output in
        if case let .line(bytes, _, _) = output { lines.append(String(decoding: bytes, as: UTF8.self)) }
    }
    assembler.feed(Array("one\ntw".utf8), collect)
    #expect(lines == ["one"])
    assembler.feed(Array("o".utf8), collect)
    #expect(lines == ["one"])
    assembler.finish(collect)
    #expect(lines == ["one", "two"])
    assembler.finish(collect)
    #expect(lines == ["one", "two"])
}

@Test func crBeforeTheNewlineInTheNextChunkIsStripped() {
    #expect(assemble([Array("a\r".utf8), Array("\nb".utf8)]) == [.line("a", 1), .line("b", 2)])
    #expect(assemble([Array("a\r\r\n".utf8)]) == [.line("a\r", 1)])
}

@Test func overLongLinesAreSkippedAndReadingGoesOn() {
    let long = String(repeating: "x", count: 25)
    let text = Array("ok\n\(long)\nafter\n\(long)".utf8)
    let expected: [Piece] = [.line("ok", 1), .overLong(2), .line("after", 3), .overLong(4)]
    #expect(assemble([text], maxLineLength: 10) == expected)
    #expect(assemble(text.map { [$0] }, maxLineLength: 10) == expected)
    for split in 0...text.count {
        #expect(assemble([Array(text[..<split]), Array(text[split...])], maxLineLength: 10) == expected, "split \(split)")
    }
    #expect(assemble([Array("0123456789\n".utf8)], maxLineLength: 10) == [.line("0123456789", 1)])
}

@Test func overLongReasonNamesTheLimit() {
    #expect(LineAssembler().overLongReason == "line longer than 16 MiB")
    #expect(LineAssembler(maxLineLength: 2048).overLongReason == "line longer than 2 KiB")
    #expect(LineAssembler(maxLineLength: 10).overLongReason == "line longer than 10 bytes")
}

@Test func linesInsideAChunkAreNotCopied() {
    let text = Array("alpha\nbeta\n".utf8)
    var assembler = LineAssembler()
    var offsets: [Int] = []
    text.withUnsafeBytes { chunk in
        assembler.feed(chunk) { output in
            if case let .line(bytes, _, _) = output, let start = bytes.baseAddress, let base = chunk.baseAddress {
                offsets.append(start - base)
            }
        }
    }
    #expect(offsets == [0, 6])
}

/// Where each reported line starts in the stream, for every way of cutting the text into two chunks
/// and into bytes: replay reads lines back by these offsets.
@Test func offsetsNameWhereEachLineStartsWhateverTheChunks() {
    let text = Array("ok\r\nsecond line\n\n0123456789ABC\nafter\nlast".utf8)
    // Where each line starts in `text`: "ok", "second line", "", the over-long one, "after", "last".
    let expected: [Int64] = [0, 4, 16, 17, 31, 37]
    func offsets(_ chunks: [[UInt8]]) -> [Int64] {
        var assembler = LineAssembler(maxLineLength: 12)
        var found: [Int64] = []
        let collect: (LineAssembler.Output) -> Void = { output in
            switch output {
            case let .line(_, _, extent): found.append(extent.lowerBound)
            case let .overLong(_, offset): found.append(offset)
            }
        }
        for chunk in chunks { assembler.feed(chunk, collect) }
        assembler.finish(collect)
        return found
    }
    for cut in 0...text.count {
        #expect(offsets([Array(text[..<cut]), Array(text[cut...])]) == expected, "cut at \(cut)")
    }
    #expect(offsets(text.map { [$0] }) == expected)
}

@Test func anExtentKeepsTheCarriageReturnTheLineDropped() {
    var assembler = LineAssembler()
    var extents: [Range<Int64>] = []
    assembler.feed(Array("ab\r\ncd\r".utf8)) { output in
        if case let .line(bytes, _, extent) = output {
            #expect(bytes.count == 2)
            extents.append(extent)
        }
    }
    assembler.finish { output in if case let .line(_, _, extent) = output { extents.append(extent) } }
    #expect(extents == [0..<3, 4..<7])
}
