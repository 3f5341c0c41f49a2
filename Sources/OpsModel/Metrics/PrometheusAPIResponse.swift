/// A successful answer of the Prometheus HTTP API to `/api/v1/query` or `/api/v1/query_range`.
package struct PrometheusAPIResponse: Sendable, Hashable {
    /// One series of a vector (one value) or a matrix (several).
    package struct Series: Sendable, Hashable {
        package var labels: [Label]
        /// (Unix seconds, value) pairs, oldest first; one for a vector.
        package var points: [Point]

        package init(labels: [Label], points: [Point]) {
            self.labels = labels
            self.points = points
        }

        package var value: Double? { points.last?.value }
    }

    package struct Point: Sendable, Hashable {
        package var time: Double
        package var value: Double

        package init(time: Double, value: Double) {
            self.time = time
            self.value = value
        }
    }

    package enum ResultType: String, Sendable, Hashable {
        case vector, matrix, scalar, string
    }

    package var resultType: ResultType
    /// Vector and matrix results; a scalar is one series without labels.
    package var series: [Series]
    /// A string result's text.
    package var text: String?
    package var warnings: [String]

    package init(resultType: ResultType, series: [Series], text: String? = nil, warnings: [String] = []) {
        self.resultType = resultType
        self.series = series
        self.text = text
        self.warnings = warnings
    }

    /// The value of the only series, or of the series without labels; nil when the result is empty.
    package var singleValue: Double? { series.count == 1 ? series[0].value : nil }
}

/// Why an answer from a Prometheus server could not be used; the description is one line for the header.
package enum PrometheusAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The server refused the query: `errorType` and `error` from its envelope.
    case rejected(type: String, message: String)
    /// Not the API's JSON: an HTML error page, a proxy's answer, truncated text.
    case notAPIResponse(String)
    case tooLarge(bytes: Int, limit: Int)

    package var description: String {
        switch self {
        case let .rejected(type, message): return "server rejected the query (\(type)): \(message)"
        case let .notAPIResponse(why): return "not a Prometheus API response: \(why)"
        case let .tooLarge(bytes, limit):
            return "response exceeds the \(limit / 1_000_000) MB limit (\(bytes) bytes read)"
        }
    }
}
