import OpsModel
import OpsFormats

package func parseExposition(_ text: String, contentType: String? = nil, limits: ExpositionLimits = ExpositionLimits()) -> Scrape {
    ExpositionParser.parse(text, contentType: contentType, limits: limits)
}

package func parseOpenMetrics(_ text: String) -> Scrape {
    parseExposition(text, contentType: "application/openmetrics-text; version=1.0.0; charset=utf-8")
}

package func parseClassic(_ text: String) -> Scrape {
    parseExposition(text, contentType: "text/plain; version=0.0.4; charset=utf-8")
}

package func isClose(_ lhs: Double?, _ rhs: Double, tolerance: Double = 1e-9) -> Bool {
    guard let lhs else { return false }
    if lhs == rhs { return true }
    return abs(lhs - rhs) <= tolerance * max(1, abs(rhs))
}

extension Scrape {
    package var issueKinds: [ParseIssue.Kind] { issues.map(\.kind) }
}
