import OpsModel

/// What makes two evaluations the same one read twice (a log given twice, a producer retrying
/// its POST): the evaluated trace and span, the metric, the evaluator, the time and the result.
/// Two different scores of one metric for one span are two evaluations.
///
/// Kept as a 128-bit digest of those fields, not the fields themselves: the engine remembers the
/// last 100 000 keys, which as strings took 63 MB on a 10M-span log and as digests take 4 MB. Two
/// different evaluations share a digest with odds of about 10⁻²⁹ among 100 000 keys.
struct EvaluationKey: Hashable, Sendable {
    private let high: UInt64
    private let low: UInt64

    init(_ evaluation: Evaluation) {
        high = Self.digest(evaluation, seed: 0x9E37_79B9_7F4A_7C15)
        low = Self.digest(evaluation, seed: 0xC2B2_AE3D_27D4_EB4F)
    }

    /// What `Set` calls: the digest came out of the seeded `Hasher` and is random already, so mixing
    /// in the table's seed stands in for hashing its 16 bytes again (twice for each new score: the
    /// test-and-insert and the oldest key's removal).
    func _rawHashValue(seed: Int) -> Int {
        Int(truncatingIfNeeded: high ^ (low &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(UInt(bitPattern: seed)))
    }

    private static func digest(_ evaluation: Evaluation, seed: UInt64) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(seed)
        hasher.combine(evaluation.traceID)
        hasher.combine(evaluation.spanID)
        hasher.combine(evaluation.name)
        hasher.combine(evaluation.evaluator)
        hasher.combine(evaluation.timeNanos)
        // The score's bits, so that NaN equals itself.
        hasher.combine(evaluation.score?.bitPattern)
        hasher.combine(evaluation.label)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }
}
