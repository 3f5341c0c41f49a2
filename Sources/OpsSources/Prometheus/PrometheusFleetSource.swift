import Foundation
import OpsEngine
import Synchronization

/// A Prometheus server polled on its own thread every `interval`; the screen reads the latest figures.
///
/// When a refresh fails, the last good figures stay and the status says "since HH:MM:SS — why"; retries back off
/// (interval, doubling) up to 30 s. A change of view (window, drill-down) refreshes at once.
package final class PrometheusFleetSource: Sendable {
    package struct Latest: Sendable {
        package var figures: FleetFigures?
        /// Nil while fresh; the reason and the time of the last good refresh when stale.
        package var stale: (since: Int64?, why: String)?
        package var version: Int
        package var view: FleetView
    }

    package static let maxBackoffSeconds = 30.0

    package let name: String
    private let intervalSeconds: Double
    private let state: Mutex<Latest>
    private let control = Mutex((stopped: false, wake: false))
    private let refresher: Mutex<FleetRefresher>
    private let wakeSignal = DispatchSemaphore(value: 0)

    package init(name: String, refresher: FleetRefresher, intervalSeconds: Double, view: FleetView) {
        self.name = name
        self.intervalSeconds = Swift.max(0.2, intervalSeconds)
        self.refresher = Mutex(refresher)
        state = Mutex(Latest(figures: nil, stale: nil, version: 0, view: view))
    }

    package var latest: Latest { state.withLock { $0 } }

    /// Asks for other figures; the source thread refreshes at once.
    package func show(_ view: FleetView) {
        let changed = state.withLock { latest -> Bool in
            guard latest.view != view else { return false }
            latest.view = view
            return true
        }
        if changed { wake() }
    }

    package func start() {
        let thread = Thread { [self] in run() }
        thread.name = "opstop-prometheus"
        thread.start()
    }

    package func stop() {
        control.withLock { $0.stopped = true }
        wakeSignal.signal()
    }

    private func wake() {
        control.withLock { $0.wake = true }
        wakeSignal.signal()
    }

    private func run() {
        var failures = 0
        while !control.withLock({ $0.stopped }) {
            let view = state.withLock { $0.view }
            let now = Date().timeIntervalSince1970
            let result = refresher.withLock { $0.refresh(view, wallSeconds: now) }
            state.withLock { latest in
                switch result {
                case var .success(figures):
                    // A view changed while asking: keep the answer only if it is for the view shown.
                    guard latest.view == view else { return }
                    figures.keepBreakerSince(from: latest.figures)
                    latest.figures = figures
                    latest.stale = nil
                case let .failure(error):
                    latest.stale = (latest.figures?.asOfNanos, error.description)
                }
                latest.version &+= 1
            }
            if case .success = result { failures = 0 } else { failures += 1 }
            let delay = Self.delay(intervalSeconds: intervalSeconds, failures: failures)
            _ = wakeSignal.wait(timeout: .now() + delay)
            control.withLock { $0.wake = false }
        }
    }

    /// The interval while healthy; after failures it doubles each time, up to 30 s (never below the interval).
    package static func delay(intervalSeconds: Double, failures: Int) -> Double {
        guard failures > 0 else { return intervalSeconds }
        let doubled = intervalSeconds * pow(2, Double(Swift.min(failures, 10)))
        return Swift.max(intervalSeconds, Swift.min(maxBackoffSeconds, doubled))
    }
}
