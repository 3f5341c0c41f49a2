import OpsCore

/// One screen in the navigation stack: dashboard → trace list → trace → span.
public enum Route: Sendable, Hashable {
    case dashboard
    case traceList(TraceQuery)
    case trace(TraceID)
    case span(TraceID, SpanID)

    /// Where `Enter` on a dashboard row leads: a trace opens directly, anything else as a list.
    public init(drill target: DrillTarget) {
        if case .trace(let id) = target {
            self = .trace(id)
        } else {
            self = .traceList(TraceQuery(origin: target))
        }
    }

    /// The key-map scope of this screen.
    public var scope: KeyScope {
        switch self {
        case .dashboard: return .dashboard
        case .traceList: return .list
        case .trace: return .trace
        case .span: return .span
        }
    }

    /// The trace this screen shows, if any.
    public var traceID: TraceID? {
        switch self {
        case .trace(let id), .span(let id, _): return id
        case .dashboard, .traceList: return nil
        }
    }
}
