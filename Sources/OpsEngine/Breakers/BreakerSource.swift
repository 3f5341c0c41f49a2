/// Where a breaker's state comes from.
package enum BreakerSource: String, Sendable, Hashable, CaseIterable {
    /// Breaker lines the application logged.
    case explicit
    /// opstop's reading of call outcomes (``BreakerInferenceSettings``).
    case inferred
    /// A metrics endpoint's state gauge (`litellm_deployment_state`, resilience4j, Envoy).
    case scraped
}
