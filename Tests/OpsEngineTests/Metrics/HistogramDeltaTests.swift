import OpsModel
import OpsEngine
import Testing
import OpsTestSupport

@Suite("Histogram deltas and exemplars")
struct HistogramDeltaTests {
    private func histogram(_ counts: [Double], sum: Double, exemplars: [Exemplar?] = []) -> HistogramValue {
        let bounds = [1, 2, Double.infinity]
        let buckets = counts.enumerated().map { index, count in
            HistogramBucket(upperBound: bounds[index], count: count, exemplar: index < exemplars.count ? exemplars[index] : nil)
        }
        return HistogramValue(buckets: buckets, sum: sum, count: counts.last)
    }

    @Test func perBucketIncreaseBetweenScrapes() {
        let delta = HistogramDelta.between(histogram([2, 3, 4], sum: 3), histogram([3, 5, 7], sum: 6.5))
        #expect(delta.buckets.map(\.count) == [1, 2, 3])
        #expect(delta.sum == 3.5)
        #expect(delta.count == 3)
        #expect(HistogramQuantile.compute(0.5, histogram: delta) == 1.5)  // rank 1.5 → (1, 2]: 1 + 1 × 0.5/1
    }

    @Test func aDroppedCountMeansTheWholeSeriesRestarted() {
        let current = histogram([1, 1, 1], sum: 0.5)
        #expect(HistogramDelta.between(histogram([2, 3, 4], sum: 3), current) == current)
    }

    @Test func aSingleBucketDropIsABucketReset() {
        let delta = HistogramDelta.between(histogram([2, 3, 4], sum: 3), histogram([1, 4, 5], sum: 4))
        #expect(delta.buckets.map(\.count) == [1, 1, 1])
    }

    @Test func onlyNewExemplarsSurvive() {
        let old = Exemplar(labels: [Label("trace_id", "old")], value: 0.5)
        let new = Exemplar(labels: [Label("trace_id", "new")], value: 1.5)
        let delta = HistogramDelta.between(
            histogram([1, 1, 1], sum: 1, exemplars: [old]), histogram([2, 3, 3], sum: 4, exemplars: [old, new]))
        #expect(delta.exemplars == [new])
    }

    @Test func exemplarsAtOrAboveTheQuantileBucket() throws {
        let scrape = parseOpenMetrics(OpenMetricsSample.text)
        let llm = try #require(scrape.family(named: "opstop_llm_latency_seconds")?.series(["component": "llm"])?.histogram)
        #expect(HistogramDelta.exemplars(forQuantile: 0.5, in: llm).map(\.value) == [0.66, 1.21])
        #expect(HistogramDelta.exemplars(forQuantile: 0.1, in: llm).map(\.value) == [0.05, 0.66, 1.21])
        #expect(HistogramDelta.exemplars(forQuantile: 1, in: llm).map(\.traceID) == ["f545a0a457c76910d008184cae754d67"])
        #expect(HistogramDelta.exemplars(forQuantile: 2, in: llm).isEmpty)
        #expect(HistogramDelta.exemplars(forQuantile: 0.5, in: HistogramValue()).isEmpty)
    }
}
