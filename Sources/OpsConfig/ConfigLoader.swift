import OpsModel
import OpsEngine

/// Reads `config.toml` into an `AppConfiguration`; every mistake is a `ConfigError` naming file and line.
package enum ConfigLoader {
    package static let sections = ["budget", "sla", "alerts", "breakers", "prices", "errors", "ui", "traces", "metrics", "privacy", "quality"]

    package static func parse(_ text: String, file: String) throws(ConfigError) -> AppConfiguration {
        let document = try TOMLDocument(text: text, file: file)
        let root = TableReader(document: document, path: [], entries: document.root)
        try root.requireKnownKeys(sections)
        var config = AppConfiguration()
        config.file = file
        if let budget = try root.table("budget") { try readBudget(budget, into: &config.engine) }
        if let sla = try root.table("sla") { try readSLA(sla, into: &config.engine) }
        if let alerts = try root.table("alerts") { try readAlerts(alerts, into: &config.engine) }
        if let breakers = try root.table("breakers") { try readBreakers(breakers, into: &config.engine) }
        if let prices = try root.table("prices") { try readPrices(prices, into: &config.engine) }
        if let errors = try root.table("errors") { try readErrorRules(errors, into: &config.engine) }
        if let ui = try root.table("ui") { try readUI(ui, into: &config) }
        if let traces = try root.table("traces") { try readTraces(traces, into: &config.engine) }
        if let metrics = try root.table("metrics") { try readMetrics(metrics, into: &config.engine) }
        if let privacy = try root.table("privacy") { try readPrivacy(privacy, into: &config) }
        if let quality = try root.table("quality") { try readQuality(quality, into: &config.engine) }
        return config
    }

    static func readBudget(_ table: TableReader, into engine: inout EngineConfiguration) throws(ConfigError) {
        try table.requireKnownKeys(["daily_usd", "warn_at"])
        if let daily = try table.double("daily_usd", range: 0...1e12) { engine.dailyBudgetUSD = daily }
        if let warn = try table.double("warn_at", range: 0...1) { engine.budgetWarnFraction = warn }
    }

    static func readSLA(_ table: TableReader, into engine: inout EngineConfiguration) throws(ConfigError) {
        let components: [Component] = [.query, .llm, .tool, .retrieval]
        try table.requireKnownKeys(components.map(\.rawValue))
        for component in components {
            if let nanos = try table.duration(component.rawValue) {
                engine.latencyTargetsMs[component] = Double(nanos) / 1_000_000
            }
        }
    }

    static func readAlerts(_ table: TableReader, into engine: inout EngineConfiguration) throws(ConfigError) {
        try table.requireKnownKeys([
            "window", "for", "error_rate", "error_rate_min_spans", "breaker_open", "cache_hit_drop", "cache_min_lookups",
            "guardrail_block_factor", "guardrail_block_increase", "guardrail_min_checks", "quality_min_scores",
        ])
        if let window = try table.duration("window") {
            guard window >= 60_000_000_000 && window <= 3_600_000_000_000 else {
                throw table.error(
                    "window", "'window' must be between 1m and 1h (the engine keeps an hour of minute buckets)")
            }
            engine.alertWindowNanos = window
        }
        if let hold = try table.duration("for") { engine.alertForNanos = hold }
        if let rate = try table.double("error_rate", range: 0...1) { engine.errorRateThreshold = rate }
        if let minimum = try table.integer("error_rate_min_spans", range: 0...1_000_000) {
            engine.errorRateMinimumSpans = minimum
        }
        if let open = try table.bool("breaker_open") { engine.alertOnOpenBreaker = open }
        try readSignalAlerts(table, into: &engine)
    }

    /// The cache, guardrail and quality alert settings of `[alerts]`.
    static func readSignalAlerts(_ table: TableReader, into engine: inout EngineConfiguration) throws(ConfigError) {
        if let drop = try table.double("cache_hit_drop", range: 0...1) { engine.cacheHitRateDropFraction = drop }
        if let minimum = try table.integer("cache_min_lookups", range: 0...1_000_000) {
            engine.cacheHitRateMinimumLookups = minimum
        }
        if let factor = try table.double("guardrail_block_factor", range: 1...1000) { engine.guardrailBlockRateFactor = factor }
        if let increase = try table.double("guardrail_block_increase", range: 0...1) {
            engine.guardrailBlockRateMinimumIncrease = increase
        }
        if let minimum = try table.integer("guardrail_min_checks", range: 0...1_000_000) {
            engine.guardrailBlockRateMinimumChecks = minimum
        }
        if let minimum = try table.integer("quality_min_scores", range: 1...1_000_000) { engine.qualityMinimumScores = minimum }
    }

    /// `[quality]`: one threshold per evaluation metric (`faithfulness = 0.90`); any metric name is allowed.
    static func readQuality(_ table: TableReader, into engine: inout EngineConfiguration) throws(ConfigError) {
        for metric in table.keys {
            if let threshold = try table.double(metric, range: -1e9...1e9) { engine.qualityThresholds[metric] = threshold }
        }
    }

    static func readBreakers(_ table: TableReader, into engine: inout EngineConfiguration) throws(ConfigError) {
        try table.requireKnownKeys(["infer", "failures", "cooldown"])
        if let infer = try table.bool("infer") { engine.breakerInference.enabled = infer }
        if let failures = try table.integer("failures", range: 1...10_000) {
            engine.breakerInference.failureThreshold = failures
        }
        if let cooldown = try table.duration("cooldown") { engine.breakerInference.cooldownNanos = cooldown }
    }

    static func readPrices(_ table: TableReader, into engine: inout EngineConfiguration) throws(ConfigError) {
        var overrides: [String: ModelPrice] = [:]
        for model in table.keys {
            guard let entry = try table.table(model) else { continue }
            try entry.requireKnownKeys(["input", "output", "cached_input", "cache_write"])
            guard let input = try entry.double("input", range: 0...1e6),
                let output = try entry.double("output", range: 0...1e6)
            else {
                throw table.error(model, "price for '\(model)' needs both 'input' and 'output' (USD per 1M tokens)")
            }
            overrides[model] = ModelPrice(
                input: input, output: output, cachedInput: try entry.double("cached_input", range: 0...1e6),
                cacheWrite: try entry.double("cache_write", range: 0...1e6))
        }
        engine.prices = engine.prices.overriding(with: overrides)
    }

    static func readErrorRules(_ table: TableReader, into engine: inout EngineConfiguration) throws(ConfigError) {
        try table.requireKnownKeys(ErrorCategory.allCases.map(\.rawValue))
        var rules: [ErrorRule] = []
        for category in ErrorCategory.allCases {
            guard let node = table.value(category.rawValue) else { continue }
            guard case let .array(items) = node else {
                throw table.error(
                    category.rawValue,
                    "'\(category.rawValue)' must be a list of error types like [\"MyTimeout\", \"flaky_*\"]")
            }
            for item in items {
                guard case let .string(pattern) = item, !pattern.isEmpty else {
                    throw table.error(
                        category.rawValue, "'\(category.rawValue)' must list error types as non-empty strings")
                }
                rules.append(ErrorRule(pattern: pattern, category: category))
            }
        }
        engine.errorClassifier = ErrorClassifier(extraRules: rules)
    }

    static func readUI(_ table: TableReader, into config: inout AppConfiguration) throws(ConfigError) {
        try table.requireKnownKeys(["theme", "refresh", "ascii", "bell"])
        if let theme = try table.string("theme") { config.theme = theme }
        if let refresh = try table.duration("refresh") {
            guard refresh >= 100_000_000 && refresh <= 10_000_000_000 else {
                throw table.error(
                    "refresh", "'refresh' must be between 100ms and 10s (the screen redraws at most 10 times a second)")
            }
            config.refreshMillis = Int(refresh / 1_000_000)
        }
        if let ascii = try table.bool("ascii") { config.ascii = ascii }
        if let bell = try table.bool("bell") { config.bell = bell }
    }

    static func readTraces(_ table: TableReader, into engine: inout EngineConfiguration) throws(ConfigError) {
        try table.requireKnownKeys(["max", "max_content_mb"])
        if let max = try table.integer("max", range: 100...10_000_000) { engine.maxTraces = max }
        if let megabytes = try table.integer("max_content_mb", range: 0...100_000) {
            engine.maxContentBytes = megabytes << 20
        }
    }
}
