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
/// (`queryAll`). Bodies are read by ``HTTPFetch``, which ends a transfer as soon as its body (inflated, for gzip)
/// passes the size limit, so a huge answer or a gzip bomb never sits in memory whole; a body that stalls is cut off
/// by the deadline.
package final class PrometheusClient: Sendable {
    package let server: PrometheusServer

    package init(server: PrometheusServer) {
        self.server = server
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
        for (index, request) in requests.enumerated() {
            guard let url = request.url else { continue }
            var headers = ["Accept: application/json"]
            if let token = server.bearerToken { headers.append("Authorization: Bearer \(token)") }
            if let type = request.value(forHTTPHeaderField: "Content-Type") { headers.append("Content-Type: \(type)") }
            // The whole answer within three timeouts, as a trickling body cannot hold the source forever.
            let fetch = HTTPFetch.Request(
                url: url.absoluteString, headers: headers, postBody: request.httpBody.map { Array($0) },
                timeoutSeconds: server.timeoutSeconds * 3, maxBodyBytes: server.maxBytes)
            let address = (url.host ?? "?") + ":" + String(url.port ?? (url.scheme == "https" ? 443 : 80))
            let timeout = server.timeoutSeconds
            group.enter()
            DispatchQueue.global().async {
                let result = Self.result(HTTPFetch.perform(fetch), address: address, timeout: timeout)
                results.withLock { $0[index] = result }
                group.leave()
            }
        }
        group.wait()
        return results.withLock { $0 }
    }

    private static func result(_ outcome: Result<HTTPFetch.Response, HTTPFetch.Failure>, address: String, timeout: Double)
        -> Result<[UInt8], PrometheusQueryError>
    {
        let response: HTTPFetch.Response
        switch outcome {
        case let .success(answer): response = answer
        case let .failure(failure):
            switch failure {
            case let .tooLarge(limit): return .failure(.api(.tooLarge(bytes: limit + 1, limit: limit)))
            case .refused: return .failure(.refused(address))
            case .connectionLost: return .failure(.transport("connection to \(address) lost mid-answer"))
            case .timedOut: return .failure(.timedOut(seconds: timeout))
            case .hostNotFound: return .failure(.transport("host not found: \(address)"))
            case .badResponse: return .failure(.transport("bad HTTP response from \(address)"))
            case let .undecodable(reason): return .failure(.transport("answer not readable: \(reason)"))
            case let .tls(reason): return .failure(.transport("TLS failed: \(reason)"))
            case let .other(reason): return .failure(.transport(String(reason.prefix(200))))
            }
        }
        // The API answers 400/422/503 with its JSON error envelope: show the server's reason when there is one.
        if response.status != 200 {
            if case .failure(.api(let error)) = decode(response.body), case .rejected = error {
                return .failure(.api(error))
            }
            return .failure(.http(status: response.status, body: snippet(response.body)))
        }
        return .success(response.body)
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
