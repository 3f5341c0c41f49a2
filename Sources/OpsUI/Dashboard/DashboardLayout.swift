/// Where the header and each panel go for a screen size.
///
/// | size | arrangement |
/// | --- | --- |
/// | below 40×10 | a one-line notice |
/// | below 80×24 | header and a summary of the key figures |
/// | 80×24 and up | header; cost and latency; errors, breakers, alerts; traces |
/// | 120 wide and up | header; cost, latency and errors; breakers and alerts; traces |
///
/// Cache, guardrails and quality are optional: only those with data take a row of their own, above
/// the traces, and only when the body has ``optionalRowMinimumBody`` rows (a 120×40 terminal does,
/// an 80×24 one keeps its rows for the essential panels). Without data they take no space at all.
struct DashboardLayout: Sendable, Hashable {
    enum Arrangement: Sendable, Hashable {
        case notice
        case summary
        case panels
    }

    static let minimumSize = (width: 40, height: 10)
    /// The dashboard gets the terminal less the status bar's row: an 80×24 terminal shows every
    /// panel, a 120×40 one the full detail, a 200×60 one the extended detail.
    static let statusBarRows = 1
    static let panelsSize = (width: 80, height: 24 - statusBarRows)

    var arrangement: Arrangement
    var detail: DashboardDetail
    var header: Rect
    var body: Rect
    var panels: [PanelID: Rect]

    /// Body rows needed before the optional panels get a row.
    static let optionalRowMinimumBody = 30

    /// Rows of the optional panels' row (border included) for a body height.
    static func optionalRowHeight(body: Int) -> Int { body >= 54 ? 10 : 8 }

    /// - Parameter optional: the optional panels with data, in focus order.
    init(area: Rect, optional: [PanelID] = []) {
        panels = [:]
        if area.width < Self.minimumSize.width || area.height < Self.minimumSize.height {
            arrangement = .notice
            detail = .compact
            header = .zero
            body = area
            return
        }
        let isSmall = area.width < Self.panelsSize.width || area.height < Self.panelsSize.height
        arrangement = isSmall ? .summary : .panels
        if area.width >= 200 && area.height >= 60 - Self.statusBarRows {
            detail = .extended
        } else if area.width >= 120 && area.height >= 40 - Self.statusBarRows {
            detail = .full
        } else {
            detail = .compact
        }
        let split = Layout.vertical([.length(HeaderBar.height(for: area)), .fill(1)]).split(area)
        header = split[0]
        body = split[1]
        if arrangement == .panels {
            let shown = body.height >= Self.optionalRowMinimumBody ? optional.filter(\.isOptional) : []
            panels = Self.panels(in: body, wide: area.width >= 120, optional: shown)
        }
    }

    /// The panels Tab moves through on a dashboard of `area`, in focus order: those on screen,
    /// or the essential ones when the screen shows no panels.
    static func focusOrder(area: Rect, panels rows: any PanelRows) -> [PanelID] {
        let optional = PanelID.allCases.filter { $0.isOptional && rows.hasData($0) }
        let layout = DashboardLayout(area: area, optional: optional)
        guard layout.arrangement == .panels else { return PanelID.allCases.filter { !$0.isOptional } }
        return PanelID.allCases.filter { layout.panels[$0] != nil }
    }

    private static func panels(in body: Rect, wide: Bool, optional: [PanelID]) -> [PanelID: Rect] {
        var rows: [Rect]
        if optional.isEmpty {
            rows = Layout.vertical([.percentage(wide ? 34 : 36), .percentage(wide ? 26 : 32), .fill(1)]).split(body)
        } else {
            let height = optionalRowHeight(body: body.height)
            rows = Layout.vertical([.percentage(32), .percentage(wide ? 22 : 24), .length(height), .fill(1)]).split(body)
            let cells = Layout.horizontal(optional.map { _ in Constraint.fill(1) }).split(rows[2])
            var placed: [PanelID: Rect] = [:]
            for (panel, rect) in zip(optional, cells) { placed[panel] = rect }
            rows.remove(at: 2)
            return placed.merging(panels(rows, wide: wide)) { $1 }
        }
        return panels(rows, wide: wide)
    }

    /// The essential panels in the top, middle and bottom rows.
    private static func panels(_ rows: [Rect], wide: Bool) -> [PanelID: Rect] {
        var result: [PanelID: Rect] = [:]
        if wide {
            let top = Layout.horizontal([.percentage(30), .fill(1), .percentage(30)]).split(rows[0])
            (result[.cost], result[.latency], result[.errors]) = (top[0], top[1], top[2])
            let middle = Layout.horizontal([.percentage(45), .fill(1)]).split(rows[1])
            (result[.breakers], result[.alerts]) = (middle[0], middle[1])
        } else {
            let top = Layout.horizontal([.percentage(48), .fill(1)]).split(rows[0])
            (result[.cost], result[.latency]) = (top[0], top[1])
            let middle = Layout.horizontal([.percentage(30), .percentage(32), .fill(1)]).split(rows[1])
            (result[.errors], result[.breakers], result[.alerts]) = (middle[0], middle[1], middle[2])
        }
        result[.traces] = rows[2]
        return result
    }
}
