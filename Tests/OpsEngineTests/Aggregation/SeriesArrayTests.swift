import Testing
@testable import OpsEngine

@Test func resetToEmptyEmptiesEveryValueAndKeepsTheSeries() {
    var counts = SeriesArray<Int>(empty: 0)
    counts[3] += 5
    counts[1] += 2
    counts.resetToEmpty()
    #expect(counts.values == [0, 0, 0, 0])
    counts[2] += 1
    #expect(counts.values == [0, 0, 1, 0])
    var guardrails = SeriesArray(empty: SignalFigures.GuardrailCounts())
    guardrails[1].blocked += 3
    guardrails.resetToEmpty()
    #expect(guardrails.values == [SignalFigures.GuardrailCounts(), SignalFigures.GuardrailCounts()])
}
