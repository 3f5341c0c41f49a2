import OpsModel

/// Parses Prometheus text 0.0.4 and OpenMetrics 1.0 expositions into families of series.
///
/// Bad lines are skipped and counted (`Scrape.issues`), never fatal; the rest of the scrape is used.
/// See <doc:PrometheusMetrics> for the decisions (dropped labels, `_created` folding, limits).
package enum ExpositionParser {
    /// Sniffs the format from `contentType` and the body, then parses; a non-metrics body gives an empty scrape.
    package static func parse(
        _ bytes: UnsafeRawBufferPointer, contentType: String?, limits: ExpositionLimits = ExpositionLimits()
    ) -> Scrape {
        let body = bytes.bindMemory(to: UInt8.self)
        let sniff = ContentSniffer.sniff(contentType: contentType, body: body)
        guard let format = sniff.format else { return Scrape(sniff: sniff) }
        var scrape = parse(body, format: format, limits: limits)
        scrape.sniff = sniff
        return scrape
    }

    package static func parse(
        _ bytes: [UInt8], contentType: String?, limits: ExpositionLimits = ExpositionLimits()
    ) -> Scrape {
        bytes.withUnsafeBytes { parse($0, contentType: contentType, limits: limits) }
    }

    package static func parse(
        _ text: String, contentType: String?, limits: ExpositionLimits = ExpositionLimits()
    ) -> Scrape {
        parse(Array(text.utf8), contentType: contentType, limits: limits)
    }

    /// Parses with a known format, skipping the sniffer.
    package static func parse(
        _ body: UnsafeBufferPointer<UInt8>, format: ExpositionFormat, limits: ExpositionLimits = ExpositionLimits()
    ) -> Scrape {
        var scanner = LineScanner(bytes: body, format: format, limits: limits)
        var builder = ScrapeBuilder()
        var issues = IssueLog(keep: limits.maxKeptIssues)
        var lineNumber = 0
        var sampleCount = 0
        var sawEOF = false
        var reportedAfterEOF = false
        var start = 0
        while start < body.count {
            var end = start
            var hasNUL = false
            while end < body.count, body[end] != Byte.newline {
                if body[end] == 0 { hasNUL = true }
                end += 1
            }
            let next = end + 1
            if end > start, body[end - 1] == Byte.carriageReturn { end -= 1 }
            lineNumber += 1
            defer { start = next }
            if sawEOF {
                if end > start, !reportedAfterEOF {
                    issues.record(line: lineNumber, kind: .contentAfterEOF)
                    reportedAfterEOF = true
                }
                continue
            }
            if hasNUL {
                issues.record(line: lineNumber, kind: .nulByte)
                continue
            }
            do {
                switch try scanner.scan(start, end) {
                case .blank, .comment:
                    break
                case .eof:
                    sawEOF = true
                case .help(let name, let text):
                    builder.setHelp(text, for: name)
                case .type(let name, let type):
                    builder.setType(type, for: name)
                case .unit(let name, let unit):
                    builder.setUnit(unit, for: name)
                case .sample(let name, let labels, let value, let timestamp, let exemplar):
                    let sample = MetricSample(
                        name: name, suffix: .none, labels: labels, value: value,
                        timestamp: timestamp, exemplar: exemplar, line: lineNumber)
                    try builder.add(sample)
                    sampleCount += 1
                }
            } catch {
                issues.record(line: lineNumber, kind: error)
            }
        }
        if format == .openMetrics, !sawEOF, lineNumber > 0 {
            issues.record(line: lineNumber, kind: .missingEOF)
        }
        let families = builder.finish(issues: &issues)
        let sniff = ContentSniff(format: format, reason: "format given by the caller")
        return Scrape(
            sniff: sniff, families: families, issues: issues.kept, issueCount: issues.count,
            lineCount: lineNumber, sampleCount: sampleCount)
    }
}
