/// The stretch of event time a figure covers, ending at the store's clock.
package enum TimeWindow: String, Sendable, CaseIterable, Hashable {
    case oneMinute = "1m"
    case fiveMinutes = "5m"
    case fifteenMinutes = "15m"
    case oneHour = "1h"
    case all

    package static let nanosPerSecond: Int64 = 1_000_000_000

    /// Its length, nil for `all`.
    package var nanos: Int64? {
        switch self {
        case .oneMinute: return 60 * Self.nanosPerSecond
        case .fiveMinutes: return 300 * Self.nanosPerSecond
        case .fifteenMinutes: return 900 * Self.nanosPerSecond
        case .oneHour: return 3600 * Self.nanosPerSecond
        case .all: return nil
        }
    }

    package var label: String { rawValue }
}
