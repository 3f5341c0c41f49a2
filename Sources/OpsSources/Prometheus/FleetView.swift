import OpsModel

/// What the fleet screen is looking at: a window, and optionally one model or one instance.
package struct FleetView: Sendable, Hashable {
    package var window: TimeWindow
    /// A drill-down: every family's model label equal to this (families without a model label stay whole).
    package var model: String?
    /// A drill-down: `instance` equal to this, on every family.
    package var instance: String?

    package init(window: TimeWindow = .fiveMinutes, model: String? = nil, instance: String? = nil) {
        self.window = window
        self.model = model
        self.instance = instance
    }

    /// How the header and messages name the drill-down; nil for the whole fleet.
    package var narrowingLabel: String? {
        let parts = [model.map { "model \($0)" }, instance.map { "instance \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
