import OpsEngine
import OpsModel
import OpsReport

/// `report --json` of `events`, ingested in order by a store with `configuration`, alerts evaluated at the end.
func reportJSON(of events: [Event], configuration: EngineConfiguration) -> String {
    var store = MetricsStore(configuration: configuration)
    store.ingest(events)
    store.evaluateAlertsNow()
    return Report(sources: ["test"], stats: IngestStats(), store: store).json
}
