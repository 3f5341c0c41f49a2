import OpsModel
import OpsFormats
import OpsEngine
import Testing
import OpsTestSupport

@Suite("Hostile exposition input")
struct HostileExpositionTests {
    @Test(arguments: [
        (#"m{a="b"#, ParseIssue.Kind.unterminatedQuote),
        (#"m{a="b""#, .unbalancedBrace),
        (#"m{a="b"} "#, .missingValue),
        (#"m{a="b"}"#, .missingValue),
        (#"m{a="b" c="d"} 1"#, .unbalancedBrace),
        (#"m{a} 1"#, .expectedEquals),
        (#"m{a=b} 1"#, .expectedQuote),
        (#"m{1a="b"} 1"#, .invalidLabelName),
        (#"m}a 1"#, .invalidMetricName),
        (#"9m 1"#, .invalidMetricName),
        (#"{a="b"} 1"#, .invalidMetricName),
        (#"m{a="1",a="2"} 1"#, .duplicateLabel),
        (#"m 1 2 3"#, .unexpectedText),
        ("m", .missingValue),
    ])
    func brokenLinesAreCountedAndTheRestIsUsed(line: String, kind: ParseIssue.Kind) {
        let scrape = parseClassic("before 1\n\(line)\nafter 2\n")
        #expect(scrape.issues == [ParseIssue(line: 2, kind: kind)])
        #expect(scrape.families.map(\.name) == ["before", "after"])
    }

    @Test func nulBytesSkipTheLine() {
        let scrape = parseExposition("a 1\nb{x=\"\u{0}\"} 2\nc 3\n", contentType: "text/plain")
        #expect(scrape.issues == [ParseIssue(line: 2, kind: .nulByte)])
        #expect(scrape.families.map(\.name) == ["a", "c"])
    }

    @Test func invalidUTF8InLabelValueSkipsTheLine() {
        var bytes = Array("a{x=\"".utf8) + [0xC3, 0x28] + Array("\"} 1\nb 2\n".utf8)
        bytes += Array("c{x=\"caf\u{E9}\"} 3\n".utf8)
        let scrape = ExpositionParser.parse(bytes, contentType: "text/plain; version=0.0.4")
        #expect(scrape.issues == [ParseIssue(line: 1, kind: .invalidUTF8)])
        #expect(scrape.family(named: "c")?.series.first?.labels["x"] == "caf\u{E9}")
    }

    @Test func hugeLabelValuesAreBoundedByLimits() {
        let huge = String(repeating: "x", count: 1_000_000)
        let text = "m{a=\"\(huge)\"} 1\nn 2\n"
        let bounded = parseClassic(text)
        #expect(bounded.issues == [ParseIssue(line: 1, kind: .labelValueTooLong)])
        let generous = parseExposition(text, contentType: "text/plain", limits: ExpositionLimits(maxLabelValueBytes: 2_000_000))
        #expect(generous.issueCount == 0)
        #expect(generous.family(named: "m")?.series.first?.labels["a"]?.utf8.count == 1_000_000)
    }

    @Test func oneHundredThousandLabels() {
        let labels = (0..<100_000).map { "l\($0)=\"v\"" }.joined(separator: ",")
        let text = "m{\(labels)} 1\nn 2\n"
        let bounded = parseClassic(text)
        #expect(bounded.issues == [ParseIssue(line: 1, kind: .tooManyLabels)])
        #expect(bounded.families.map(\.name) == ["n"])
        let generous = parseExposition(text, contentType: "text/plain", limits: ExpositionLimits(maxLabels: 200_000))
        #expect(generous.family(named: "m")?.series.first?.labels.count == 100_000)
    }

    @Test func histogramWithoutInfBucketHasNoQuantile() throws {
        let scrape = parseClassic("""
        # TYPE h histogram
        h_bucket{le="1"} 1
        h_bucket{le="2"} 2
        h_sum 2.5
        h_count 2
        """)
        let histogram = try #require(scrape.family(named: "h")?.series.first?.histogram)
        #expect(!histogram.hasInfiniteBucket)
        #expect(HistogramQuantile.compute(0.5, histogram: histogram).isNaN)
    }

    @Test func bucketsWithoutValidLeAreSkipped() {
        let scrape = parseClassic("# TYPE h histogram\nh_bucket 1\nh_bucket{le=\"x\"} 1\nh_bucket{le=\"NaN\"} 1\nh_bucket{le=\"+Inf\"} 1\n")
        #expect(scrape.issueKinds == [.missingBucketBound, .missingBucketBound, .missingBucketBound])
        #expect(scrape.family(named: "h")?.series.first?.histogram?.buckets.count == 1)
    }

    @Test func duplicateBucketsAreDroppedAndCounted() {
        let scrape = parseClassic("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"1.0\"} 1\nh_bucket{le=\"+Inf\"} 1\n")
        #expect(scrape.issueKinds == [.duplicateSample])
        #expect(scrape.family(named: "h")?.series.first?.histogram?.buckets.map(\.upperBound) == [1, .infinity])
    }

    @Test func onlyTheFirstFewIssuesAreKeptButAllAreCounted() {
        let text = (1...50).map { "bad{ \($0)" }.joined(separator: "\n")
        let scrape = parseClassic(text)
        #expect(scrape.issueCount == 50)
        #expect(scrape.issues.map(\.line) == Array(1...10))
    }

    @Test func htmlServedAsMetricsIsNotParsed() {
        let scrape = parseExposition("<!DOCTYPE html><html><body>Login</body></html>", contentType: "text/html")
        #expect(scrape.format == nil)
        #expect(scrape.families.isEmpty)
        #expect(scrape.sniff.reason.contains("HTML"))
    }

    @Test func randomMutationsNeverCrashAndAccountForEveryLine() {
        var generator = TestRandom(seed: 42)
        let source = Array(OpenMetricsSample.text.utf8)
        let interesting: [UInt8] = Array("{}\",=\\# \n\0\u{FF}1eE+-.".utf8) + [0xFF, 0xC3]
        for _ in 0..<300 {
            var bytes = source
            for _ in 0..<Int(generator.next() % 20 + 1) {
                let position = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes[position] = interesting[Int(generator.next() % UInt64(interesting.count))]
                case 1: bytes.remove(at: position)
                default: bytes.removeSubrange(position..<bytes.count)
                }
                if bytes.isEmpty { bytes = [0x0A] }
            }
            let scrape = bytes.withUnsafeBufferPointer { ExpositionParser.parse($0, format: .openMetrics) }
            let newlines = bytes.filter { $0 == 0x0A }.count
            #expect(scrape.lineCount == newlines + (bytes.last == 0x0A ? 0 : 1))
            #expect(scrape.sampleCount <= scrape.lineCount)
            #expect(scrape.issues.count == min(scrape.issueCount, 10))
        }
    }
}
