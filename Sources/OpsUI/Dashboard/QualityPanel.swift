import OpsModel
import OpsEngine

/// Answer quality per evaluation metric: how many scores, their mean and 10th percentile, the
/// share below the configured threshold, and which way the mean is heading.
struct QualityPanel: Sendable {
    var environment: PanelEnvironment

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let metrics = environment.model.qualityRows
        let failing = metrics.filter { Self.role($0) == .critical }.count
        var trailing = environment.input.snapshot.window.label
        if failing > 0 { trailing += " \(failing) below" }
        let inner = environment.frame(.quality, trailing: trailing)
            .render(in: area, buffer: &buffer, context: environment.context)
        let padded = inner.inset(horizontal: 1, vertical: 0)
        guard !padded.isEmpty else { return }
        table(metrics).render(in: padded, buffer: &buffer, context: environment.context)
    }

    /// Critical when the mean is below the threshold, warning when some scores are, else ok;
    /// text without a threshold or scores.
    static func role(_ metric: QualitySummary.Metric) -> ColorRole {
        guard let threshold = metric.threshold, let mean = metric.mean, metric.count > 0 else { return .text }
        if mean < threshold { return .critical }
        return metric.belowThreshold > 0 ? .warning : .ok
    }

    /// Down when the later half of the window scored lower than the earlier (by more than 0.005).
    func trend(_ metric: QualitySummary.Metric) -> (String, ColorRole) {
        let glyphs = environment.glyphs
        guard let earlier = metric.earlierHalfMean, let later = metric.laterHalfMean else { return (" ", .muted) }
        if later < earlier - 0.005 {
            let below = metric.threshold.map { later < $0 } ?? false
            return (glyphs.down, below ? .critical : .warning)
        }
        if later > earlier + 0.005 { return (glyphs.up, .ok) }
        return (glyphs.flat, .muted)
    }

    private func table(_ metrics: [QualitySummary.Metric]) -> ColumnTable {
        let dash = environment.glyphs.isUnicode ? "—" : "-"
        func score(_ value: Double?) -> String { value.map(Self.score) ?? dash }
        let rows = metrics.map { metric -> Table.Row in
            let role = Self.role(metric)
            let (arrow, arrowRole) = trend(metric)
            var below = dash
            if let share = metric.belowShare, let threshold = metric.threshold {
                below = Percent.format(share) + " <" + Self.score(threshold)
            }
            let spark = SparkText.make(Self.shape(metric.meanPerMinute), width: 8, glyphs: environment.context.glyphs)
            return Table.Row([
                Table.Cell(metric.name, style: Style(.text)),
                Table.Cell(DashboardFormat.count(metric.count, width: 5), style: Style(.muted)),
                Table.Cell(score(metric.mean), style: Style(role, [.bold])),
                Table.Cell(score(metric.p10), style: Style(Self.p10Role(metric))),
                Table.Cell(below, style: Style(metric.belowThreshold > 0 ? role : .muted)),
                Table.Cell(arrow, style: Style(arrowRole, [.bold])),
                Table.Cell(spark, style: Style(.graph)),
            ])
        }
        return ColumnTable(
            columns: [
                .init("metric", width: .fill(1), minimumWidth: 12, priority: 100),
                .init("n", width: .length(5), alignment: .right, priority: 50),
                .init("mean", width: .length(5), alignment: .right, priority: 95),
                .init("p10", width: .length(5), alignment: .right, priority: 70),
                .init("below", width: .length(9), alignment: .right, priority: 80),
                .init("", width: .length(1), priority: 85),
                .init("trend", width: .length(8), priority: 30),
            ],
            rows: rows, selected: environment.selectedRow(.quality), highlightsSelection: environment.isFocused(.quality))
    }

    /// Means rescaled onto their own range, so a sparkline shows how they moved rather than how
    /// far they are from zero (a flat series sits mid-height).
    static func shape(_ values: [Double?]) -> [Double?] {
        let known = values.compactMap { $0 }.filter(\.isFinite)
        guard let low = known.min(), let high = known.max() else { return values }
        return values.map { value in
            guard let value, value.isFinite else { return nil }
            return high - low < 1e-9 ? 0.5 : 0.1 + 0.9 * (value - low) / (high - low)
        }
    }

    /// Warning when the 10th percentile is below the threshold.
    static func p10Role(_ metric: QualitySummary.Metric) -> ColorRole {
        guard let threshold = metric.threshold, let p10 = metric.p10 else { return .text }
        return p10 < threshold ? .warning : .text
    }

    /// Two decimals for scores in 0…1 (`0.82`), fewer digits for larger scales (`4.5`, `87`).
    static func score(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        let magnitude = abs(value)
        if magnitude >= 100 { return Money.fixed(value, decimals: 0) }
        if magnitude >= 10 { return Money.fixed(value, decimals: 1) }
        return Money.fixed(value, decimals: 2)
    }
}
