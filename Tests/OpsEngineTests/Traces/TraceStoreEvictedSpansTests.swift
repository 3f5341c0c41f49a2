@testable import OpsModel
import OpsTestSupport
import Testing

@testable import OpsEngine

/// A store keeping spans moves an evicted trace's spans out for a reader to free elsewhere
/// (`takeEvictedSpans`); these tests hold it to a store that frees them at once.
struct TraceStoreEvictedSpansTests {
    /// The shared seeded generator (so a failure can be replayed), drawing below a bound.
    struct Numbers {
        var random: TestRandom
        init(state: UInt64) { random = TestRandom(seed: state) }
        mutating func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
    }

    /// Every field of every kept span, with each trace's figures, newest trace first.
    static func contents(of store: TraceStore) -> [String] {
        store.newestFirst.map { id in
            guard let record = store[id] else { return "missing \(id)" }
            let spans = record.entries.map { entry in
                "\(entry.span.box.fields) \(entry.costUSD) \(entry.countsUsage) \(String(describing: entry.errorCategory))"
            }
            return "\(record.summary) \(record.contentBytes) \(spans)"
        }
    }

    static func spanIDs(of store: TraceStore) -> Set<String> {
        var ids: Set<String> = []
        for id in store.newestFirst {
            for entry in store[id]?.entries ?? [] { ids.insert("\(id) \(entry.span.spanID)") }
        }
        return ids
    }

    /// The boxes of the spans the store keeps.
    static func boxes(of store: TraceStore) -> Set<ObjectIdentifier> {
        var boxes: Set<ObjectIdentifier> = []
        for id in store.newestFirst {
            for entry in store[id]?.entries ?? [] { boxes.insert(ObjectIdentifier(entry.span.box)) }
        }
        return boxes
    }

    static func boxes(of events: [Event]) -> [ObjectIdentifier] {
        events.compactMap { event in
            guard case let .span(span) = event else { return nil }
            return ObjectIdentifier(span.box)
        }
    }

    /// Feeds two stores the same random spans (traces of a few spans, some with text, a trace too
    /// big to reuse its record, repeated ids, traces seen again after their eviction) and takes the evicted spans of
    /// one of them every few spans.
    @Test(arguments: [(UInt64(1), 20, 60), (2, 50, 30), (3, 7, 1_000)])
    func evictedSpansTakenOutLeaveTheStoreAsOneThatFreesThem(seed: UInt64, capacity: Int, maxSpans: Int) {
        var numbers = Numbers(state: seed)
        var reference = TraceStore(
            capacity: capacity, maxContentBytes: 4_000, maxSpansPerTrace: 40, maxSpans: maxSpans, maxEvictedSpans: 0)
        var store = TraceStore(capacity: capacity, maxContentBytes: 4_000, maxSpansPerTrace: 40, maxSpans: maxSpans)
        store.holdEvictedSpans()
        var appended = 0
        var taken = 0
        // The boxes the store held at the last take, and those added since: what a take may give.
        var mayLeave: Set<ObjectIdentifier> = []
        func take() {
            let evicted = store.takeEvictedSpans()
            let gone = Self.boxes(of: evicted)
            let kept = Self.boxes(of: store)
            // Every one a span, each once, none still in the store, and each one the store held.
            #expect(gone.count == evicted.count)
            #expect(Set(gone).count == gone.count)
            #expect(Set(gone).isDisjoint(with: kept))
            #expect(Set(gone).isSubset(of: mayLeave))
            taken += evicted.count
            mayLeave = kept
            #expect(store.takeEvictedSpans().isEmpty)
        }
        for step in 0..<3_000 {
            let trace = step % 500 < 30 ? "runaway" : "t\(step / 6 - numbers.next(4) - (step % 50 == 0 ? 40 : 0))"
            let text = numbers.next(3) == 0 ? String(repeating: "x", count: numbers.next(300)) : nil
            let span = TraceStoreReuseTests.span(trace, "s\(numbers.next(12))", text: text)
            let marking = numbers.next(5) == 0 ? "s1" : nil
            TraceStoreReuseTests.add(span, marking: marking, to: &reference)
            if TraceStoreReuseTests.add(span, marking: marking, to: &store) {
                appended += 1
                mayLeave.insert(ObjectIdentifier(span.box))
            }
            if numbers.next(7) == 0 { take() }
        }
        take()
        // Every span the store took and no longer keeps came out once.
        #expect(taken == appended - store.spanCount)
        #expect(taken > 0)
        #expect(store.evicted == reference.evicted)
        #expect(store.spanCount == reference.spanCount)
        #expect(store.contentBytes == reference.contentBytes)
        #expect(Self.contents(of: store) == Self.contents(of: reference))
    }

    /// Spans built and handed only to the store come back as the sole reference to their boxes.
    @Test func anEvictedSpanComesBackAsTheOnlyReferenceToItsBox() {
        var store = TraceStore(capacity: 3)
        store.holdEvictedSpans()
        for trace in 0..<10 {
            for span in 0..<3 {
                TraceStoreReuseTests.add(TraceStoreReuseTests.span("t\(trace)", "s\(span)", text: "text"), to: &store)
            }
        }
        var evicted = store.takeEvictedSpans()
        #expect(evicted.count == 7 * 3)
        for index in evicted.indices {
            guard case .span(var span) = evicted[index] else {
                Issue.record("not a span")
                continue
            }
            evicted[index] = .breaker(BreakerEvent(timeNanos: 0, target: "", state: .closed))
            #expect(isKnownUniquelyReferenced(&span.box))
        }
        let left = (7..<10).flatMap { trace in (0..<3).map { "\(TraceID("t\(trace)")) \(SpanID("s\($0)"))" } }
        #expect(Self.spanIDs(of: store) == Set(left))
    }

    /// A store nobody takes them from holds only a few blocks' worth, then frees them as before.
    @Test func untakenEvictedSpansStopBeingKeptPastTheirLimit() {
        var store = TraceStore(capacity: 2, maxEvictedSpans: 10)
        var reference = TraceStore(capacity: 2)
        for trace in 0..<50 {
            for span in 0..<4 {
                let made = TraceStoreReuseTests.span("t\(trace)", "s\(span)")
                TraceStoreReuseTests.add(made, to: &store)
                TraceStoreReuseTests.add(made, to: &reference)
            }
        }
        #expect(reference.takeEvictedSpans().isEmpty)
        #expect(store.takeEvictedSpans().count == 12)
        #expect(Self.contents(of: store) == Self.contents(of: reference))
        // A store of links (a report's) keeps no spans to hand back.
        var links = TraceStore(capacity: 2, keepsSpans: false)
        for trace in 0..<5 { TraceStoreReuseTests.add(TraceStoreReuseTests.span("t\(trace)", "s"), to: &links) }
        #expect(links.evicted == 3)
        #expect(links.takeEvictedSpans().isEmpty)
    }
}
