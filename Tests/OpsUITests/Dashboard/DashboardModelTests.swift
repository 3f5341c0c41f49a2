@testable import OpsModel
@testable import OpsEngine
import Testing

@testable import OpsUI

/// Row counts and drill targets, which the reducer uses to clamp selections and drill down.
struct DashboardModelTests {
    private let input = DashboardFixture.input()
    private var model: DashboardModel { DashboardModel(input) }

    @Test func costRowsAreTheModelsByCost() {
        let models = input.snapshot.cost.byModel
        #expect(!models.isEmpty)
        #expect(model.rowCount(.cost) == models.count)
        for (row, share) in models.enumerated() {
            #expect(model.drillTarget(.cost, row: row) == .model(share.name))
        }
    }

    @Test func latencyRowsAreComponentsThenModelsThenTools() {
        let latency = input.snapshot.latency
        let components = [Component.query, .llm, .tool, .retrieval].filter { latency[$0].count > 0 }
        let models = latency.byModel.prefix(DashboardModel.maxLatencyDetailRows)
        let tools = latency.byTool.prefix(DashboardModel.maxLatencyDetailRows)
        #expect(model.rowCount(.latency) == components.count + models.count + tools.count)
        let expected: [DrillTarget] =
            components.map { .latency($0) } + models.map { .model($0.name) } + tools.map { _ in .latency(.tool) }
        #expect((0..<model.rowCount(.latency)).map { model.drillTarget(.latency, row: $0) } == expected)
        #expect(components.first == .query)
    }

    @Test func errorRowsAreTheThreeCategoriesThenTopTypes() {
        let types = input.snapshot.errors.byType.prefix(DashboardModel.maxErrorTypes)
        #expect(!types.isEmpty)
        #expect(model.rowCount(.errors) == 3 + types.count)
        #expect(model.drillTarget(.errors, row: 0) == .errorCategory(.transient))
        #expect(model.drillTarget(.errors, row: 1) == .errorCategory(.user))
        #expect(model.drillTarget(.errors, row: 2) == .errorCategory(.system))
        for (offset, type) in types.enumerated() {
            #expect(model.drillTarget(.errors, row: 3 + offset) == .errorType(type.type))
        }
    }

    @Test func breakerRowsPutOpenBreakersFirst() {
        #expect(model.rowCount(.breakers) == input.snapshot.breakers.count)
        #expect(model.drillTarget(.breakers, row: 0) == .breaker("cancel_order"))
        #expect(model.breakers.first?.state == .open)
    }

    @Test func alertRowsSpanFromStartToResolutionOrNow() throws {
        let alerts = model.alerts
        #expect(!alerts.isEmpty)
        #expect(model.rowCount(.alerts) == alerts.count)
        for (row, alert) in alerts.enumerated() {
            let to = alert.resolvedNanos ?? input.snapshot.asOfNanos
            #expect(model.drillTarget(.alerts, row: row) == .alert(id: alert.id, from: alert.startedNanos, to: to))
        }
        let firstResolved = alerts.firstIndex { $0.state == .resolved } ?? alerts.count
        #expect(alerts[..<firstResolved].allSatisfy { $0.state == .firing })
        #expect(alerts[firstResolved...].allSatisfy { $0.state == .resolved })
    }

    @Test func alertsNewestFirstAndOldResolvedOnesDropped() {
        func alert(_ rule: AlertRule, _ state: AlertState, since: Int64, resolved: Int64? = nil) -> Alert {
            Alert(
                rule: rule, key: "", state: state, severity: .warning, sinceNanos: since, startedNanos: since - 5,
                firedNanos: since, resolvedNanos: resolved, message: "", value: 0, threshold: 0)
        }
        let hour: Int64 = 3600 * 1_000_000_000
        let now = 10 * hour
        let listed = DashboardModel.listedAlerts(
            [
                alert(.errorRate, .firing, since: now - 100), alert(.latencyP95, .firing, since: now - 10),
                alert(.budgetDaily, .resolved, since: now - 50, resolved: now - 50),
                alert(.budgetProjected, .resolved, since: now - 2 * hour, resolved: now - 2 * hour),
                alert(.breakerOpen, .pending, since: now - 1),
            ], asOf: now)
        #expect(listed.map(\.rule) == [.latencyP95, .errorRate, .budgetDaily])
    }

    @Test func traceRowsAreTheRecentTracesInOrder() {
        #expect(model.rowCount(.traces) == input.recentTraces.count)
        for (row, trace) in input.recentTraces.enumerated() {
            #expect(model.drillTarget(.traces, row: row) == .trace(trace.traceID))
        }
    }

    @Test func rowsOutOfRangeHaveNoTarget() {
        for panel in PanelID.allCases {
            #expect(model.drillTarget(panel, row: -1) == nil)
            #expect(model.drillTarget(panel, row: model.rowCount(panel)) == nil)
        }
    }

    @Test func selectionIsClampedToTheRows() {
        var input = self.input
        input.selection = [.cost: 999, .errors: -4]
        let model = DashboardModel(input)
        #expect(model.selectedRow(.cost, in: input) == model.rowCount(.cost) - 1)
        #expect(model.selectedRow(.errors, in: input) == 0)
    }
}
