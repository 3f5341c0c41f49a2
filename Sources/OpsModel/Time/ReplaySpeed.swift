/// How fast a replay plays a recorded log: a factor of the original pacing, or as fast as possible.
package enum ReplaySpeed: Sendable, Hashable, CustomStringConvertible {
    /// Event seconds per wall second: 1 is the original pacing, 2 twice as fast, 0.5 half.
    case factor(Double)
    /// As fast as the source can read and decode; the clock aims at the end at once.
    case max

    package static let slowest = 1.0 / 64
    package static let fastest = 1024.0

    /// The same speed with the factor within `slowest...fastest` (NaN and non-positive become 1).
    package var clamped: ReplaySpeed {
        switch self {
        case .max: return .max
        case let .factor(value):
            guard !value.isNaN, value > 0 else { return .factor(1) }
            return .factor(Swift.min(Swift.max(value, Self.slowest), Self.fastest))
        }
    }

    /// Twice as fast, up to `fastest`; `max` stays `max`.
    package var faster: ReplaySpeed {
        switch self {
        case .max: return .max
        case let .factor(value): return ReplaySpeed.factor(value * 2).clamped
        }
    }

    /// Half as fast, down to `slowest`; `max` becomes `fastest`.
    package var slower: ReplaySpeed {
        switch self {
        case .max: return .factor(Self.fastest)
        case let .factor(value): return ReplaySpeed.factor(value / 2).clamped
        }
    }

    /// `×1`, `×4`, `×0.5`, `×1/64`, `max`: for the header.
    package var description: String {
        switch self {
        case .max: return "max"
        case let .factor(value):
            if value >= 1 {
                let whole = value.rounded()
                return value == whole && whole < 1e15 ? "×\(Int64(whole))" : "×\(value)"
            }
            let inverse = (1 / value).rounded()
            if abs(1 / value - inverse) < 1e-9 && inverse < 1e15 { return "×1/\(Int64(inverse))" }
            return "×\(value)"
        }
    }
}
