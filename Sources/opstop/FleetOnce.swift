import Foundation
import OpsModel
import OpsEngine
import OpsSources

/// One evaluation of the fleet queries, for `report --prometheus` and `snapshot --prometheus`.
enum FleetOnce {
    /// The figures at `time` (Unix seconds; nil: now), or exits with status 2 and the server's reason.
    static func evaluate(
        _ options: PrometheusOptions, window: TimeWindow, at time: Double?, timeoutSeconds: Double,
        configuration: EngineConfiguration
    ) -> MetricsSnapshot {
        guard let server = options.server(timeoutSeconds: timeoutSeconds) else {
            CommandFailure(message: "--prometheus: not a server URL", code: CommandFailure.unreadableInput).exit()
        }
        var refresher = FleetRefresher(
            client: PrometheusClient(server: server), mappings: configuration.metricMappings,
            match: options.seriesMatch,
            classifier: configuration.errorClassifier)
        let result = refresher.refresh(FleetView(window: window), at: time, wallSeconds: Date().timeIntervalSince1970)
        switch result {
        case let .success(figures):
            return figures.snapshot(configuration: configuration)
        case let .failure(error):
            CommandFailure(
                message:
                    "\(options.displayName): \(error.description) — check --prometheus points at a Prometheus server",
                code: CommandFailure.unreadableInput
            ).exit()
        }
    }
}
