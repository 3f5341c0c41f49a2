import Foundation
import OpsModel
import OpsFormats

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Fetches one `/metrics` URL with a total deadline and a body-size cap, and parses it.
///
/// Asks for OpenMetrics first (for exemplars), then the classic text format. The body is read by
/// ``HTTPFetch``: counted (and a gzip body inflated) as it streams in, the transfer ended past
/// ``maxBodyBytes``, so a huge, endless or gzip-bomb body is never held whole. Blocks the calling
/// thread (a source thread, never the screen's).
package final class HTTPScraper: Sendable {
    package static let accept = "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"
    package static let defaultMaxBodyBytes = 20 << 20

    package let url: URL
    package let timeoutSeconds: Double
    package let maxBodyBytes: Int

    package init(url: URL, timeoutSeconds: Double = 5, maxBodyBytes: Int = HTTPScraper.defaultMaxBodyBytes) {
        self.url = url
        self.timeoutSeconds = timeoutSeconds
        self.maxBodyBytes = maxBodyBytes
    }

    /// One attempt: fetch, check, parse; `timeoutSeconds` overrides the scraper's own deadline
    /// (a `report --for` bounds its last scrape by the time left).
    package func scrape(timeoutSeconds: Double? = nil) -> ScrapeOutcome {
        let timeout = timeoutSeconds ?? self.timeoutSeconds
        let request = HTTPFetch.Request(
            url: url.absoluteString,
            headers: [
                "Accept: \(Self.accept)", "User-Agent: opstop",
                "X-Prometheus-Scrape-Timeout-Seconds: " + String(format: "%.3f", timeout),
            ],
            timeoutSeconds: timeout, maxBodyBytes: maxBodyBytes)
        let response: HTTPFetch.Response
        switch HTTPFetch.perform(request) {
        case let .failure(failure): return .failed(Self.describe(failure, timeout: timeout, limit: maxBodyBytes))
        case let .success(answer): response = answer
        }
        guard (200..<300).contains(response.status) else {
            return .failed(
                "HTTP \(response.status) \(HTTPURLResponse.localizedString(forStatusCode: response.status))")
        }
        let scrape = response.body.withUnsafeBytes { ExpositionParser.parse($0, contentType: response.contentType) }
        guard scrape.sniff.isMetrics else { return .failed("not metrics: \(scrape.sniff.reason)") }
        // Lines, none of them a sample: garbage, not an endpoint with nothing to report yet.
        if scrape.sampleCount == 0, scrape.issueCount > 0 {
            let first = scrape.issues.first.map { " (line \($0.line): \($0.kind.rawValue))" } ?? ""
            return .failed("not metrics: none of \(scrape.lineCount) lines is a sample\(first)")
        }
        return .scraped(scrape, bytes: response.body.count)
    }

    static func describe(_ failure: HTTPFetch.Failure, timeout: Double, limit: Int) -> String {
        switch failure {
        case .refused: return "connection refused"
        case .hostNotFound: return "host not found"
        case let .timedOut(received):
            let stalled = received > 0 ? " (stalled after \(size(received)))" : ""
            return "timed out after \(seconds(timeout))\(stalled)"
        case .tooLarge: return "body over \(size(limit)), not read"
        case .connectionLost: return "connection closed mid-response"
        case .badResponse: return "bad HTTP response"
        case let .undecodable(reason): return "body not readable: \(reason)"
        case let .tls(reason): return "TLS failed: \(reason)"
        case let .other(reason): return reason
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))s" : String(format: "%.1fs", value)
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1024 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }
}
