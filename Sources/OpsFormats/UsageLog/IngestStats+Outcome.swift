import OpsModel

extension IngestStats {
    /// Counts what decoding line `number` gave, as every reader of whole logs counts it.
    package mutating func count(_ outcome: LineOutcome, line number: Int, heldRuns: Int) {
        switch outcome {
        case .delivered:
            events += 1
        case let .foreign(foreign):
            recordForeign(foreign, line: number, heldRuns: heldRuns)
        case .blank:
            break
        case .ignored:
            ignored += 1
        case let .malformed(reason):
            recordMalformed(line: number, reason: reason)
        }
    }
}
