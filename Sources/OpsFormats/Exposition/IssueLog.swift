import OpsModel

/// Counts parse problems and keeps the first few.
struct IssueLog {
    let keep: Int
    private(set) var kept: [ParseIssue] = []
    private(set) var count = 0

    init(keep: Int) {
        self.keep = keep
    }

    mutating func record(line: Int, kind: ParseIssue.Kind) {
        count += 1
        if kept.count < keep {
            kept.append(ParseIssue(line: line, kind: kind))
        }
    }
}
