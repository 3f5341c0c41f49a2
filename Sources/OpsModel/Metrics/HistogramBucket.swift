/// One cumulative bucket of a classic histogram: the count of observations `<= upperBound`.
package struct HistogramBucket: Sendable, Hashable {
    package var upperBound: Double
    package var count: Double
    package var exemplar: Exemplar?

    package init(upperBound: Double, count: Double, exemplar: Exemplar? = nil) {
        self.upperBound = upperBound
        self.count = count
        self.exemplar = exemplar
    }
}
