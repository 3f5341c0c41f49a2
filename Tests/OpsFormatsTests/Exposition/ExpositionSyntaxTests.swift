import OpsModel
import Testing
import OpsTestSupport

@Suite("Exposition syntax")
struct ExpositionSyntaxTests {
    @Test func quotedUTF8MetricAndLabelNames() throws {
        let scrape = parseOpenMetrics(#"""
        # TYPE "my.metric" gauge
        # HELP "my.metric" Dotted name
        {"my.metric", label="x", "dotted.label"="y"} 1
        {"my.metric"} 2
        # EOF
        """#)
        #expect(scrape.issueCount == 0)
        let family = try #require(scrape.family(named: "my.metric"))
        #expect(family.type == .gauge)
        #expect(family.help == "Dotted name")
        #expect(family.series.map(\.labels) == [[Label("dotted.label", "y"), Label("label", "x")], []])
        #expect(family.series.map(\.key) == [#""my.metric"{"dotted.label"="y",label="x"}"#, #""my.metric""#])
    }

    @Test func labelEscapesAndUnknownEscapesKeptVerbatim() {
        let scrape = parseClassic(#"m{a="x\\y",b="say \"hi\"",c="line1\nline2",d="tab\tstays"} 1"#)
        let labels = scrape.families.first?.series.first?.labels
        #expect(labels?["a"] == #"x\y"#)
        #expect(labels?["b"] == #"say "hi""#)
        #expect(labels?["c"] == "line1\nline2")
        #expect(labels?["d"] == #"tab\tstays"#)
    }

    @Test func helpTextEscapes() {
        let scrape = parseClassic(#"""
        # HELP m First line\nsecond \\ backslash
        m 1
        """#)
        #expect(scrape.families.first?.help == "First line\nsecond \\ backslash")
    }

    @Test(arguments: [
        ("1", 1.0), ("-1.5E-3", -0.0015), ("1e3", 1000), ("+Inf", .infinity), ("-Inf", -.infinity),
        ("inf", .infinity), ("+Infinity", .infinity), (".5", 0.5), ("5.", 5), ("1e-400", 0),
        ("123456789012345678901234567890", 1.2345678901234568e29), ("0.1", 0.1), ("1.7954339846408305e+09", 1.7954339846408305e+09),
        ("12345678901234567", 12345678901234568), ("4.9e-324", .leastNonzeroMagnitude),
    ])
    func numbers(text: String, expected: Double) {
        let scrape = parseClassic("m \(text)")
        #expect(scrape.issueCount == 0)
        #expect(scrape.families.first?.series.first?.value == expected)
    }

    @Test func nanInAnyCase() {
        let scrape = parseClassic("a NaN\nb nan\nc -NaN")
        let values = scrape.families.compactMap { $0.series.first?.value }
        #expect(values.count == 3)
        #expect(values.filter(\.isNaN).count == 3)
        #expect(scrape.sampleCount == 3)
    }

    @Test(arguments: ["0x10", "1e", "1e+", "--1", "1.2.3", "one", "1_000", ""])
    func invalidNumbers(text: String) {
        let scrape = parseClassic("m \(text)")
        #expect(scrape.sampleCount == 0)
        #expect(scrape.issueKinds == [text.isEmpty ? .missingValue : .invalidValue])
    }

    @Test func outOfRangeValueIsRejectedLikePrometheus() {
        let scrape = parseClassic("m 1e400\nok 1")
        #expect(scrape.issues == [ParseIssue(line: 1, kind: .valueOutOfRange)])
        #expect(scrape.families.map(\.name) == ["ok"])
    }

    @Test func classicTimestampsAreMillisecondsAndOpenMetricsSeconds() {
        let classic = parseClassic("m 1 1700000000123\nn 2 1.5\n")
        #expect(classic.families.first?.series.first?.timestamp == 1_700_000_000.123)
        #expect(classic.issues == [ParseIssue(line: 2, kind: .invalidTimestamp)])
        let open = parseOpenMetrics("m 1 1700000000.5\n# EOF\n")
        #expect(open.families.first?.series.first?.timestamp == 1_700_000_000.5)
    }

    @Test func samplesWithoutMetadataFormUnknownFamilies() {
        let scrape = parseClassic("# TYPE u untyped\nu 1\nplain{a=\"b\"} 2\nplain{a=\"c\"} 3\n")
        #expect(scrape.families.map(\.name) == ["u", "plain"])
        #expect(scrape.families.map(\.type) == [.unknown, .unknown])
        #expect(scrape.families[1].series.map(\.value) == [2, 3])
    }

    @Test func summaryQuantilesAreSorted() throws {
        let scrape = parseClassic("""
        # TYPE rpc summary
        rpc{quantile="0.99",path="/"} 0.9
        rpc{quantile="0.5",path="/"} 0.1
        rpc_sum{path="/"} 5
        rpc_count{path="/"} 10
        """)
        let summary = try #require(scrape.family(named: "rpc")?.series.first?.summary)
        #expect(summary.quantiles.map(\.quantile) == [0.5, 0.99])
        #expect(summary.quantiles.map(\.value) == [0.1, 0.9])
        #expect(summary.sum == 5)
        #expect(summary.count == 10)
        #expect(scrape.family(named: "rpc")?.series.first?.labels == [Label("path", "/")])
    }

    @Test func gaugeHistogramUsesGcountAndGsum() throws {
        let scrape = parseOpenMetrics("""
        # TYPE queue gaugehistogram
        queue_bucket{le="1"} 2
        queue_bucket{le="+Inf"} 5
        queue_gcount 5
        queue_gsum 7.5
        # EOF
        """)
        let histogram = try #require(scrape.family(named: "queue")?.series.first?.histogram)
        #expect(histogram.buckets.map(\.count) == [2, 5])
        #expect(histogram.count == 5)
        #expect(histogram.sum == 7.5)
    }

    @Test func histogramBucketsInAnyOrderAndLeSpellings() throws {
        let scrape = parseClassic("""
        # TYPE h histogram
        h_bucket{le="+Inf"} 4
        h_bucket{le="1.0"} 1
        h_bucket{le="2.5e0"} 3
        h_count 4
        """)
        let histogram = try #require(scrape.family(named: "h")?.series.first?.histogram)
        #expect(histogram.buckets.map(\.upperBound) == [1, 2.5, .infinity])
        #expect(histogram.sum == nil)
    }

    @Test func unsortedLabelsAreSortedAndTrailingCommaAccepted() {
        let scrape = parseClassic(#"m{b="2",a="1",} 1"#)
        #expect(scrape.families.first?.series.first?.labels == [Label("a", "1"), Label("b", "2")])
    }

    @Test func sameLabelsInAnotherOrderAreOneSeries() {
        let scrape = parseClassic("m{a=\"1\",b=\"2\"} 1\nm{b=\"2\",a=\"1\"} 2\n")
        #expect(scrape.families.first?.series.count == 1)
        #expect(scrape.issues == [ParseIssue(line: 2, kind: .duplicateSample)])
    }

    @Test func crlfLineEndingsAndBlankLines() {
        let scrape = parseClassic("# TYPE m gauge\r\n\r\nm 1\r\n")
        #expect(scrape.issueCount == 0)
        #expect(scrape.families.first?.series.first?.value == 1)
        #expect(scrape.lineCount == 3)
    }

    @Test func openMetricsEOFHandling() {
        let truncated = parseOpenMetrics("m_total 1\n")
        #expect(truncated.issues == [ParseIssue(line: 1, kind: .missingEOF)])
        #expect(truncated.sampleCount == 1)
        let trailing = parseOpenMetrics("m 1\n# EOF\nn 2\n")
        #expect(trailing.issues == [ParseIssue(line: 3, kind: .contentAfterEOF)])
        #expect(trailing.families.map(\.name) == ["m"])
    }

    @Test func exemplarWithoutTimestampAndMalformedExemplars() {
        let scrape = parseOpenMetrics(#"""
        # TYPE c counter
        c_total{a="x"} 3 # {trace_id="abc"} 1
        c_total{a="y"} 3 # {trace_id="abc" 1
        c_total{a="z"} 3 # trace_id="abc" 1
        # EOF
        """#)
        let series = scrape.family(named: "c")?.series
        #expect(series?.count == 1)
        #expect(series?.first?.exemplar == Exemplar(labels: [Label("trace_id", "abc")], value: 1))
        #expect(scrape.issues == [ParseIssue(line: 3, kind: .invalidExemplar), ParseIssue(line: 4, kind: .invalidExemplar)])
    }

    @Test func sampleTimestampBeforeExemplar() {
        let scrape = parseOpenMetrics("# TYPE c counter\nc_total 3 1700000000.25 # {span_id=\"s\"} 1 1700000000.5\n# EOF\n")
        let series = scrape.family(named: "c")?.series.first
        #expect(series?.timestamp == 1_700_000_000.25)
        #expect(series?.exemplar?.spanID == "s")
        #expect(series?.exemplar?.timestamp == 1_700_000_000.5)
    }

    @Test func unknownTypeAndBrokenMetadataAreCounted() {
        let scrape = parseClassic("# TYPE m bogus\n# HELP\n# just a comment\nm 1\n")
        #expect(scrape.issues == [ParseIssue(line: 1, kind: .unknownType), ParseIssue(line: 2, kind: .invalidMetadata)])
        #expect(scrape.sampleCount == 1)
    }

    @Test func suffixesOnlyAttachToFamiliesOfTheRightType() {
        let scrape = parseClassic("# TYPE g gauge\ng 1\ng_total 2\ng_bucket{le=\"1\"} 3\n")
        #expect(scrape.families.map(\.name) == ["g", "g_total", "g_bucket"])
        #expect(scrape.families[2].series.first?.labels == [Label("le", "1")])
    }

    @Test func issueDescriptionSaysWhereAndWhat() {
        #expect(ParseIssue(line: 7, kind: .unterminatedQuote).description == "line 7: unterminated quoted string")
    }
}
