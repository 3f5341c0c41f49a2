import OpsEngine
import Testing
import OpsModel

@Suite struct PromQLBuilderTests {
    let supportBot = SeriesMatch([LabelMatcher("job", .equal, "support-bot")])

    @Test func costByModelIsASumOfIncreasesNarrowedByTheMatch() {
        let builder = PromQLBuilder(match: supportBot, window: .fiveMinutes)
        #expect(
            builder.counterIncrease("litellm_spend_metric_total", by: ["model"])
                == #"sum by (model) (increase(litellm_spend_metric_total{job="support-bot"}[5m]))"#)
        #expect(
            builder.counterRate("litellm_spend_metric_total", range: .oneMinute)
                == #"sum(rate(litellm_spend_metric_total{job="support-bot"}[1m]))"#)
    }

    @Test func latencyQuantilesUseHistogramQuantileOverSummedBucketRates() {
        let builder = PromQLBuilder(window: .fiveMinutes)
        #expect(
            builder.histogramQuantile(0.95, histogram: "gen_ai_client_operation_duration_seconds")
                == "histogram_quantile(0.95, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket[5m])))")
        #expect(
            PromQLBuilder(match: supportBot, window: .oneMinute).histogramQuantile(
                0.5, histogram: "x_seconds", by: ["gen_ai_request_model"])
                == #"histogram_quantile(0.5, sum by (le, gen_ai_request_model) (rate(x_seconds_bucket{job="support-bot"}[1m])))"#
        )
    }

    @Test func theAllWindowReadsCountersAndCumulativeBucketsAsTheyStand() {
        let builder = PromQLBuilder(match: supportBot, window: .all)
        #expect(builder.histogramCount("h") == #"sum(h_count{job="support-bot"})"#)
        #expect(
            builder.histogramQuantile(0.99, histogram: "h")
                == #"histogram_quantile(0.99, sum by (le) (h_bucket{job="support-bot"}))"#)
        // A rate needs a range: `all` asks over the last hour.
        #expect(builder.counterRate("c_total") == #"sum(rate(c_total{job="support-bot"}[1h]))"#)
    }

    @Test func extraMatchersFollowTheMatchAndGaugesGroupPerInstance() {
        let builder = PromQLBuilder(match: supportBot, window: .fifteenMinutes)
        #expect(
            builder.histogramCount("h", by: ["error_type"], extra: [LabelMatcher("error_type", .notEqual, "")])
                == #"sum by (error_type) (increase(h_count{job="support-bot",error_type!=""}[15m]))"#)
        #expect(
            builder.gauge("litellm_deployment_state", by: ["instance", "litellm_model_name"])
                == #"max by (instance, litellm_model_name) (litellm_deployment_state{job="support-bot"})"#)
        #expect(PromQLBuilder().gauge("g", by: []) == "max (g)")
    }

    @Test func drillingIntoAModelAddsAnEqualityMatcher() {
        let builder = PromQLBuilder(match: supportBot.narrowed("model", equals: "gpt-4o"), window: .oneHour)
        #expect(
            builder.counterIncrease("c_total")
                == #"sum(increase(c_total{job="support-bot",model="gpt-4o"}[1h]))"#)
    }
}

@Suite struct SeriesMatchTests {
    @Test func parsesEveryOperatorAndQuoteStyle() throws {
        let match = try SeriesMatch.parse(#" { job = "support-bot", env=~'prod.*' , zone!=`eu`, pod!~"a\"b\\c" } "#)
        #expect(
            match.matchers == [
                LabelMatcher("job", .equal, "support-bot"), LabelMatcher("env", .matchesRegex, "prod.*"),
                LabelMatcher("zone", .notEqual, "eu"), LabelMatcher("pod", .notMatchesRegex, #"a"b\c"#),
            ])
        // Rendering escapes again, so the value survives the round trip.
        #expect(match.selector() == #"{job="support-bot",env=~"prod.*",zone!="eu",pod!~"a\"b\\c"}"#)
        #expect(try SeriesMatch.parse(match.selector()) == match)
    }

    @Test func bracesMayBeLeftOutAndATrailingCommaIsFine() throws {
        #expect(try SeriesMatch.parse(#"job="a","#).matchers == [LabelMatcher("job", .equal, "a")])
    }

    @Test func badMatchesAreOneLineErrorsThatSayWhere() {
        func message(_ text: String) -> String {
            do {
                _ = try SeriesMatch.parse(text)
                return "parsed"
            } catch {
                return error.description
            }
        }
        #expect(message(#"up{job="a"}"#).hasPrefix("--match: give only label matchers in braces, not a metric name"))
        #expect(message(#"{job="a""#).hasPrefix("--match: missing '}' at character 9"))
        #expect(message(#"{job=a}"#).hasPrefix("--match: expected a quoted value at character 6"))
        #expect(message(#"{job:"a"}"#).hasPrefix("--match: expected =, !=, =~ or !~ after 'job'"))
        #expect(message(#"{1job="a"}"#).hasPrefix("--match: expected a label name"))
        #expect(message(#"{job="a"#).hasPrefix("--match: unterminated string"))
        #expect(message("{}").hasPrefix("--match: no label matchers"))
        #expect(message(#"{job="\q"}"#).hasPrefix(#"--match: unsupported escape '\q'"#))
        #expect(message(#"{job="a"} x"#).hasPrefix("--match: unexpected 'x'"))
    }

    @Test func controlCharactersInValuesAreEscapedWhenRendered() {
        #expect(LabelMatcher("a", .equal, "x\ny\u{01}").promQL == #"a="x\ny\x01""#)
    }
}
