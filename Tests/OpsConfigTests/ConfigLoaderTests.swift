import OpsModel
import Testing

@testable import OpsConfig
import OpsEngine

@Test func emptyConfigGivesTheDocumentedDefaults() throws {
    let config = try ConfigLoader.parse("", file: "config.toml")
    #expect(config.engine.dailyBudgetUSD == 100)
    #expect(config.engine.budgetWarnFraction == 0.8)
    #expect(config.engine.latencyTargetsMs[.query] == 3000)
    #expect(config.engine.errorRateThreshold == 0.05)
    #expect(config.engine.errorRateMinimumSpans == 20)
    #expect(config.engine.breakerInference.failureThreshold == 5)
    #expect(config.engine.breakerInference.cooldownNanos == 30_000_000_000)
    #expect(config.engine.maxTraces == 50_000)
    #expect(config.refreshMillis == 100)
    #expect(config.theme == nil)
}

@Test func everySectionIsRead() throws {
    let text = """
        [budget]
        daily_usd = 250
        warn_at = 0.9

        [sla]
        query = "4s"
        llm = "1500ms"
        tool = 2

        [alerts]
        window = "15m"
        for = "30s"
        error_rate = 0.1
        error_rate_min_spans = 50
        breaker_open = false

        [breakers]
        infer = false
        failures = 3
        cooldown = "1m"

        [prices."acme-large"]
        input = 1.0
        output = 4.0
        cached_input = 0.25

        [errors]
        transient = ["AcmeBusy", "flaky_*"]
        user = ["bad_prompt"]

        [ui]
        theme = "solarized-dark"
        refresh = "250ms"
        ascii = true
        bell = true

        [traces]
        max = 1000
        max_content_mb = 8
        """
    let config = try ConfigLoader.parse(text, file: "c.toml")
    let engine = config.engine
    #expect(engine.dailyBudgetUSD == 250)
    #expect(engine.budgetWarnFraction == 0.9)
    #expect(engine.latencyTargetsMs[.query] == 4000)
    #expect(engine.latencyTargetsMs[.llm] == 1500)
    #expect(engine.latencyTargetsMs[.tool] == 2000)
    #expect(engine.alertWindowNanos == 900_000_000_000)
    #expect(engine.alertForNanos == 30_000_000_000)
    #expect(engine.errorRateThreshold == 0.1)
    #expect(engine.errorRateMinimumSpans == 50)
    #expect(!engine.alertOnOpenBreaker)
    #expect(!engine.breakerInference.enabled)
    #expect(engine.breakerInference.failureThreshold == 3)
    #expect(engine.breakerInference.cooldownNanos == 60_000_000_000)
    let cost = engine.prices.cost(
        of: TokenUsage(input: 1_000_000, output: 1_000_000, cacheRead: 500_000), model: "acme-large")
    #expect(cost == 0.5 * 1.0 + 0.5 * 0.25 + 4.0)
    #expect(engine.prices.cost(of: TokenUsage(input: 1_000_000), model: "gpt-4o-mini") == 0.15)
    var classifier = engine.errorClassifier
    #expect(classifier.classify(SpanError(type: "AcmeBusy")) == .transient)
    #expect(classifier.classify(SpanError(type: "flaky_network")) == .transient)
    #expect(classifier.classify(SpanError(type: "bad_prompt")) == .user)
    #expect(classifier.classify(SpanError(type: "RateLimitError")) == .transient)
    #expect(config.theme == "solarized-dark")
    #expect(config.refreshMillis == 250)
    #expect(config.ascii && config.bell)
    #expect(engine.maxTraces == 1000)
    #expect(engine.maxContentBytes == 8 << 20)
}

@Test(arguments: [
    ("[budjet]\ndaily_usd = 1\n", "c.toml:1: unknown key 'budjet'; did you mean 'budget'?"),
    ("[budget]\n\ndaily_used = 1\n", "c.toml:3: unknown key 'daily_used' in [budget]; did you mean 'daily_usd'?"),
    ("[budget]\ndaily_usd = \"lots\"\n", "c.toml:2: 'daily_usd' must be a number, not a string"),
    ("[budget]\nwarn_at = 1.5\n", "c.toml:2: 'warn_at' must be between 0.0 and 1.0, not 1.5"),
    (
        "[sla]\nquery = \"3 seconds\"\n",
        "c.toml:2: 'query' = \"3 seconds\" is not a duration; write it like \"30s\", \"5m\" or \"1h\""
    ),
    ("[breakers]\nfailures = 0\n", "c.toml:2: 'failures' must be between 1 and 10000, not 0"),
    ("[prices.mine]\ninput = 1\n", "c.toml:1: price for 'mine' needs both 'input' and 'output' (USD per 1M tokens)"),
    (
        "[errors]\ntransient = \"Busy\"\n",
        "c.toml:2: 'transient' must be a list of error types like [\"MyTimeout\", \"flaky_*\"]"
    ),
    ("budget = 5\n", "c.toml:1: 'budget' must be a table like [budget], not an integer"),
    (
        "[ui]\nrefresh = \"10ms\"\n",
        "c.toml:2: 'refresh' must be between 100ms and 10s (the screen redraws at most 10 times a second)"
    ),
])
func mistakesNameTheLineAndWhatToDo(text: String, expected: String) {
    #expect(throws: ConfigError.self) { try ConfigLoader.parse(text, file: "c.toml") }
    do {
        _ = try ConfigLoader.parse(text, file: "c.toml")
    } catch {
        #expect(error.description.hasPrefix(expected), "got: \(error.description)")
    }
}

@Test func invalidTOMLReportsTheParsersLine() {
    do {
        _ = try ConfigLoader.parse("[budget]\ndaily_usd = = 3\n", file: "c.toml")
        Issue.record("expected an error")
    } catch {
        #expect(error.line == 2)
        #expect(error.description.hasPrefix("c.toml:2: not valid TOML"))
    }
}

@Test func durationsParseAsPeopleWriteThem() {
    #expect(DurationParser.nanos("250ms") == 250_000_000)
    #expect(DurationParser.nanos("1h30m") == 5_400_000_000_000)
    #expect(DurationParser.nanos("1.5s") == 1_500_000_000)
    #expect(DurationParser.nanos("2d") == 172_800_000_000_000)
    #expect(DurationParser.nanos("") == nil)
    #expect(DurationParser.nanos("5 parsecs") == nil)
    #expect(DurationParser.nanos("s") == nil)
}

@Test func suggestionsOnlyForNearMisses() {
    #expect(Suggestion.closest(to: "budjet", in: ["budget", "sla"]) == "budget")
    #expect(Suggestion.closest(to: "zzzzzz", in: ["budget", "sla"]) == nil)
}

@Test func missingExplicitConfigIsAClearError() {
    do {
        _ = try ConfigLoader.load(explicitPath: "/nonexistent/opstop.toml")
        Issue.record("expected an error")
    } catch {
        #expect(
            error.description
                == "/nonexistent/opstop.toml: cannot read the config file (No such file or directory); check the path given to --config"
        )
    }
}
