/// The state machine of every alert instance, driven by conditions evaluated in event time.
package struct AlertBook: Sendable {
    /// Keyed by rule and target rather than by the ``Alert/id`` string, which would be formatted each evaluation.
    private var alerts: [Key: Alert] = [:]

    struct Key: Hashable, Sendable {
        var rule: AlertRule
        var key: String

        // By the rule's position rather than the default for a raw-value enum, which hashes and
        // compares the raw strings: every evaluation hashes each key two or three times.
        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.rule.ordinal == rhs.rule.ordinal && lhs.key == rhs.key
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(rule.ordinal)
            hasher.combine(key)
        }
    }
    /// How many resolved alerts to remember.
    package let resolvedLimit: Int

    package init(resolvedLimit: Int = 50) {
        self.resolvedLimit = resolvedLimit
    }

    /// Pending, firing and remembered resolved alerts, newest change first.
    package var all: [Alert] {
        alerts.values.sorted { ($0.sinceNanos, $0.id) > ($1.sinceNanos, $1.id) }
    }

    package var firing: [Alert] { all.filter { $0.state == .firing } }

    /// Applies one evaluation of `conditions` at event time `now`.
    ///
    /// An instance that has a condition neither active nor inactive this round (a breaker
    /// that disappeared) is treated as inactive.
    package mutating func evaluate(_ conditions: [AlertCondition], at now: Int64) {
        // A handful of conditions: a list searched in order, not a set hashed into.
        var seen: [Key] = []
        seen.reserveCapacity(conditions.count)
        for condition in conditions {
            let id = Key(rule: condition.rule, key: condition.key)
            seen.append(id)
            apply(condition, id: id, at: now)
        }
        for (id, alert) in alerts where alert.state != .resolved && !seen.contains(id) {
            apply(
                AlertCondition(
                    rule: alert.rule, key: alert.key, active: false, severity: alert.severity,
                    text: alert.text, value: alert.value, threshold: alert.threshold, forNanos: 0),
                id: id, at: now)
        }
        trimResolved()
    }

    private mutating func apply(_ condition: AlertCondition, id: Key, at now: Int64) {
        guard let index = alerts.index(forKey: id) else {
            if condition.active {
                var alert = Alert(
                    rule: condition.rule, key: condition.key, state: .pending, severity: condition.severity,
                    sinceNanos: now, startedNanos: now, text: condition.text, value: condition.value,
                    threshold: condition.threshold)
                if condition.forNanos <= 0 { alert.fire(at: now) }
                alerts[id] = alert
            }
            return
        }
        // Changed where it lies: copied out and stored back, its key and text were retained and released.
        if !Self.update(&alerts.values[index], with: condition, at: now) { alerts.remove(at: index) }
    }

    /// Moves `alert` on by one evaluation of its condition; false when the alert is to be forgotten
    /// (pending, and its condition no longer holds).
    private static func update(_ alert: inout Alert, with condition: AlertCondition, at now: Int64) -> Bool {
        // A resolved alert keeps the figures it last fired with ("13% of spans failed"), not
        // the calm ones that resolved it.
        if condition.active {
            alert.text = condition.text
            alert.value = condition.value
            alert.threshold = condition.threshold
        }
        switch (alert.state, condition.active) {
        case (.pending, true):
            alert.severity = condition.severity
            if now - alert.startedNanos >= condition.forNanos { alert.fire(at: now) }
        case (.pending, false):
            return false
        case (.firing, true):
            alert.severity = condition.severity
        case (.firing, false):
            alert.state = .resolved
            alert.sinceNanos = now
            alert.resolvedNanos = now
        case (.resolved, true):
            alert.state = .pending
            alert.severity = condition.severity
            alert.sinceNanos = now
            alert.startedNanos = now
            alert.firedNanos = nil
            alert.resolvedNanos = nil
            if condition.forNanos <= 0 { alert.fire(at: now) }
        case (.resolved, false):
            break
        }
        return true
    }

    private mutating func trimResolved() {
        // Fewer alerts than the limit cannot hold too many resolved ones: skip the scan.
        guard alerts.count > resolvedLimit else { return }
        let resolved = alerts.values.filter { $0.state == .resolved }
        guard resolved.count > resolvedLimit else { return }
        for alert in resolved.sorted(by: { $0.sinceNanos < $1.sinceNanos }).prefix(resolved.count - resolvedLimit) {
            alerts[Key(rule: alert.rule, key: alert.key)] = nil
        }
    }
}

extension Alert {
    mutating func fire(at now: Int64) {
        state = .firing
        sinceNanos = now
        firedNanos = now
    }
}
