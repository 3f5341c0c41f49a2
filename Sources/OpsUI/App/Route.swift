import OpsModel

/// One screen in the navigation stack: dashboard → trace list → trace → span.
package enum Route: Sendable, Hashable {
    case dashboard
    case traceList(TraceQuery)
    case trace(TraceID)
    case span(TraceID, SpanID)

    /// Where `Enter` on a dashboard row leads: a trace opens directly, anything else as a list.
    package init(drill target: DrillTarget) {
        if case .trace(let id) = target {
            self = .trace(id)
        } else {
            self = .traceList(TraceQuery(origin: target))
        }
    }

    /// The key-map scope of this screen.
    package var scope: KeyScope {
        switch self {
        case .dashboard: return .dashboard
        case .traceList: return .list
        case .trace: return .trace
        case .span: return .span
        }
    }

    /// The trace this screen shows, if any.
    package var traceID: TraceID? {
        switch self {
        case .trace(let id), .span(let id, _): return id
        case .dashboard, .traceList: return nil
        }
    }
}
