import Foundation
import OpsModel
import OpsFormats
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Fetches one `/metrics` URL with a total deadline and a body-size cap, and parses it.
///
/// Asks for OpenMetrics first (for exemplars), then the classic text format. Foundation's
/// curl-backed `URLSession` advertises and undoes gzip itself. The body is counted as it
/// streams in and the transfer is cancelled past ``maxBodyBytes``, so a huge or endless body is
/// never held whole. Blocks the calling thread (a source thread, never the screen's).
package final class HTTPScraper: Sendable {
    package static let accept = "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"
    package static let defaultMaxBodyBytes = 20 << 20

    package let url: URL
    package let timeoutSeconds: Double
    package let maxBodyBytes: Int
    private let session: URLSession
    private let collector: BodyCollector

    package init(url: URL, timeoutSeconds: Double = 5, maxBodyBytes: Int = HTTPScraper.defaultMaxBodyBytes) {
        self.url = url
        self.timeoutSeconds = timeoutSeconds
        self.maxBodyBytes = maxBodyBytes
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeoutSeconds
        configuration.timeoutIntervalForResource = timeoutSeconds
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpShouldSetCookies = false
        let collector = BodyCollector(limit: maxBodyBytes)
        self.collector = collector
        session = URLSession(configuration: configuration, delegate: collector, delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    /// One attempt: fetch, check, parse.
    package func scrape() -> ScrapeOutcome {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeoutSeconds)
        request.setValue(Self.accept, forHTTPHeaderField: "Accept")
        request.setValue("opstop", forHTTPHeaderField: "User-Agent")
        request.setValue(
            String(format: "%.3f", timeoutSeconds), forHTTPHeaderField: "X-Prometheus-Scrape-Timeout-Seconds")
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request)
        collector.begin(task: task.taskIdentifier, done: done)
        task.resume()
        if done.wait(timeout: .now() + timeoutSeconds) == .timedOut {
            task.cancel()
            let received = collector.finish(task: task.taskIdentifier).body.count
            let stalled = received > 0 ? " (stalled after \(Self.size(received)))" : ""
            return .failed("timed out after \(Self.seconds(timeoutSeconds))\(stalled)")
        }
        let result = collector.finish(task: task.taskIdentifier)
        if result.overLimit { return .failed("body over \(Self.size(maxBodyBytes)), not read") }
        if let error = result.error { return .failed(Self.describe(error, timeout: timeoutSeconds)) }
        guard let response = result.response else { return .failed("no HTTP response") }
        guard (200..<300).contains(response.statusCode) else {
            return .failed(
                "HTTP \(response.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: response.statusCode))")
        }
        let contentType = response.value(forHTTPHeaderField: "Content-Type")
        let scrape = result.body.withUnsafeBytes { ExpositionParser.parse($0, contentType: contentType) }
        guard scrape.sniff.isMetrics else { return .failed("not metrics: \(scrape.sniff.reason)") }
        return .scraped(scrape, bytes: result.body.count)
    }

    static func describe(_ error: any Error, timeout: Double) -> String {
        guard let urlError = error as? URLError else { return "\(error.localizedDescription)" }
        switch urlError.code {
        case .cannotConnectToHost: return "connection refused"
        case .timedOut: return "timed out after \(seconds(timeout))"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .networkConnectionLost: return "connection closed mid-response"
        case .badServerResponse: return "bad HTTP response"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return "TLS failed: \(urlError.localizedDescription)"
        case .cancelled: return "cancelled"
        default: return urlError.localizedDescription
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))s" : String(format: "%.1fs", value)
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1024 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }
}

/// Collects one transfer at a time for ``HTTPScraper`` (delegate callbacks arrive on URLSession's queue).
final class BodyCollector: NSObject, URLSessionDataDelegate, Sendable {
    struct Transfer {
        var task: Int
        var body = Data()
        var response: HTTPURLResponse?
        var error: (any Error)?
        var overLimit = false
        var done: DispatchSemaphore?
    }

    private let limit: Int
    private let state = Mutex<Transfer?>(nil)

    init(limit: Int) {
        self.limit = limit
    }

    func begin(task: Int, done: DispatchSemaphore) {
        state.withLock { $0 = Transfer(task: task, done: done) }
    }

    /// Ends the transfer and returns what arrived; later callbacks for it are ignored.
    func finish(task: Int) -> (body: Data, response: HTTPURLResponse?, error: (any Error)?, overLimit: Bool) {
        state.withLock { current in
            guard let transfer = current, transfer.task == task else { return (Data(), nil, nil, false) }
            current = nil
            return (transfer.body, transfer.response, transfer.error, transfer.overLimit)
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let tooBig = state.withLock { current -> Bool in
            guard current?.task == dataTask.taskIdentifier else { return false }
            current?.response = response as? HTTPURLResponse
            // A declared length over the cap is refused before any of it is read (gzip may still grow past it).
            if response.expectedContentLength > Int64(limit) {
                current?.overLimit = true
                return true
            }
            return false
        }
        completionHandler(tooBig ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let cancel = state.withLock { current -> Bool in
            guard current?.task == dataTask.taskIdentifier, current?.overLimit == false else { return false }
            if (current?.body.count ?? 0) + data.count > limit {
                current?.overLimit = true
                current?.body = Data()
                return true
            }
            current?.body.append(data)
            return false
        }
        if cancel { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let done = state.withLock { current -> DispatchSemaphore? in
            guard current?.task == task.taskIdentifier else { return nil }
            if current?.overLimit == false { current?.error = error }
            return current?.done
        }
        done?.signal()
    }
}
