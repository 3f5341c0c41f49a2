import OpsModel
import OpsEngine

/// One row of the errors panel: a category with its count, or an error type.
enum ErrorRow: Sendable, Hashable {
    case category(ErrorCategory, count: Int)
    case type(ErrorSummary.TypeCount)

    var drillTarget: DrillTarget {
        switch self {
        case let .category(category, _): return .errorCategory(category)
        case let .type(type): return .errorType(type.type)
        }
    }
}
