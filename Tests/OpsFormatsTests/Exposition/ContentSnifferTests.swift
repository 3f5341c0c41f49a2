import OpsModel
import OpsFormats
import Testing

@Suite("Content sniffing")
struct ContentSnifferTests {
    private func sniff(_ contentType: String?, _ body: String) -> ContentSniff {
        ContentSniffer.sniff(contentType: contentType, body: Array(body.utf8))
    }

    @Test func openMetricsContentType() {
        let result = sniff("application/openmetrics-text; version=1.0.0; charset=utf-8", "m 1\n# EOF\n")
        #expect(result.format == .openMetrics)
        #expect(result.reason == "Content-Type application/openmetrics-text; version=1.0.0; charset=utf-8")
    }

    @Test func classicContentTypeIsCaseInsensitive() {
        #expect(sniff("Text/Plain; version=0.0.4", "# HELP m x\nm 1\n").format == .classicText)
    }

    @Test func textPlainBodyEndingInEOFIsOpenMetrics() {
        let result = sniff("text/plain", "m 1\n# EOF\n\n")
        #expect(result.format == .openMetrics)
        #expect(result.reason == "Content-Type text/plain but the body ends with # EOF")
    }

    @Test func missingContentTypeFallsBackToTheBody() {
        #expect(sniff(nil, "m_total 1\n# EOF").format == .openMetrics)
        #expect(sniff(nil, "m{a=\"b\"} 1\n").format == .classicText)
        #expect(sniff(nil, "  # TYPE m gauge\n").format == .classicText)
        #expect(sniff(nil, "{\"my.metric\"} 1\n").format == .classicText)
        #expect(sniff(nil, "").format == .classicText)
        #expect(sniff("application/octet-stream", "m 1\n").reason == "Content-Type application/octet-stream; the body reads as Prometheus text")
    }

    @Test func htmlJSONAndProseAreNotMetrics() {
        #expect(sniff("text/html; charset=utf-8", "\n<!doctype html><title>Login</title>").reason
            == "Content-Type text/html; charset=utf-8 and the body starts with '<' (HTML or XML)")
        #expect(sniff("application/json", "{\"status\": \"ok\"}").format == nil)
        #expect(sniff(nil, "[1, 2]").format == nil)
        #expect(sniff(nil, "Not Found").reason == "no Content-Type and the first line is neither a sample nor a comment")
    }

    @Test func theBodyWinsOverAWrongTextHeader() {
        #expect(sniff("text/plain; version=0.0.4", "<html>oops</html>").format == nil)
    }

    @Test func binaryGzipAndProtobufAreNotMetrics() {
        #expect(ContentSniffer.sniff(contentType: nil, body: [0x1F, 0x8B, 8, 0]).reason
            == "no Content-Type and the body is gzip-compressed (decompress before parsing)")
        #expect(ContentSniffer.sniff(contentType: "text/plain", body: [1, 2, 3, 0, 0, 5]).format == nil)
        #expect(sniff("application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited", "x").reason
            .hasSuffix("protobuf exposition is not supported; request text"))
    }
}
