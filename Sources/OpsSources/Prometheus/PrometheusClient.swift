import Foundation
import OpsModel
import OpsFormats
import OpsEngine
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Asks a Prometheus server's HTTP API (`/api/v1/query`, `/api/v1/query_range`, `/api/v1/label/__name__/values`).
///
/// Calls block their caller: run them on a source thread, never on the screen's. Several queries go out at once
/// (`queryAll`). Bodies are read through a delegate that cancels a transfer as soon as it passes the size limit, so a
/// huge answer never sits in memory whole; a body that stalls is cut off by the per-request timeout.
package final class PrometheusClient: Sendable {
    package let server: PrometheusServer
    private let session: URLSession
    private let collector: APIBodyCollector

    package init(server: PrometheusServer) {
        self.server = server
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = server.timeoutSeconds
        configuration.timeoutIntervalForResource = server.timeoutSeconds * 3
        configuration.httpMaximumConnectionsPerHost = 6
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        collector = APIBodyCollector(maxBytes: server.maxBytes)
        session = URLSession(configuration: configuration, delegate: collector, delegateQueue: nil)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// An instant query, evaluated at `time` (Unix seconds) or at the server's now.
    package func query(_ promql: String, at time: Double? = nil) -> Result<PrometheusAPIResponse, PrometheusQueryError> {
        queryAll([promql], at: time)[0]
    }

    /// Instant queries sent together, answered in the same order.
    package func queryAll(_ queries: [String], at time: Double? = nil) -> [Result<
        PrometheusAPIResponse, PrometheusQueryError
    >] {
        let forms = queries.map { promql in
            [("query", promql)] + (time.map { [("time", Self.seconds($0))] } ?? [])
        }
        return postAll(path: "api/v1/query", forms: forms).map { $0.flatMap(Self.decode) }
    }

    /// A range query from `start` to `end` (Unix seconds) every `step` seconds.
    package func queryRange(_ promql: String, start: Double, end: Double, step: Double)
        -> Result<PrometheusAPIResponse, PrometheusQueryError>
    {
        let form = [
            ("query", promql), ("start", Self.seconds(start)), ("end", Self.seconds(end)), ("step", Self.seconds(step)),
        ]
        return postAll(path: "api/v1/query_range", forms: [form])[0].flatMap(Self.decode)
    }

    /// The metric names the server has for series matching `match` (`/api/v1/label/__name__/values`).
    package func metricNames(matching match: SeriesMatch) -> Result<Set<String>, PrometheusQueryError> {
        var components = URLComponents(url: server.url("api/v1/label/__name__/values"), resolvingAgainstBaseURL: false)
        if !match.matchers.isEmpty { components?.queryItems = [URLQueryItem(name: "match[]", value: match.promQL)] }
        guard let url = components?.url else { return .failure(.badURL("cannot build a label query URL")) }
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        return fetchAll([request])[0].flatMap(Self.decodeStrings)
    }

    /// The label names of the series of `metric` (`/api/v1/labels?match[]=metric{…}`), to learn which of a family's
    /// candidate labels its series carry.
    package func labelNames(of metric: String, matching match: SeriesMatch) -> Result<Set<String>, PrometheusQueryError>
    {
        var components = URLComponents(url: server.url("api/v1/labels"), resolvingAgainstBaseURL: false)
        components?.queryItems = [URLQueryItem(name: "match[]", value: metric + match.selector())]
        guard let url = components?.url else { return .failure(.badURL("cannot build a label query URL")) }
        return fetchAll([URLRequest(url: url)])[0].flatMap(Self.decodeStrings)
    }

    private func postAll(path: String, forms: [[(String, String)]]) -> [Result<[UInt8], PrometheusQueryError>] {
        let requests = forms.map { form -> URLRequest in
            var request = URLRequest(url: server.url(path))
            request.httpMethod = "POST"
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(Self.formEncoded(form).utf8)
            return request
        }
        return fetchAll(requests)
    }

    private func fetchAll(_ requests: [URLRequest]) -> [Result<[UInt8], PrometheusQueryError>] {
        let group = DispatchGroup()
        let results = Mutex(
            [Result<[UInt8], PrometheusQueryError>](repeating: .failure(.transport("not sent")), count: requests.count))
        var tasks: [URLSessionDataTask] = []
        for (index, original) in requests.enumerated() {
            var request = original
            request.timeoutInterval = server.timeoutSeconds
            request.setValue("application/json", forHTTPHeaderField: "Accept")
            if let token = server.bearerToken {
                request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            }
            group.enter()
            let task = session.dataTask(with: request)
            let address =
                (request.url?.host ?? "?") + ":"
                + String(request.url?.port ?? (request.url?.scheme == "https" ? 443 : 80))
            let timeout = server.timeoutSeconds
            collector.register(task) { outcome in
                results.withLock { $0[index] = Self.result(outcome, address: address, timeout: timeout) }
                group.leave()
            }
            tasks.append(task)
            task.resume()
        }
        // A hard deadline on top of URLSession's own: a trickling body cannot hold the source forever.
        if group.wait(timeout: .now() + server.timeoutSeconds * 3 + 1) == .timedOut {
            for task in tasks { task.cancel() }
            _ = group.wait(timeout: .now() + 2)
        }
        return results.withLock { $0 }
    }

    private static func result(_ outcome: APIBodyCollector.Outcome, address: String, timeout: Double)
        -> Result<[UInt8], PrometheusQueryError>
    {
        if outcome.overLimit { return .failure(.api(.tooLarge(bytes: outcome.received, limit: outcome.limit))) }
        if let error = outcome.error {
            let code = (error as? URLError)?.code
            switch code {
            case .cannotConnectToHost?: return .failure(.refused(address))
            case .networkConnectionLost?: return .failure(.transport("connection to \(address) lost mid-answer"))
            case .timedOut?: return .failure(.timedOut(seconds: timeout))
            case .cancelled?: return .failure(.timedOut(seconds: timeout))
            default:
                let text = error.localizedDescription
                return .failure(.transport(text.isEmpty ? "transfer failed" : String(text.prefix(200))))
            }
        }
        guard let status = outcome.status else { return .failure(.transport("no HTTP response")) }
        // The API answers 400/422/503 with its JSON error envelope: show the server's reason when there is one.
        if status != 200 {
            if case .failure(.api(let error)) = decode(outcome.body), case .rejected = error {
                return .failure(.api(error))
            }
            return .failure(.http(status: status, body: snippet(outcome.body)))
        }
        return .success(outcome.body)
    }

    static func decode(_ body: [UInt8]) -> Result<PrometheusAPIResponse, PrometheusQueryError> {
        do {
            return .success(try PrometheusAPIDecoder.decode(body))
        } catch {
            return .failure(.api(error))
        }
    }

    static func decodeStrings(_ body: [UInt8]) -> Result<Set<String>, PrometheusQueryError> {
        do {
            return .success(try PrometheusAPIDecoder.decodeStrings(body))
        } catch {
            return .failure(.api(error))
        }
    }

    /// The first line of a non-API body, printable characters only, for the header.
    static func snippet(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let cleaned = line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }
        return String(String.UnicodeScalarView(cleaned.prefix(80))).trimmingCharacters(in: .whitespaces)
    }

    static func formEncoded(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }

    /// Unix seconds with millisecond precision, as the API accepts them.
    static func seconds(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
