import OpsModel
import Testing

@testable import OpsUI

struct TraceTreeTests {
    private func names(_ tree: TraceTree, _ spans: [Span]) -> [String] {
        tree.rows.map { String(repeating: "  ", count: $0.depth) + spans[$0.entryIndex].spanID.description }
    }

    @Test func childrenFollowParentsWhateverTheArrivalOrder() {
        let spans = [
            TraceFixtures.span("t", "c2", parent: "root", name: "second", from: 2, to: 3),
            TraceFixtures.span("t", "g1", parent: "c1", name: "grandchild", from: 1.1, to: 1.5),
            TraceFixtures.span("t", "root", name: "root", from: 0, to: 4),
            TraceFixtures.span("t", "c1", parent: "root", name: "first", from: 1, to: 2),
        ]
        let tree = TraceTree(entries: spans)
        #expect(names(tree, spans) == ["root", "  c1", "    g1", "  c2"])
        #expect(tree.rows.map(\.isLast) == [true, false, true, true])
        #expect(tree.rows[2].guides == [true])
        #expect(tree.startNanos == TraceFixtures.at(0))
        #expect(tree.endNanos == TraceFixtures.at(4))
    }

    @Test func orphansStandAtTheTopLevelMarked() {
        let spans = [
            TraceFixtures.span("t", "root", name: "root", from: 0, to: 4),
            TraceFixtures.span("t", "lost", parent: "never-arrived", name: "lost", from: 0.5, to: 1),
            TraceFixtures.span("t", "kid", parent: "lost", name: "kid", from: 0.6, to: 0.9),
        ]
        let tree = TraceTree(entries: spans)
        #expect(names(tree, spans) == ["root", "lost", "  kid"])
        #expect(tree.rows.map(\.note) == [nil, .orphan, nil])
    }

    @Test func cyclesAndSelfParentsAreCutAndEverySpanShownOnce() {
        let spans = [
            TraceFixtures.span("t", "a", parent: "b", name: "a", from: 0, to: 1),
            TraceFixtures.span("t", "b", parent: "a", name: "b", from: 0.5, to: 1),
            TraceFixtures.span("t", "self", parent: "self", name: "self", from: 2, to: 3),
        ]
        let tree = TraceTree(entries: spans)
        #expect(names(tree, spans) == ["self", "a", "  b"])
        #expect(tree.rows.map(\.note) == [.cycle, .cycle, nil])
    }

    @Test func duplicateIDsKeepChildrenUnderTheFirst() {
        let spans = [
            TraceFixtures.span("t", "root", name: "root", from: 0, to: 4),
            TraceFixtures.span("t", "x", parent: "root", name: "x", from: 1, to: 2),
            TraceFixtures.span("t", "x", parent: "root", name: "x again", from: 1.5, to: 2),
            TraceFixtures.span("t", "y", parent: "x", name: "y", from: 1.2, to: 1.4),
        ]
        let tree = TraceTree(entries: spans)
        #expect(tree.rows.map(\.entryIndex) == [0, 1, 3, 2])
        #expect(tree.rows.map(\.note) == [nil, nil, nil, .duplicateID])
    }

    @Test func aDeepChainOfTwoThousandSpansNeitherOverflowsNorIndentsForever() {
        var spans = [TraceFixtures.span("t", "s0", name: "s0", from: 0, to: 2000)]
        for index in 1..<2000 {
            spans.append(TraceFixtures.span("t", "s\(index)", parent: "s\(index - 1)", name: "s", from: Double(index), to: 2000))
        }
        let tree = TraceTree(entries: spans.reversed())
        #expect(tree.rows.count == 2000)
        #expect(tree.rows.last?.depth == 1999)
        #expect((tree.rows.map(\.guides.count).max() ?? 0) <= TraceTree.maxIndent)
    }
}
