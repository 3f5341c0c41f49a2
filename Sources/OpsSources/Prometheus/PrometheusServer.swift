import Foundation

/// Where a Prometheus server is and how to talk to it.
package struct PrometheusServer: Sendable, Hashable {
    /// The server's base URL (`http://prom:9090`, or with a path prefix behind a proxy).
    package var baseURL: URL
    /// Sent as `Authorization: Bearer …`; never printed.
    package var bearerToken: String?
    /// Per request, in seconds; also how long a stalled body may stay silent.
    package var timeoutSeconds: Double
    /// Answers larger than this are refused.
    package var maxBytes: Int

    package init(
        baseURL: URL, bearerToken: String? = nil, timeoutSeconds: Double = 5, maxBytes: Int = 20_000_000
    ) {
        self.baseURL = baseURL
        self.bearerToken = bearerToken
        self.timeoutSeconds = timeoutSeconds
        self.maxBytes = maxBytes
    }

    /// Parses `http(s)://host[:port][/prefix]`; nil with a reason when it is not such a URL.
    package static func parse(_ text: String) -> Result<URL, PrometheusQueryError> {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else {
            return .failure(.badURL("'\(text)' is not an http:// or https:// URL of a Prometheus server"))
        }
        if url.query != nil || url.fragment != nil {
            return .failure(.badURL("give the server's base URL without a query, like http://prom:9090"))
        }
        return .success(url)
    }

    /// The URL of `path` (such as `api/v1/query`) under the base URL.
    func url(_ path: String) -> URL {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return URL(string: base + "/" + path) ?? baseURL
    }
}
