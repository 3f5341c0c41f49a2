/// The type a `# TYPE` line declares for a metric family.
package enum MetricType: String, Sendable, Hashable, CaseIterable {
    case counter
    case gauge
    case histogram
    case gaugeHistogram = "gaugehistogram"
    case summary
    case stateSet = "stateset"
    case info
    case unknown

    /// Parses the word after `# TYPE name`; classic `untyped` reads as `.unknown`.
    package init?(word: String) {
        if word == "untyped" {
            self = .unknown
        } else if let type = MetricType(rawValue: word) {
            self = type
        } else {
            return nil
        }
    }

    /// The sample-name suffixes that belong to a family of this type (the bare name is handled apart).
    package var suffixes: [MetricSuffix] {
        switch self {
        case .counter: [.total, .created]
        case .histogram: [.bucket, .sum, .count, .created]
        case .gaugeHistogram: [.bucket, .gsum, .gcount]
        case .summary: [.sum, .count, .created]
        case .info: [.info]
        case .gauge, .stateSet, .unknown: []
        }
    }
}

/// The part of a sample name after its family name.
package enum MetricSuffix: String, Sendable, Hashable, CaseIterable {
    case none = ""
    case total = "_total"
    case created = "_created"
    case bucket = "_bucket"
    case sum = "_sum"
    case count = "_count"
    case gsum = "_gsum"
    case gcount = "_gcount"
    case info = "_info"
}
