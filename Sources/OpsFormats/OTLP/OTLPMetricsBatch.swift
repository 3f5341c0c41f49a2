import OpsModel

/// The metrics of one OTLP export request as scrapes (one per resource), and the data points it could not use.
package struct OTLPMetricsBatch: Sendable, Hashable {
    package var scrapes: [OTLPTargetScrape]
    /// Feeds `ExportMetricsPartialSuccess.rejected_data_points`.
    package var rejectedDataPoints: Int
    /// The first few reasons, for `error_message`.
    package var rejections: [String]

    package init(scrapes: [OTLPTargetScrape] = [], rejectedDataPoints: Int = 0, rejections: [String] = []) {
        self.scrapes = scrapes
        self.rejectedDataPoints = rejectedDataPoints
        self.rejections = rejections
    }

    package var dataPointCount: Int { scrapes.reduce(0) { $0 + $1.dataPoints } }

    /// Text for `ExportMetricsPartialSuccess.error_message`; nil when nothing was rejected.
    package var partialSuccessMessage: String? {
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
package struct OTLPTargetScrape: Sendable, Hashable {
    /// The `job` label: `service.namespace/service.name`, or `service.name`, or `unknown_service`.
    package var job: String
    /// The `instance` label (`service.instance.id`); nil when the resource has none.
    package var instance: String?
    package var scrape: Scrape
    /// OTLP data points taken in (a histogram point is one, however many buckets it has).
    package var dataPoints: Int

    package init(job: String, instance: String?, scrape: Scrape, dataPoints: Int) {
        self.job = job
        self.instance = instance
        self.scrape = scrape
        self.dataPoints = dataPoints
    }

    /// `job` or `job/instance`, for status lines.
    package var target: String { instance.map { job + "/" + $0 } ?? job }
}
