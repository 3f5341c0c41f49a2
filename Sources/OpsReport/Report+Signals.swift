import OpsModel
import OpsEngine

/// The `cache`, `guardrails` and `quality` parts of the report (null in JSON where the source cannot know).
extension Report {
    func writeCache(_ json: inout JSONWriter) {
        json.key("cache")
        guard covers.contains(.cache) else {
            json.value(nil as String?)
            return
        }
        let cache = snapshot.cache
        json.object { object in
            object.field("lookups", cache.lookups)
            object.field("hits", cache.hits)
            object.field("hit_rate", cache.hitRate)
            object.field("saved_usd", cache.savedUSD)
            object.key("latency_ms")
            object.object { latency in
                latency.key("hit")
                Self.writeShort(cache.hitLatency, to: &latency)
                latency.key("miss")
                Self.writeShort(cache.missLatency, to: &latency)
            }
            object.field("provider_cached_input_share", covers.contains(.tokens) ? cache.providerCachedInputShare : nil)
            object.field("provider_cache_saved_usd", covers.contains(.tokens) ? cache.providerCacheSavedUSD : nil)
        }
    }

    /// `{"count":N,"p50":…,"p95":…}`, percentiles null when nothing was measured.
    static func writeShort(_ summary: LatencySummary, to json: inout JSONWriter) {
        let measured = summary.count > 0
        json.object { object in
            object.field("count", summary.count)
            object.field("p50", measured ? summary.p50Ms : nil)
            object.field("p95", measured ? summary.p95Ms : nil)
        }
    }

    func writeGuardrails(_ json: inout JSONWriter) {
        json.key("guardrails")
        guard covers.contains(.guardrails) else {
            json.value(nil as String?)
            return
        }
        let guardrails = snapshot.guardrails
        json.object { object in
            object.field("checked", guardrails.checked)
            object.field("blocked", guardrails.blocked)
            object.field("flagged", guardrails.flagged)
            object.key("by_guardrail")
            object.object { rows in for row in guardrails.byGuardrail where row.triggered > 0 { rows.field(row.name, row.triggered) } }
            object.key("by_reason")
            object.object { rows in for row in guardrails.byReason { rows.field(row.name, row.count) } }
            object.key("top_users")
            object.object { rows in for row in guardrails.topUsers { rows.field(row.name, row.count) } }
            object.field("rate_limited", guardrails.rateLimited)
        }
    }

    func writeQuality(_ json: inout JSONWriter) {
        json.key("quality")
        guard covers.contains(.quality) else {
            json.value(nil as String?)
            return
        }
        json.object { object in
            for metric in snapshot.quality.metrics {
                object.key(metric.name)
                object.object { row in
                    row.field("count", metric.count)
                    row.field("mean", metric.mean)
                    row.field("p10", metric.p10)
                    row.field("threshold", metric.threshold)
                    row.field("below_threshold", metric.belowThreshold)
                }
            }
        }
    }

    /// The text report's lines for the three sections; none for a section with nothing in it.
    var signalLines: [String] {
        var lines: [String] = []
        let cache = snapshot.cache
        if covers.contains(.cache), cache.lookups > 0 {
            lines.append("")
            lines.append("Cache     \(cache.hits) hits of \(cache.lookups) lookups (\(cache.hitRate.map(Percent.format) ?? "n/a"))   "
                + "saved \(Money.format(cache.savedUSD))   hit p50 \(Self.millis(cache.hitLatency))   "
                + "miss p50 \(Self.millis(cache.missLatency))")
            if let share = cache.providerCachedInputShare, cache.cachedInputTokens > 0 {
                lines.append("  provider prompt cache: \(Percent.format(share)) of input tokens, "
                    + "saved \(Money.format(cache.providerCacheSavedUSD))")
            }
        }
        let guardrails = snapshot.guardrails
        if covers.contains(.guardrails), guardrails.checked > 0 {
            lines.append("")
            lines.append("Guardrails  \(guardrails.checked) checked   \(guardrails.blocked) blocked   "
                + "\(guardrails.flagged) flagged   \(guardrails.rateLimited) rate-limited")
            for row in guardrails.byGuardrail.prefix(8) {
                lines.append("  \(row.name)  \(row.blocked) blocked, \(row.flagged) flagged of \(row.checked)")
            }
            if !guardrails.byReason.isEmpty {
                lines.append("  reasons: " + guardrails.byReason.prefix(5).map { "\($0.name) \($0.count)" }.joined(separator: ", "))
            }
            if !guardrails.topUsers.isEmpty {
                lines.append("  top users: " + guardrails.topUsers.prefix(5).map { "\($0.name) \($0.count)" }.joined(separator: ", "))
            }
        }
        if covers.contains(.quality), !snapshot.quality.isEmpty {
            lines.append("")
            lines.append("Quality")
            for metric in snapshot.quality.metrics {
                var line = "  \(metric.name)  \(metric.count) scores"
                if let mean = metric.mean { line += "   mean \(AlertText.score(mean))" }
                if let p10 = metric.p10 { line += "   p10 \(AlertText.score(p10))" }
                if let threshold = metric.threshold {
                    line += "   \(metric.belowThreshold) below \(AlertText.score(threshold))"
                }
                lines.append(line)
            }
        }
        return lines
    }

    private static func millis(_ summary: LatencySummary) -> String {
        summary.count > 0 ? DurationText.label(millis: summary.p50Ms) : "n/a"
    }
}
