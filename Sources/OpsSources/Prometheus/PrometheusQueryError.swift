import OpsModel

/// Why a question to a Prometheus server got no usable answer; one line, for the header.
package enum PrometheusQueryError: Error, Sendable, Hashable, CustomStringConvertible {
    case badURL(String)
    case refused(String)
    case timedOut(seconds: Double)
    /// Any other transport failure (DNS, TLS, reset).
    case transport(String)
    case http(status: Int, body: String)
    case api(PrometheusAPIError)

    package var description: String {
        switch self {
        case let .badURL(why): return why
        case let .refused(address): return "connection refused by \(address)"
        case let .timedOut(seconds):
            return "no answer within \(seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)) s"
        case let .transport(why): return why
        case let .http(status, body):
            let reason = body.isEmpty ? "" : ": " + body
            return "HTTP \(status)\(reason)"
        case let .api(error): return error.description
        }
    }
}
