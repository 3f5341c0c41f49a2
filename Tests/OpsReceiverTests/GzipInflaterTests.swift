import OpsTestSupport
import Testing

import OpsFormats

private func feed(_ inflater: GzipInflater, _ bytes: ArraySlice<UInt8>) throws(GzipInflater.Failure) {
    var failure: GzipInflater.Failure?
    bytes.withUnsafeBytes { chunk in
        do throws(GzipInflater.Failure) { try inflater.feed(chunk) } catch { failure = error }
    }
    if let failure { throw failure }
}

/// Feeds `bytes` to a fresh inflater in pieces of `piece` bytes.
private func inflate(_ bytes: [UInt8], limit: Int, piece: Int) throws(GzipInflater.Failure) -> [UInt8] {
    let inflater = try GzipInflater(limit: limit)
    var start = 0
    while start < bytes.count {
        let end = Swift.min(start + piece, bytes.count)
        try feed(inflater, bytes[start..<end])
        start = end
    }
    return try inflater.finish()
}

private func text(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: ($0 * 7919) % 251) }
}

@Test(arguments: [1, 7, 4096, 1 << 20])
func inflatesAGzipBodyWhateverTheChunkSize(piece: Int) throws {
    let original = text(300_000)
    let compressed = Gzip.compress(original)
    #expect(compressed.count > 18)
    #expect(try inflate(compressed, limit: 1 << 20, piece: piece) == original)
}

@Test func concatenatedGzipMembersInflateOneAfterAnother() throws {
    let first = Array("first member;".utf8)
    let second = Array("second member".utf8)
    let body = Gzip.compress(first) + Gzip.compress(second)
    #expect(try inflate(body, limit: 1024, piece: 5) == first + second)
}

@Test func aBodyExactlyAtTheLimitPassesAndOneByteMoreFails() throws {
    let original = text(10_000)
    let compressed = Gzip.compress(original)
    #expect(try inflate(compressed, limit: 10_000, piece: 100).count == 10_000)
    #expect(throws: GzipInflater.Failure.tooLarge(limit: 9_999)) {
        try inflate(compressed, limit: 9_999, piece: 100)
    }
}

@Test func aGzipBombStopsAtTheLimitWithBoundedOutput() throws {
    // 64 MiB of zeros compress to about 64 KiB.
    let bomb = Gzip.compress([UInt8](repeating: 0, count: 64 << 20), level: 9)
    #expect(bomb.count < 100_000)
    let inflater = try GzipInflater(limit: 1 << 20)
    var failure: GzipInflater.Failure?
    do {
        try feed(inflater, bomb[...])
    } catch {
        failure = error
    }
    #expect(failure == .tooLarge(limit: 1 << 20))
    #expect(inflater.output.count <= 1 << 20)
}

@Test func aTruncatedBodyIsReportedAtTheEnd() throws {
    let compressed = Gzip.compress(text(5_000))
    #expect(throws: GzipInflater.Failure.truncated) {
        try inflate(Array(compressed.dropLast(9)), limit: 1 << 20, piece: 64)
    }
}

@Test func bytesThatAreNotGzipAreCorrupt() throws {
    var thrown: GzipInflater.Failure?
    do {
        _ = try inflate(Array("this is not gzip at all".utf8), limit: 1024, piece: 4)
    } catch {
        thrown = error
    }
    guard case .corrupt = thrown else {
        Issue.record("expected .corrupt, got \(String(describing: thrown))")
        return
    }
}

@Test func anEmptyBodyIsTruncated() throws {
    #expect(throws: GzipInflater.Failure.truncated) { try inflate([], limit: 1024, piece: 1) }
}
