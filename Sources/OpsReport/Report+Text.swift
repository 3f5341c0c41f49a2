import OpsModel
import OpsEngine

extension Report {
    /// The human-readable summary printed without `--json`.
    package var text: String {
        var lines: [String] = []
        let snap = snapshot
        let period = [Self.time(snap.firstEventNanos), Self.time(snap.lastEventNanos)].compactMap { $0 }
        let covers = snap.coverage
        lines.append("opstop report — \(sources.joined(separator: ", "))" + (redacted ? " (REDACTED)" : ""))
        if let scrape {
            lines.append("  \(scrape.scrapes) scrapes, \(scrape.failures) failed, \(scrape.badLines) bad lines"
                + (period.count == 2 ? ", \(period[0]) … \(period[1])" : "")
                + (scrape.periodSeconds.map { " (\(Money.fixed($0, decimals: 1)) s)" } ?? ""))
            if let error = scrape.lastError { lines.append("  last error: \(error)") }
        } else if !covers.contains(.traces) {
            // Figures a server computed (opstop report --prometheus): one evaluation, no lines or spans.
            lines.append("  as of \(Self.time(snap.asOfNanos) ?? "?"), window \(snap.window.label)")
        } else {
            lines.append("  \(stats.lines) lines, \(snap.spans) spans, \(snap.traces) traces, \(stats.malformed) malformed"
                + (stats.ignored > 0 ? ", \(stats.ignored) ignored" : "")
                + (period.count == 2 ? ", \(period[0]) … \(period[1])" : ""))
        }
        if let stale = snap.stale {
            lines.append("  stale since \(Self.time(stale.sinceNanos) ?? "?") — \(stale.reason)")
        }
        if let notice = snap.notice { lines.append("  \(notice)") }
        let formats = ForeignFormat.allCases.compactMap { format in
            stats.foreignLines[format].map { "\($0) \(format.displayName)" }
        }
        if !formats.isEmpty {
            var note = "  other formats: " + formats.joined(separator: ", ")
            if stats.rejectedRecords > 0 { note += "; \(stats.rejectedRecords) records left out" }
            if stats.heldRuns > 0 { note += "; \(stats.heldRuns) LangSmith runs waiting for their end" }
            if stats.evictedRuns > 0 { note += "; \(stats.evictedRuns) dropped" }
            lines.append(note)
        }
        for example in stats.malformedExamples {
            lines.append("    line \(example.line): \(shown(reason: example.reason))")
        }
        lines.append("")
        let cost = snap.cost
        let today = covers.contains(.today)
        if !covers.contains(.cost) {
            lines.append("Cost      n/a (not reported by this source)")
        } else if !covers.contains(.traces) {
            lines.append("Cost      period \(Money.format(cost.windowUSD))   today \(today ? Money.format(cost.todayUSD) : "n/a")   "
                + "burn \(Self.money(cost.burnPerHour1h))/h   month \(Self.money(cost.projectedMonthUSD))")
        } else {
            lines.append("Cost      total \(Money.format(cost.totalUSD))   today \(Money.format(cost.todayUSD))   "
                + "burn \(Money.format(cost.burnPerHour1h))/h   projected day \(Money.format(cost.projectedDayUSD))   "
                + "month \(Money.format(cost.projectedMonthUSD))")
        }
        for share in cost.byModel.prefix(8) where share.usd > 0 && covers.contains(.cost) {
            lines.append("  " + pad(share.name, 32) + pad(Money.format(share.usd), 12, right: true)
                + (covers.contains(.traces) ? "  \(share.spans) spans" : ""))
        }
        if cost.tablePricedUSD > 0, cost.tablePricedUSD < cost.totalUSD, covers.contains(.traces) {
            lines.append("  priced from opstop's table: \(Money.format(cost.tablePricedUSD)) "
                + "(the rest as the producers stated it)")
        }
        if !cost.unpricedModels.isEmpty {
            lines.append("  unpriced (cost 0, add prices in config): " + cost.unpricedModels.joined(separator: ", "))
        }
        if !covers.contains(.tokens) {
            lines.append("Tokens    n/a (not reported by this source)")
        } else {
            lines.append("Tokens    in \(Money.grouped(snap.tokens.input))   out \(Money.grouped(snap.tokens.output))   "
                + "cached \(Money.grouped(snap.tokens.cacheRead))")
        }
        lines.append("")
        lines.append("Latency     " + pad("count", 8, right: true) + pad("p50", 10, right: true) + pad("p90", 10, right: true)
            + pad("p95", 10, right: true) + pad("p99", 10, right: true) + pad("max", 10, right: true))
        if !covers.contains(.latency) { lines.append("  n/a (not reported by this source)") }
        for component in Self.latencyComponents {
            let summary = snap.latency[component]
            guard summary.count > 0 else { continue }
            lines.append("  " + pad(component.rawValue, 10) + pad(String(summary.count), 8, right: true)
                + [summary.p50Ms, summary.p90Ms, summary.p95Ms, summary.p99Ms, summary.maxMs]
                .map { pad($0.isFinite ? DurationText.label(millis: $0) : "n/a", 10, right: true) }.joined())
        }
        lines.append("")
        let errors = snap.errors
        if !covers.contains(.errors) {
            lines.append("Errors    n/a (not reported by this source)")
        } else if !covers.contains(.traces) {
            let rate = covers.contains(.requests) && errors.spans > 0 ? Percent.format(errors.rate) : "n/a"
            lines.append("Errors    \(errors.failedSpans) of "
                + (covers.contains(.requests) ? "\(errors.spans)" : "n/a") + " requests (\(rate))   "
                + ErrorCategory.allCases.map { "\($0.rawValue) \(errors.byCategory[$0])" }.joined(separator: "   "))
        } else {
            lines.append("Errors    \(errors.failedSpans) of \(errors.spans) spans (\(Percent.format(errors.rate)))   "
                + ErrorCategory.allCases.map { "\($0.rawValue) \(errors.byCategory[$0])" }.joined(separator: "   "))
        }
        for entry in errors.byType.prefix(8) {
            lines.append("  " + pad(entry.type, 32) + pad(String(entry.count), 8, right: true) + "  \(entry.category.rawValue)")
        }
        lines.append(contentsOf: signalLines)
        if !snap.breakers.isEmpty {
            lines.append("")
            lines.append("Breakers")
            for breaker in snap.breakers {
                lines.append("  " + pad(breaker.target, 32) + pad(breaker.state.rawValue, 10)
                    + " opened \(breaker.openedCount)×" + (breaker.source == .inferred ? "  (inferred)" : ""))
            }
        }
        let budgets = snap.cost.budgets.filter { $0.limitUSD != nil || $0.spentUSD != nil }
        if !covers.contains(.traces), !budgets.isEmpty {
            lines.append("")
            lines.append("Budgets")
            for budget in budgets {
                let spent = budget.spentUSD.map(Money.format) ?? "n/a"
                let limit = budget.limitUSD.map(Money.format) ?? "n/a"
                lines.append("  " + pad(budget.name, 32) + "spent \(spent) of \(limit)")
            }
        }
        if !snap.alerts.isEmpty {
            lines.append("")
            lines.append("Alerts")
            for alert in snap.alerts {
                lines.append("  " + pad(alert.state.rawValue.uppercased(), 10) + pad(alert.id, 28)
                    + (Self.time(alert.sinceNanos) ?? "") + "  " + alert.message)
            }
        }
        // Names, messages and reasons come from the input: nothing from it reaches the terminal raw.
        return lines.map { SafeText.sanitize($0) }.joined(separator: "\n") + "\n"
    }

    static func money(_ usd: Double) -> String { usd.isFinite ? Money.format(usd) : "n/a" }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let clean = SafeText.sanitize(text)
        var clipped = clean
        var used = SafeText.displayWidth(of: clean)
        if used > width - 1 {
            clipped = ""
            used = 0
            for grapheme in clean {
                let columns = SafeText.displayWidth(of: grapheme)
                if used + columns > width - 2 { break }
                clipped.append(grapheme)
                used += columns
            }
            clipped += "…"
            used += 1
        }
        let fill = String(repeating: " ", count: Swift.max(0, width - used))
        return right ? fill + clipped : clipped + fill
    }
}
