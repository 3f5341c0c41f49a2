/// One cumulative bucket of a classic histogram: the count of observations `<= upperBound`.
public struct HistogramBucket: Sendable, Hashable {
    public var upperBound: Double
    public var count: Double
    public var exemplar: Exemplar?

    public init(upperBound: Double, count: Double, exemplar: Exemplar? = nil) {
        self.upperBound = upperBound
        self.count = count
        self.exemplar = exemplar
    }
}
