import NIOHTTP1

/// The parts of Langfuse's public API its SDKs send scores to; traces come on `/api/public/otel/v1/traces`.
enum LangfuseRoute: Sendable, Hashable {
    /// `POST /api/public/scores`: a list of scores (the v5 SDK's `create_score`, `score_current_trace`).
    case scores
    /// `POST /api/public/ingestion`: `{"batch":[…]}` events of older SDKs; `score-create` ones are read.
    case ingestion

    init?(method: HTTPMethod, uri: String) {
        var path = Substring(uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        if path.hasSuffix("/"), path.count > 1 { path = path.dropLast() }
        switch (method, path) {
        case (.POST, "/api/public/scores"): self = .scores
        case (.POST, "/api/public/ingestion"): self = .ingestion
        default: return nil
        }
    }
}
