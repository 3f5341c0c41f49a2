import NIOHTTP1
import OpsFormats

/// The parts of LangSmith's API its SDK sends runs to, so `LANGSMITH_ENDPOINT` can point at opstop.
enum LangSmithRoute: Sendable, Hashable {
    /// `GET /info`: what the server accepts (multipart, no compression).
    case info
    /// `POST /runs/multipart`, with the body's boundary (nil when the content type is not `multipart/form-data`).
    case multipart(boundary: String?)
    /// `POST /runs/batch`: `{"post":[…],"patch":[…]}`.
    case batch
    /// `POST /runs`: one run.
    case create
    /// `POST /feedback`: one feedback record (`client.create_feedback`), read as an evaluation.
    case feedback
    /// `PATCH /runs/<id>`: the end of one run.
    case update(id: String)

    /// The route a request's method and path name; nil for paths that are not LangSmith's. A path may carry
    /// the `/api/v1` prefix of self-hosted LangSmith.
    init?(method: HTTPMethod, uri: String, contentType: String?) {
        var path = Substring(uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        if path.hasPrefix("/api/v1/") { path = path.dropFirst("/api/v1".count) }
        if path.hasSuffix("/"), path.count > 1 { path = path.dropLast() }
        switch (method, path) {
        case (.GET, "/info"): self = .info
        case (.POST, "/runs/multipart"):
            self = .multipart(boundary: contentType.flatMap { LangSmithRunReceiver.multipartBoundary(contentType: $0) })
        case (.POST, "/runs/batch"): self = .batch
        case (.POST, "/runs"): self = .create
        case (.POST, "/feedback"): self = .feedback
        case (.PATCH, _) where path.hasPrefix("/runs/"):
            let id = path.dropFirst("/runs/".count)
            guard !id.isEmpty, id.count <= 100, !id.contains("/") else { return nil }
            self = .update(id: String(id))
        default: return nil
        }
    }
}
