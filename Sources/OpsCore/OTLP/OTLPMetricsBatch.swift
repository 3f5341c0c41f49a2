/// The metrics of one OTLP export request as scrapes (one per resource), and the data points it could not use.
public struct OTLPMetricsBatch: Sendable, Hashable {
    public var scrapes: [OTLPTargetScrape]
    /// Feeds `ExportMetricsPartialSuccess.rejected_data_points`.
    public var rejectedDataPoints: Int
    /// The first few reasons, for `error_message`.
    public var rejections: [String]

    public init(scrapes: [OTLPTargetScrape] = [], rejectedDataPoints: Int = 0, rejections: [String] = []) {
        self.scrapes = scrapes
        self.rejectedDataPoints = rejectedDataPoints
        self.rejections = rejections
    }

    public var dataPointCount: Int { scrapes.reduce(0) { $0 + $1.dataPoints } }

    /// Text for `ExportMetricsPartialSuccess.error_message`; nil when nothing was rejected.
    public var partialSuccessMessage: String? {
        guard rejectedDataPoints > 0 else { return nil }
        let noun = rejectedDataPoints == 1 ? "data point" : "data points"
        return "\(rejectedDataPoints) \(noun) rejected: " + rejections.prefix(3).joined(separator: "; ")
    }

    mutating func reject(_ count: Int, _ reason: String) {
        guard count > 0 else { return }
        rejectedDataPoints += count
        if rejections.count < 16 { rejections.append(reason) }
    }
}

/// The metrics of one OTLP resource (one process of a fleet), shaped like a Prometheus scrape of it.
public struct OTLPTargetScrape: Sendable, Hashable {
    /// The `job` label: `service.namespace/service.name`, or `service.name`, or `unknown_service`.
    public var job: String
    /// The `instance` label (`service.instance.id`); nil when the resource has none.
    public var instance: String?
    public var scrape: Scrape
    /// OTLP data points taken in (a histogram point is one, however many buckets it has).
    public var dataPoints: Int

    public init(job: String, instance: String?, scrape: Scrape, dataPoints: Int) {
        self.job = job
        self.instance = instance
        self.scrape = scrape
        self.dataPoints = dataPoints
    }

    /// `job` or `job/instance`, for status lines.
    public var target: String { instance.map { job + "/" + $0 } ?? job }
}
