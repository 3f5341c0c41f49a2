/// Counts of what a source read, with the first few reasons lines were rejected.
package struct IngestStats: Sendable, Hashable {
    package struct Rejection: Sendable, Hashable {
        package var line: Int
        package var reason: String
        package init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    package static let exampleLimit = 5

    package var lines = 0
    package var events = 0
    package var ignored = 0
    package var malformed = 0
    package var malformedExamples: [Rejection] = []
    /// Lines read in another tool's format, by format (native lines are not counted here).
    package var foreignLines: [ForeignFormat: Int] = [:]
    /// Records inside usable lines of another format that were left out (an OTLP span, a LangSmith run).
    package var rejectedRecords = 0
    /// LangSmith runs waiting for their patch when the source was last read.
    package var heldRuns = 0
    /// Held LangSmith runs dropped to bound memory, oldest first.
    package var evictedRuns = 0

    package init() {}

    /// Lines of OTLP/JSON metrics, counted until metrics are read from files.
    package var otlpMetricLines: Int { foreignLines[.otlpMetrics] ?? 0 }

    /// Counts a line in another tool's format whose events were delivered.
    package mutating func recordForeign(_ outcome: ForeignLineOutcome, line: Int, heldRuns: Int) {
        events += outcome.events
        foreignLines[outcome.format, default: 0] += 1
        evictedRuns += outcome.evicted
        self.heldRuns = heldRuns
        if outcome.rejected > 0 {
            rejectedRecords += outcome.rejected
            if malformedExamples.count < Self.exampleLimit, let reason = outcome.firstRejection {
                let more = outcome.rejected > 1 ? " (and \(outcome.rejected - 1) more records)" : ""
                malformedExamples.append(Rejection(line: line, reason: "\(outcome.format.displayName): \(reason)\(more)"))
            }
        }
    }

    package mutating func recordMalformed(line: Int, reason: String) {
        malformed += 1
        if malformedExamples.count < Self.exampleLimit {
            malformedExamples.append(Rejection(line: line, reason: reason))
        }
    }

    package mutating func merge(_ other: IngestStats) {
        lines += other.lines
        events += other.events
        ignored += other.ignored
        malformed += other.malformed
        foreignLines.merge(other.foreignLines, uniquingKeysWith: +)
        rejectedRecords += other.rejectedRecords
        heldRuns += other.heldRuns
        evictedRuns += other.evictedRuns
        for example in other.malformedExamples where malformedExamples.count < Self.exampleLimit {
            malformedExamples.append(example)
        }
    }
}
