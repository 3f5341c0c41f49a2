import Foundation
import Glibc
import OpsFormats
import OpsModel
import OpsSources
import OpsTestSupport
import Testing

/// One gzip member of about 1 MB that inflates to 1 GiB of zeros.
private let bomb = Gzip.zerosBomb(inflatedBytes: 1 << 30)

/// The inflater stops at its limit: what it holds never passes it, whatever the ratio.
@Test func theInflaterNeverHoldsMoreThanItsLimit() throws {
    let limit = 20 << 20
    let inflater = try GzipInflater(limit: limit)
    var failure: GzipInflater.Failure?
    // Fed as a network would deliver it, 16 KiB at a time.
    for start in stride(from: 0, to: bomb.count, by: 16_384) {
        bomb[start..<min(bomb.count, start + 16_384)].withUnsafeBytes { bytes in
            do throws(GzipInflater.Failure) { try inflater.feed(bytes) } catch { failure = error }
        }
        #expect(inflater.output.count <= limit)
        if failure != nil { break }
    }
    #expect(failure == .tooLarge(limit: limit))
    #expect(inflater.output.count <= limit)
}

/// A scrape target answering with a gzip bomb (1 MB inflating to 1 GiB): URLSession inflated it
/// all (2.3 GB peak in `report`) before the body limit hit. It ends at the limit with a clear error.
@Test func aGzipBombFromAScrapeTargetStopsAtTheBodyLimit() throws {
    #expect(bomb.count < 2 << 20)
    let server = try CannedHTTPServer(.gzip(member: bomb, copies: 1, contentType: "text/plain; version=0.0.4"))
    defer { server.stop() }
    let scraper = HTTPScraper(url: server.url.appendingPathComponent("metrics"), timeoutSeconds: 20)
    guard case let .failed(reason) = scraper.scrape() else {
        Issue.record("a gzip bomb was accepted")
        return
    }
    #expect(reason == "body over 20 MB, not read")
    #expect(server.received.first?.lowercased().contains("accept-encoding: gzip") == true)
    // The process never came near the gigabyte (URLSession had inflated all of it).
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #expect(usage.ru_maxrss < 900 * 1024, "peak resident \(usage.ru_maxrss / 1024) MB")
}

/// An ordinary gzip answer is read: compression itself is welcome.
@Test func aGzipScrapeIsInflated() throws {
    let text = "# TYPE requests counter\nrequests_total 42\n"
    let server = try CannedHTTPServer(
        .gzip(member: Gzip.compress(Array(text.utf8)), copies: 1, contentType: "text/plain; version=0.0.4"))
    defer { server.stop() }
    let scraper = HTTPScraper(url: server.url.appendingPathComponent("metrics"), timeoutSeconds: 5)
    guard case let .scraped(scrape, bytes) = scraper.scrape() else {
        Issue.record("the gzip answer was not read")
        return
    }
    #expect(bytes == text.utf8.count)
    #expect(scrape.sampleCount == 1)
}

/// The same for a Prometheus server's API answer.
@Test func aGzipBombFromAPrometheusServerStopsAtTheLimit() throws {
    let server = try CannedHTTPServer(.gzip(member: bomb, copies: 1, contentType: "application/json"))
    defer { server.stop() }
    let client = PrometheusClient(server: PrometheusServer(baseURL: server.url, timeoutSeconds: 10))
    let result = client.query("up")
    guard case let .failure(error) = result else {
        Issue.record("a gzip bomb was accepted")
        return
    }
    #expect(error.description.contains("exceeds the 20 MB limit"), "\(error)")
}

/// A body of lines none of which is a sample was "scraped" with no figures (exit 0) where an HTML
/// page was refused: garbage is refused the same way, with the first problem.
@Test func aGarbageBodyIsNotMetrics() throws {
    let server = try CannedHTTPServer(
        .answer(status: 200, contentType: "text/plain; version=0.0.4", body: "hello there\n{{{ garbage\n"))
    defer { server.stop() }
    let scraper = HTTPScraper(url: server.url.appendingPathComponent("metrics"), timeoutSeconds: 5)
    guard case let .failed(reason) = scraper.scrape() else {
        Issue.record("garbage was taken for metrics")
        return
    }
    #expect(reason.hasPrefix("not metrics: none of 2 lines is a sample (line 1:"), "\(reason)")
}
