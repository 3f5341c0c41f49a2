import OpsModel
import OpsEngine

/// The summary `opstop report` prints: everything the engine knows, over all its input.
package struct Report: Sendable {
    package var sources: [String]
    package var stats: IngestStats
    package var snapshot: MetricsSnapshot
    /// Set when the figures came from metrics endpoints: how the scraping went.
    package var scrape: ScrapeSummary?
    /// Set under `--redact`: the text says so in its title, the JSON with `"redacted": true`, and
    /// the malformed-line reasons (which may quote the input) are scrubbed like span text.
    package var redactor: Redactor?

    var redacted: Bool { redactor != nil }

    /// A malformed line's reason as the report shows it.
    func shown(reason: String) -> String { redactor?.scrub(reason) ?? reason }

    /// Takes the figures of `store` as of its last event, over all time.
    package init(sources: [String], stats: IngestStats, store: MetricsStore) {
        self.sources = sources
        self.stats = stats
        snapshot = store.snapshot(window: .all)
    }

    /// A report over figures computed elsewhere (metrics endpoints, a Prometheus server); fields
    /// outside `snapshot.coverage` are written as null (JSON) or n/a (text).
    package init(sources: [String], stats: IngestStats = IngestStats(), snapshot: MetricsSnapshot, scrape: ScrapeSummary? = nil) {
        self.sources = sources
        self.stats = stats
        self.snapshot = snapshot
        self.scrape = scrape
    }

    var covers: SnapshotCoverage { snapshot.coverage }

    package var firingAlerts: [Alert] { snapshot.alerts.filter { $0.state == .firing } }

    static let latencyComponents: [Component] = [.llm, .tool, .query, .retrieval]

    static func time(_ nanos: Int64?) -> String? { nanos.map { RFC3339.format(nanos: $0) } }

    /// The JSON document (the shape is a contract: keys are only ever added).
    package var json: String {
        var writer = JSONWriter()
        writer.object { json in
            if redacted { json.field("redacted", true) }
            writeSource(&json)
            json.key("time")
            json.object { time in
                time.field("first", Self.time(snapshot.firstEventNanos))
                time.field("last", Self.time(snapshot.lastEventNanos))
            }
            writeCost(&json)
            json.key("tokens")
            if !covers.contains(.tokens) {
                json.value(nil as String?)
            } else {
                json.object { tokens in
                tokens.field("input", snapshot.tokens.input)
                tokens.field("output", snapshot.tokens.output)
                tokens.field("cached", snapshot.tokens.cacheRead)
                tokens.field("cache_creation", snapshot.tokens.cacheCreation)
                tokens.field("reasoning", snapshot.tokens.reasoning)
                }
            }
            writeLatency(&json)
            writeErrors(&json)
            writeBreakers(&json)
            writeAlerts(&json)
            writeCache(&json)
            writeGuardrails(&json)
            writeQuality(&json)
        }
        return writer.text
    }

    private func writeSource(_ json: inout JSONWriter) {
        json.key("source")
        json.object { source in
            source.key("files")
            source.array { files in for name in sources { files.value(name) } }
            source.field("lines", stats.lines)
            source.field("spans", covers.contains(.traces) ? Double(snapshot.spans) : nil)
            source.field("traces", covers.contains(.traces) ? Double(snapshot.traces) : nil)
            source.field("malformed", stats.malformed)
            source.key("malformed_examples")
            source.array { examples in
                for example in stats.malformedExamples {
                    examples.object { item in
                        item.field("line", example.line)
                        item.field("reason", shown(reason: example.reason))
                    }
                }
            }
            source.field("ignored", stats.ignored)
            source.field("duplicate_spans", snapshot.duplicateSpans)
            source.field("duplicate_evaluations", snapshot.duplicateEvaluations)
            source.key("formats")
            source.object { formats in
                for format in ForeignFormat.allCases {
                    if let count = stats.foreignLines[format] { formats.field(format.rawValue, count) }
                }
            }
            source.field("otlp_metric_lines", stats.otlpMetricLines)
            source.field("rejected_records", stats.rejectedRecords)
            source.field("held_runs", stats.heldRuns)
            source.field("evicted_runs", stats.evictedRuns)
            if let stale = snapshot.stale {
                source.field("stale_since", Self.time(stale.sinceNanos))
                source.field("stale_reason", stale.reason)
            }
            if let notice = snapshot.notice { source.field("notice", notice) }
        }
        if let scrape { writeScrape(scrape, to: &json) }
    }

    private func writeScrape(_ scrape: ScrapeSummary, to json: inout JSONWriter) {
        json.key("scrape")
        json.object { object in
            object.key("targets")
            object.array { list in for target in scrape.targets { list.value(target) } }
            object.field("scrapes", scrape.scrapes)
            object.field("failures", scrape.failures)
            object.field("last_error", scrape.lastError)
            object.field("bad_lines", scrape.badLines)
            object.field("first", Self.time(scrape.firstNanos))
            object.field("last", Self.time(scrape.lastNanos))
            object.field("period_seconds", scrape.periodSeconds)
        }
    }

    private func writeCost(_ json: inout JSONWriter) {
        let cost = snapshot.cost
        json.key("cost")
        guard covers.contains(.cost) else {
            json.value(nil as String?)
            return
        }
        let today = covers.contains(.today)
        json.object { object in
            object.field("total_usd", cost.totalUSD)
            object.key("by_model")
            object.object { models in
                for share in cost.byModel where share.usd != 0 { models.field(share.name, share.usd) }
            }
            object.key("unpriced_models")
            object.array { list in for model in cost.unpricedModels { list.value(model) } }
            object.field("table_priced_usd", cost.tablePricedUSD)
            object.field("burn_usd_per_hour", cost.burnPerHour1h)
            object.field("projected_day_usd", today ? cost.projectedDayUSD : nil)
            object.field("projected_month_usd", cost.projectedMonthUSD)
            object.field("today_usd", today ? cost.todayUSD : nil)
            object.field("daily_budget_usd", cost.dailyBudgetUSD)
            object.field("burn_usd_per_hour_1m", cost.burnPerHour1m)
            object.field("burn_usd_per_hour_15m", cost.burnPerHour15m)
            object.key("by_user")
            if covers.contains(.traces) {
                object.object { users in for share in cost.byUser { users.field(share.name, share.usd) } }
            } else {
                object.value(nil as String?)
            }
            if !covers.contains(.traces) { object.field("window_usd", cost.windowUSD) }
        }
    }

    private func writeLatency(_ json: inout JSONWriter) {
        json.key("latency_ms")
        guard covers.contains(.latency) else {
            json.value(nil as String?)
            return
        }
        json.object { latency in
            for component in Self.latencyComponents {
                latency.key(component.rawValue)
                Self.write(snapshot.latency[component], to: &latency)
            }
            latency.key("by_model")
            latency.object { models in
                for named in snapshot.latency.byModel {
                    models.key(named.name)
                    Self.write(named.summary, to: &models)
                }
            }
            latency.key("by_tool")
            latency.object { tools in
                for named in snapshot.latency.byTool {
                    tools.key(named.name)
                    Self.write(named.summary, to: &tools)
                }
            }
            if !snapshot.latency.exemplars.isEmpty { writeExemplars(&latency) }
        }
    }

    /// Traces behind the latency figures (metrics endpoints with OpenMetrics exemplars), slowest first.
    private func writeExemplars(_ json: inout JSONWriter) {
        json.key("exemplars")
        json.array { list in
            for row in snapshot.latency.exemplars {
                for exemplar in row.atOrAbove(percentile: 0) {
                    list.object { object in
                        object.field("row", row.name)
                        object.field("kind", row.kind.rawValue)
                        object.field("component", row.component.rawValue)
                        object.field("trace_id", exemplar.traceID)
                        object.field("span_id", exemplar.spanID)
                        object.field("value_ms", exemplar.valueMs)
                        object.field("bucket_le_ms", exemplar.bucketUpperMs.isFinite ? exemplar.bucketUpperMs : nil)
                    }
                }
            }
        }
    }

    /// Percentiles of an empty series are null, not zero: nothing was measured.
    static func write(_ summary: LatencySummary, to json: inout JSONWriter) {
        let measured = summary.count > 0
        json.object { object in
            object.field("count", summary.count)
            object.field("p50", measured ? summary.p50Ms : nil)
            object.field("p90", measured ? summary.p90Ms : nil)
            object.field("p95", measured ? summary.p95Ms : nil)
            object.field("p99", measured ? summary.p99Ms : nil)
            object.field("max", measured ? summary.maxMs : nil)
        }
    }

    private func writeErrors(_ json: inout JSONWriter) {
        let errors = snapshot.errors
        json.key("errors")
        guard covers.contains(.errors) else {
            json.value(nil as String?)
            return
        }
        json.object { object in
            object.field("total", errors.failedSpans)
            object.field("rate", covers.contains(.requests) && errors.spans > 0 ? errors.rate : nil)
            if !covers.contains(.traces) { object.field("requests", covers.contains(.requests) ? Double(errors.spans) : nil) }
            object.key("by_category")
            object.object { categories in
                for category in ErrorCategory.allCases { categories.field(category.rawValue, errors.byCategory[category]) }
            }
            object.key("by_type")
            object.object { types in for entry in errors.byType { types.field(entry.type, entry.count) } }
            object.key("category_of_type")
            object.object { types in for entry in errors.byType { types.field(entry.type, entry.category.rawValue) } }
        }
    }

    private func writeBreakers(_ json: inout JSONWriter) {
        json.key("breakers")
        guard covers.contains(.breakers) else {
            json.value(nil as String?)
            return
        }
        json.array { list in
            for breaker in snapshot.breakers {
                list.object { object in
                    object.field("target", breaker.target)
                    object.field("kind", breaker.kind.rawValue)
                    object.field("state", breaker.state.rawValue)
                    object.field("since", Self.time(breaker.since))
                    object.field("inferred", breaker.source == .inferred)
                    if breaker.source == .scraped { object.field("source", breaker.source.rawValue) }
                    object.field("opened", breaker.openedCount)
                    object.field("consecutive_failures", breaker.consecutiveFailures)
                    object.key("transitions")
                    object.array { transitions in
                        for transition in breaker.transitions {
                            transitions.object { item in
                                item.field("at", Self.time(transition.timeNanos))
                                item.field("from", transition.from.rawValue)
                                item.field("to", transition.to.rawValue)
                                if let reason = transition.reason { item.field("reason", reason) }
                            }
                        }
                    }
                }
            }
        }
    }

    private func writeAlerts(_ json: inout JSONWriter) {
        json.key("alerts")
        guard covers.contains(.alerts) else {
            json.value(nil as String?)
            return
        }
        json.array { list in
            for alert in snapshot.alerts {
                list.object { object in
                    object.field("rule", alert.rule.rawValue)
                    if !alert.key.isEmpty { object.field("target", alert.key) }
                    object.field("state", alert.state.rawValue)
                    object.field("severity", alert.severity.rawValue)
                    object.field("since", Self.time(alert.sinceNanos))
                    object.field("fired_at", Self.time(alert.firedNanos))
                    object.field("resolved_at", Self.time(alert.resolvedNanos))
                    object.field("message", alert.message)
                    object.field("value", alert.value)
                    object.field("threshold", alert.threshold)
                }
            }
        }
    }
}
