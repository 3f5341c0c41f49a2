import OpsModel

/// Circuit breaker states per target, from breaker lines where the log has them and inferred from call
/// outcomes where it does not.
///
/// A state machine as a value: feed it events in arrival order and move time forward with ``advance(to:)``;
/// it never reads the clock. See the Breakers article for the rules.
package struct BreakerBoard: Sendable {
    package static let defaultTargetLimit = 1000
    package static let defaultHistoryLimit = 100

    package let settings: BreakerInferenceSettings
    /// Targets tracked at most; records for further new targets are dropped and counted in ``ignoredRecords``.
    package let targetLimit: Int
    /// Transitions kept per target.
    package let historyLimit: Int
    /// Breaker lines and outcomes dropped because their target would exceed ``targetLimit``.
    package private(set) var ignoredRecords = 0

    private var statuses: [NameKey: BreakerStatus] = [:]
    /// Where the last few targets' statuses lie in ``statuses``, so an outcome of a recent target skips the
    /// hash; forgotten whenever a status is stored by key (which may move them).
    private var recentIndexes = RecentNames<[NameKey: BreakerStatus].Index>()
    /// Inferred targets that are open, waiting for their cooldown.
    private var coolingDown: Set<String> = []

    package init(
        settings: BreakerInferenceSettings = .default, targetLimit: Int = BreakerBoard.defaultTargetLimit,
        historyLimit: Int = BreakerBoard.defaultHistoryLimit
    ) {
        self.settings = settings
        self.targetLimit = Swift.max(0, targetLimit)
        self.historyLimit = Swift.max(0, historyLimit)
    }

    /// Every tracked breaker, by target name.
    package var breakers: [BreakerStatus] {
        statuses.values.sorted { $0.target < $1.target }
    }

    /// The breakers open now, in no particular order (cheaper than sorting ``breakers``).
    ///
    /// Each state is read in place: filtering the values copied every status (retaining its target
    /// name, which the decoding thread's interned strings share, and its history) to test one field.
    package var openBreakers: [BreakerStatus] {
        let values = statuses.values
        return values.indices.compactMap { values[$0].state == .open ? values[$0] : nil }
    }

    /// The breaker of `target`, if tracked.
    package func status(of target: String) -> BreakerStatus? { statuses[NameKey(target)] }

    /// Transitions to open within `window`, over all targets' kept histories.
    package func opens(in window: ClosedRange<Int64>) -> Int {
        statuses.values.reduce(0) { $0 + $1.opens(in: window) }
    }

    /// Applies a breaker line: the target's state becomes the reported one and inference stops for it.
    package mutating func record(_ event: BreakerEvent) {
        let kind = TargetKind(parsing: event.targetType)
        var status: BreakerStatus
        if let existing = statuses[NameKey(event.target)] {
            status = existing
        } else if let admitted = admit(event.target, kind: kind, at: event.timeNanos, source: .explicit) {
            status = admitted
        } else {
            return
        }
        if kind != .other { status.kind = kind }
        status.source = .explicit
        coolingDown.remove(event.target)
        if status.state != event.state {
            Self.transition(
                &status, to: event.state, at: event.timeNanos, reason: event.reason, historyLimit: historyLimit,
                coolingDown: &coolingDown)
        }
        statuses[NameKey(event.target)] = status
        recentIndexes = RecentNames()
    }

    /// Counts one call to `target`; for targets without breaker lines it drives the inferred breaker.
    ///
    /// Outcomes apply in arrival order. A late outcome (older than the breaker's last transition) still
    /// counts, and a transition it causes is stamped at the last transition's time, so history stays in order.
    package mutating func recordOutcome(target: String, kind: TargetKind, failed: Bool, at nanos: Int64) {
        // At most one hash of the target, and the status changed where it lies rather than copied out and back.
        let known = recentIndexes.value(for: target)
        let key = NameKey(target)
        if let index = known ?? statuses.index(forKey: key) {
            if known == nil { recentIndexes.remember(index, for: target) }
            Self.apply(
                outcome: failed, at: nanos, to: &statuses.values[index], settings: settings, historyLimit: historyLimit,
                coolingDown: &coolingDown)
        } else if settings.enabled, var status = admit(target, kind: kind, at: nanos, source: .inferred) {
            Self.apply(
                outcome: failed, at: nanos, to: &status, settings: settings, historyLimit: historyLimit,
                coolingDown: &coolingDown)
            statuses[key] = status
            recentIndexes = RecentNames()
        }
    }

    private static func apply(
        outcome failed: Bool, at nanos: Int64, to status: inout BreakerStatus, settings: BreakerInferenceSettings,
        historyLimit: Int, coolingDown: inout Set<String>
    ) {
        status.consecutiveFailures = failed ? status.consecutiveFailures &+ 1 : 0
        guard status.source == .inferred else { return }
        applyCooldown(&status, upTo: nanos, settings: settings, historyLimit: historyLimit, coolingDown: &coolingDown)
        infer(&status, failed: failed, at: nanos, settings: settings, historyLimit: historyLimit, coolingDown: &coolingDown)
    }

    /// ``recordOutcome(target:kind:failed:at:)`` for the target whose name has this identity: `name` is
    /// asked for the name (a copy of it) only when the target is not among the recent ones.
    @inline(__always)
    mutating func recordOutcome(
        target identity: NameIdentity, name: () -> String?, kind: TargetKind, failed: Bool, at nanos: Int64
    ) {
        if let index = recentIndexes.value(for: identity) {
            Self.apply(
                outcome: failed, at: nanos, to: &statuses.values[index], settings: settings, historyLimit: historyLimit,
                coolingDown: &coolingDown)
        } else if let target = name() {
            recordOutcome(target: target, kind: kind, failed: failed, at: nanos)
        }
    }

    /// Moves time to `nanos`: inferred breakers whose cooldown has ended become half-open, stamped at the
    /// moment the cooldown ended, not at `nanos`.
    package mutating func advance(to nanos: Int64) {
        // Called for every event: with nothing cooling down, not even the set is retained.
        guard !coolingDown.isEmpty else { return }
        for target in coolingDown {
            guard let index = statuses.index(forKey: NameKey(target)) else { continue }
            Self.applyCooldown(
                &statuses.values[index], upTo: nanos, settings: settings, historyLimit: historyLimit,
                coolingDown: &coolingDown)
        }
    }

    /// A fresh closed breaker for a new target, or nil (counted) when the board is full.
    private mutating func admit(
        _ target: String, kind: TargetKind, at nanos: Int64, source: BreakerSource
    ) -> BreakerStatus? {
        guard statuses.count < targetLimit else {
            ignoredRecords += 1
            return nil
        }
        return BreakerStatus(target: target, kind: kind, since: nanos, source: source)
    }

    private static func infer(
        _ status: inout BreakerStatus, failed: Bool, at nanos: Int64, settings: BreakerInferenceSettings,
        historyLimit: Int, coolingDown: inout Set<String>
    ) {
        let next: (state: BreakerState, reason: String)
        switch (status.state, failed) {
        case (.closed, true) where status.consecutiveFailures >= settings.failureThreshold:
            next = (.open, "\(status.consecutiveFailures) consecutive failures")
        case (.halfOpen, true):
            next = (.open, "trial call failed")
        case (.halfOpen, false):
            next = (.closed, "trial call succeeded")
        case (.closed, _), (.open, _):
            return
        }
        transition(
            &status, to: next.state, at: nanos, reason: next.reason, historyLimit: historyLimit, coolingDown: &coolingDown)
    }

    private static func applyCooldown(
        _ status: inout BreakerStatus, upTo nanos: Int64, settings: BreakerInferenceSettings, historyLimit: Int,
        coolingDown: inout Set<String>
    ) {
        guard status.state == .open, status.source == .inferred else { return }
        let (sum, overflow) = status.since.addingReportingOverflow(settings.cooldownNanos)
        let due = overflow ? Int64.max : sum
        if due <= nanos {
            transition(
                &status, to: .halfOpen, at: due, reason: "cooldown elapsed", historyLimit: historyLimit,
                coolingDown: &coolingDown)
        }
    }

    private static func transition(
        _ status: inout BreakerStatus, to state: BreakerState, at nanos: Int64, reason: String?, historyLimit: Int,
        coolingDown: inout Set<String>
    ) {
        let time = Swift.max(nanos, status.since)
        status.transitions.append(
            BreakerTransition(timeNanos: time, from: status.state, to: state, reason: reason, source: status.source))
        let excess = status.transitions.count - historyLimit
        if excess > 0 {
            status.transitions.removeFirst(excess)
            status.droppedTransitions += excess
        }
        status.state = state
        status.since = time
        if state == .open { status.openedCount += 1 }
        if state == .open, status.source == .inferred {
            coolingDown.insert(status.target)
        } else {
            coolingDown.remove(status.target)
        }
    }
}
