/// A successful answer of the Prometheus HTTP API to `/api/v1/query` or `/api/v1/query_range`.
public struct PrometheusAPIResponse: Sendable, Hashable {
    /// One series of a vector (one value) or a matrix (several).
    public struct Series: Sendable, Hashable {
        public var labels: [Label]
        /// (Unix seconds, value) pairs, oldest first; one for a vector.
        public var points: [Point]

        public init(labels: [Label], points: [Point]) {
            self.labels = labels
            self.points = points
        }

        public var value: Double? { points.last?.value }
    }

    public struct Point: Sendable, Hashable {
        public var time: Double
        public var value: Double

        public init(time: Double, value: Double) {
            self.time = time
            self.value = value
        }
    }

    public enum ResultType: String, Sendable, Hashable {
        case vector, matrix, scalar, string
    }

    public var resultType: ResultType
    /// Vector and matrix results; a scalar is one series without labels.
    public var series: [Series]
    /// A string result's text.
    public var text: String?
    public var warnings: [String]

    public init(resultType: ResultType, series: [Series], text: String? = nil, warnings: [String] = []) {
        self.resultType = resultType
        self.series = series
        self.text = text
        self.warnings = warnings
    }

    /// The value of the only series, or of the series without labels; nil when the result is empty.
    public var singleValue: Double? { series.count == 1 ? series[0].value : nil }
}

/// Why an answer from a Prometheus server could not be used; the description is one line for the header.
public enum PrometheusAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The server refused the query: `errorType` and `error` from its envelope.
    case rejected(type: String, message: String)
    /// Not the API's JSON: an HTML error page, a proxy's answer, truncated text.
    case notAPIResponse(String)
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case let .rejected(type, message): return "server rejected the query (\(type)): \(message)"
        case let .notAPIResponse(why): return "not a Prometheus API response: \(why)"
        case let .tooLarge(bytes, limit):
            return "response exceeds the \(limit / 1_000_000) MB limit (\(bytes) bytes read)"
        }
    }
}
