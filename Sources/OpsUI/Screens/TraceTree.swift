import OpsModel
import OpsEngine

/// A trace's spans in display order: each under its parent, siblings by start time.
///
/// Input is untrusted: a span whose parent never arrived is shown at the top level as an
/// orphan; spans whose parents form a loop are cut at the earliest one; a span id seen twice
/// keeps its children under the first. Every span appears exactly once.
package struct TraceTree: Sendable {
    package struct Row: Sendable, Hashable {
        /// Index into the record's entries.
        package var entryIndex: Int
        /// Nesting depth; 0 at the top level.
        package var depth: Int
        /// For each ancestor level shown, whether a guide line continues below it.
        package var guides: [Bool]
        /// Whether this is its parent's last child.
        package var isLast: Bool
        package var note: Note?
    }

    package enum Note: Sendable, Hashable {
        /// Its parent is not in the trace (not arrived, or dropped).
        case orphan
        /// Its parents lead in a loop back to it.
        case cycle
        /// Another span has the same id.
        case duplicateID
    }

    /// Levels of indentation drawn; deeper spans stay at this indent.
    package static let maxIndent = 12

    package let rows: [Row]
    /// The earliest start and latest end of any span, for the waterfall's shared axis.
    package let startNanos: Int64
    package let endNanos: Int64

    package init(_ record: TraceRecord) {
        self.init(entries: record.entries.map(\.span))
    }

    package init(entries spans: [Span]) {
        var firstIndex: [SpanID: Int] = [:]
        var duplicates: Set<Int> = []
        for (index, span) in spans.enumerated() {
            if firstIndex[span.spanID] == nil { firstIndex[span.spanID] = index } else { duplicates.insert(index) }
        }
        var children: [Int: [Int]] = [:]
        var topLevel: [(Int, Note?)] = []
        for (index, span) in spans.enumerated() {
            guard let parentID = span.parentID else {
                topLevel.append((index, nil))
                continue
            }
            guard let parent = firstIndex[parentID] else {
                topLevel.append((index, .orphan))
                continue
            }
            if parent == index {
                topLevel.append((index, .cycle))
            } else {
                children[parent, default: []].append(index)
            }
        }
        let byStart: (Int, Int) -> Bool = { lhs, rhs in
            spans[lhs].startNanos != spans[rhs].startNanos ? spans[lhs].startNanos < spans[rhs].startNanos : lhs < rhs
        }
        for key in children.keys { children[key]?.sort(by: byStart) }
        topLevel.sort { byStart($0.0, $1.0) }

        var rows: [Row] = []
        rows.reserveCapacity(spans.count)
        var visited = [Bool](repeating: false, count: spans.count)
        func walk(from root: Int, note: Note?) {
            // Iterative depth-first walk: a 2 000-deep chain must not overflow the stack.
            var stack: [(index: Int, depth: Int, guides: [Bool], isLast: Bool, note: Note?)] = [(root, 0, [], true, note)]
            while let item = stack.popLast() {
                guard !visited[item.index] else { continue }
                visited[item.index] = true
                let note = item.note ?? (duplicates.contains(item.index) ? .duplicateID : nil)
                rows.append(Row(entryIndex: item.index, depth: item.depth, guides: item.guides, isLast: item.isLast, note: note))
                let kids = (children[item.index] ?? []).filter { !visited[$0] }
                var guides = item.guides
                if item.depth > 0 && guides.count < Self.maxIndent { guides.append(!item.isLast) }
                for (position, child) in kids.enumerated().reversed() {
                    stack.append((child, item.depth + 1, guides, position == kids.count - 1, nil))
                }
            }
        }
        for (index, note) in topLevel { walk(from: index, note: note) }
        // What is left hangs off a loop with no way in from the top: cut it at its earliest span.
        let unvisited = spans.indices.filter { !visited[$0] }.sorted(by: byStart)
        for index in unvisited where !visited[index] { walk(from: index, note: .cycle) }
        self.rows = rows
        self.startNanos = spans.map(\.startNanos).min() ?? 0
        self.endNanos = spans.map(\.endNanos).max() ?? 0
    }
}
