/// The demo application's own spend tracking, which reports crossing 50 %, 80 % and 100 % of a daily limit.
struct DemoBudget: Sendable {
    static let thresholds: [Double] = [0.5, 0.8, 1.0]

    let limitUSD: Double
    private(set) var spentUSD = 0.0
    private var nextThreshold = 0

    init(limitUSD: Double) {
        self.limitUSD = limitUSD
    }

    /// Adds a successful chat span's approximate cost; the threshold it crossed, if any.
    mutating func record(_ span: DemoSpan) -> Double? {
        guard span.role == .chat, span.failure == nil else { return nil }
        let model = DemoCatalog.models[span.model]
        let uncached = Double(span.inputTokens - span.cacheReadTokens)
        spentUSD += (uncached * model.inputPrice + Double(span.cacheReadTokens) * model.cachedInputPrice
            + Double(span.outputTokens) * model.outputPrice) / 1_000_000
        guard nextThreshold < Self.thresholds.count else { return nil }
        let threshold = Self.thresholds[nextThreshold]
        guard spentUSD >= threshold * limitUSD else { return nil }
        nextThreshold += 1
        return threshold
    }
}
