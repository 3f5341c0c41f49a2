/// A line the parser skipped (or a scrape-level problem), with where and why.
package struct ParseIssue: Sendable, Hashable, CustomStringConvertible {
    package enum Kind: String, Sendable, Hashable, Error {
        case nulByte = "NUL byte in line"
        case invalidUTF8 = "invalid UTF-8"
        case invalidMetricName = "invalid metric name"
        case invalidLabelName = "invalid label name"
        case expectedEquals = "expected '=' after label name"
        case expectedQuote = "expected '\"' to open a label value"
        case unterminatedQuote = "unterminated quoted string"
        case unbalancedBrace = "missing '}' after labels"
        case duplicateLabel = "duplicate label name"
        case tooManyLabels = "too many labels"
        case labelValueTooLong = "label value too long"
        case missingValue = "missing sample value"
        case invalidValue = "invalid sample value"
        case valueOutOfRange = "sample value out of range"
        case invalidTimestamp = "invalid timestamp"
        case invalidExemplar = "invalid exemplar"
        case unexpectedText = "unexpected text after sample"
        case invalidMetadata = "invalid # HELP/# TYPE/# UNIT line"
        case unknownType = "unknown metric type"
        case missingBucketBound = "histogram bucket without a valid 'le' label"
        case missingQuantile = "summary sample without a valid 'quantile' label"
        case duplicateSample = "duplicate sample for a series"
        case contentAfterEOF = "content after # EOF"
        case missingEOF = "OpenMetrics body without # EOF (truncated?)"
    }

    /// 1-based line number.
    package var line: Int
    package var kind: Kind

    package init(line: Int, kind: Kind) {
        self.line = line
        self.kind = kind
    }

    package var description: String { "line \(line): \(kind.rawValue)" }
}
