/// Counts of what a source read, with the first few reasons lines were rejected.
public struct IngestStats: Sendable, Hashable {
    public struct Rejection: Sendable, Hashable {
        public var line: Int
        public var reason: String
        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    public static let exampleLimit = 5

    public var lines = 0
    public var events = 0
    public var ignored = 0
    public var malformed = 0
    public var malformedExamples: [Rejection] = []

    public init() {}

    public mutating func recordMalformed(line: Int, reason: String) {
        malformed += 1
        if malformedExamples.count < Self.exampleLimit {
            malformedExamples.append(Rejection(line: line, reason: reason))
        }
    }

    public mutating func merge(_ other: IngestStats) {
        lines += other.lines
        events += other.events
        ignored += other.ignored
        malformed += other.malformed
        for example in other.malformedExamples where malformedExamples.count < Self.exampleLimit {
            malformedExamples.append(example)
        }
    }
}
