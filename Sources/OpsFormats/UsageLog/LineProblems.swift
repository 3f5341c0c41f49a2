/// The unusable values met on one line, kept apart from `RecordFields` so that the fields stay
/// free of references.
struct LineProblems {
    /// The first field whose value was unusable; reported only if the line is an event opstop reads.
    var problem: String?
    /// The first unusable value of a generic key (`score`, `outcome`, `reason`, …) that other logs may use
    /// for their own ends: reported only when the line is an evaluation or a guardrail verdict.
    var softProblem: String?

    var isEmpty: Bool { problem == nil && softProblem == nil }

    mutating func report(_ text: @autoclosure () -> String) {
        if problem == nil { problem = text() }
    }
}
