import OpsModel
import OpsTestSupport
import Testing

@testable import OpsEngine

/// The trace table against a plain model (a dictionary and a queue): the same records found by id,
/// in the same order, through growth and the oldest's removals (backward-shift deletion).
struct TraceTableTests {
    static func id(_ number: UInt64, form: Int) -> TraceID {
        switch form {
        case 0: return .hex(number &* 0x2545_F491_4F6C_DD1D, ~number)
        case 1: return .synthetic(number)
        default: return .text("trace-\(number)")
        }
    }

    /// Appends a record for `id` holding `spans` spans, from `spare` when there is one; returns its slot.
    static func append(
        _ id: TraceID, spans: Int, keepsSpans: Bool, to table: inout TraceTable, reusing spare: inout TraceRecord?
    ) -> Int {
        let slot = table.append(id, keepsSpans: keepsSpans, reusing: &spare)
        for index in 0..<spans {
            let span = Span(traceID: id, spanID: .synthetic(UInt64(index)), name: "step", startNanos: 0, endNanos: 1)
            table.modify(slot) { $0.append(span, costUSD: 0, countsUsage: false, errorCategory: nil) }
        }
        return slot
    }

    /// Random appends and removals of the oldest, the count rising and falling through several
    /// doublings of a small ring; every id ever added is looked up after each step's batch.
    @Test(arguments: [(false, 0), (true, 1), (false, 2), (true, 0)])
    func findsWhatAPlainModelFinds(keepsSpans: Bool, form: Int) {
        var table = TraceTable(slots: 4)
        var model: [TraceID: Int] = [:]
        var order: [TraceID] = []
        // Seeded, so a failure can be replayed.
        var generator = TestRandom(seed: UInt64(form) &+ (keepsSpans ? 100 : 0))
        var issued: UInt64 = 0
        var spare: TraceRecord?
        for round in 0..<60 {
            // Phases of growth and of shrinking, so removals run over a crowded and a sparse index.
            let adding = round % 6 < 4
            for _ in 0..<Int(generator.next() % 90) {
                if adding || order.isEmpty || generator.next() % 3 == 0 {
                    issued += 1
                    let id = Self.id(issued, form: form)
                    let spans = Int(generator.next() % 3)
                    let reused = spare != nil
                    let slot = Self.append(id, spans: spans, keepsSpans: keepsSpans, to: &table, reusing: &spare)
                    #expect(spare == nil)
                    #expect(table[slot].traceID == id)
                    #expect(table[slot].spanCount == spans)
                    if reused { #expect(table[slot].keepsSpans == keepsSpans) }
                    model[id] = spans
                    order.append(id)
                } else {
                    var removed = table.removeOldest()
                    let expected = order.removeFirst()
                    #expect(removed?.traceID == expected)
                    #expect(removed?.spanCount == model[expected])
                    model[expected] = nil
                    // Now and then the removed record serves the next new trace, as the store's spare.
                    if spare == nil, generator.next() % 2 == 0 {
                        removed?.empty()
                        spare = removed
                    }
                }
            }
            #expect(table.count == order.count)
            #expect(Array(table.newestFirst) == order.reversed())
            for number in 1...issued {
                let id = Self.id(number, form: form)
                let slot = table.slot(of: id)
                if let spans = model[id] {
                    #expect(slot.map { table[$0].traceID } == id)
                    #expect(slot.map { table[$0].spanCount } == spans)
                } else {
                    #expect(slot == nil)
                }
            }
        }
        while let removed = table.removeOldest() { #expect(removed.traceID == order.removeFirst()) }
        #expect(order.isEmpty)
        #expect(table.count == 0)
        #expect(table.slot(of: Self.id(1, form: form)) == nil)
    }

    @Test func aRecordIsChangedInPlace() {
        var table = TraceTable(slots: 2)
        let id = TraceID("ece80428612e47ae0e211f7f8b9c6e45")
        var spare: TraceRecord?
        let slot = table.append(id, keepsSpans: false, reusing: &spare)
        let span = Span(traceID: id, spanID: SpanID("a1"), name: "step", startNanos: 0, endNanos: 1)
        let added = table.modify(slot, span) { record, span in
            record.append(span, costUSD: 0, countsUsage: false, errorCategory: nil)
            return record.spanCount
        }
        #expect(added == 1)
        #expect(table.slot(of: id).map { table[$0].contains(SpanID("a1")) } == true)
    }

    @Test func anEmptyTableFindsNothingAndRemovesNothing() {
        var table = TraceTable()
        #expect(table.slot(of: .synthetic(7)) == nil)
        #expect(table.removeOldest() == nil)
        #expect(table.newestFirst.isEmpty)
    }
}
