import OpsModel
import OpsEngine

extension ConfigLoader {
    static let mappingKeys = [
        "family", "role", "component", "unit", "token_type", "labels", "states", "state_label", "calls", "target_kind",
    ]
    static let mappingLabelKeys = [
        "model", "provider", "tool", "error_type", "status", "target", "token_type", "component", "category", "outcome",
        "failure_values", "success_values",
    ]
    static let roleNames = [
        "cost", "latency", "tokens", "requests", "errors", "breaker_state", "breaker_open", "breaker_trips",
        "budget_remaining", "budget_limit",
    ]

    /// `[metrics]` with `[[metrics.mapping]]` tables; mappings go before the built-in ones (first match wins).
    static func readMetrics(_ table: TableReader, into engine: inout EngineConfiguration) throws(ConfigError) {
        try table.requireKnownKeys(["mapping"])
        guard let tables = try table.arrayOfTables("mapping") else { return }
        var mappings: [MetricMapping] = []
        for entry in tables { mappings.append(try readMapping(entry)) }
        engine.metricMappings = mappings + MetricCatalog.builtIn
    }

    static func readMapping(_ entry: TableReader) throws(ConfigError) -> MetricMapping {
        try entry.requireKnownKeys(mappingKeys)
        guard let family = try entry.string("family"), !family.isEmpty else {
            throw ConfigError(
                file: entry.document.file, line: entry.headerLine,
                message:
                    "[[metrics.mapping]] needs 'family', the metric family's name (e.g. family = \"myapp_llm_cost_usd_total\")"
            )
        }
        if family.filter({ $0 == "*" }).count > 1 {
            throw entry.error("family", "'family' may hold at most one '*'")
        }
        guard let roleName = try entry.string("role") else {
            throw ConfigError(
                file: entry.document.file, line: entry.headerLine,
                message: "[[metrics.mapping]] for '\(family)' needs 'role', one of \(roleNames.joined(separator: ", "))"
            )
        }
        let role = try readRole(roleName, entry: entry)
        var scale = 1.0
        if let unit = try entry.string("unit") {
            switch unit.lowercased() {
            case "seconds", "s", "usd", "dollars", "tokens", "": scale = 1
            case "milliseconds", "ms": scale = 0.001
            case "microseconds", "us": scale = 0.000_001
            case "cents": scale = 0.01
            default:
                throw entry.error(
                    "unit",
                    "unknown unit '\(unit)'; use seconds, milliseconds or microseconds (latency), usd or cents (money)")
            }
        }
        return MetricMapping(
            family: family, role: role, labels: try readMappingLabels(entry), scale: scale,
            countsCalls: try entry.bool("calls") ?? false,
            targetKind: TargetKind(parsing: try entry.string("target_kind")), origin: "config")
    }

    static func readRole(_ name: String, entry: TableReader) throws(ConfigError) -> MetricRole {
        switch name {
        case "cost": return .cost
        case "latency":
            let text = try entry.string("component") ?? "query"
            guard let component = Component(rawValue: text), component != .other else {
                throw entry.error("component", "'component' must be llm, tool, query or retrieval, not '\(text)'")
            }
            return .latency(component)
        case "tokens":
            guard let text = try entry.string("token_type") else { return .tokens(nil) }
            guard let kind = TokenKind(label: text) else {
                throw entry.error(
                    "token_type",
                    "'token_type' must be one of \(TokenKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return .tokens(kind)
        case "requests": return .requests
        case "errors": return .errors
        case "breaker_state":
            if let label = try entry.string("state_label") { return .breakerState(.stateLabel(label)) }
            guard let states = try entry.table("states") else {
                throw entry.error(
                    "role",
                    "role 'breaker_state' needs 'states' (value → state, e.g. states = { \"0\" = \"closed\", \"1\" = \"half_open\", \"2\" = \"open\" }) or 'state_label'"
                )
            }
            var meaning: [Double: BreakerState] = [:]
            for key in states.keys {
                guard let value = Double(key) else {
                    throw entry.error("states", "'states' keys must be numbers like \"0\", not '\(key)'")
                }
                guard let text = try states.string(key), let state = BreakerState(parsing: text) else {
                    throw entry.error("states", "'states' values must be closed, half_open or open")
                }
                meaning[value] = state
            }
            return .breakerState(.numeric(meaning))
        case "breaker_open": return .breakerOpen
        case "breaker_trips": return .breakerTrips
        case "budget_remaining": return .budgetRemaining
        case "budget_limit": return .budgetLimit
        default:
            throw entry.error(
                "role",
                "unknown role '\(name)'\(Suggestion.hint(for: name, in: roleNames)); roles: \(roleNames.joined(separator: ", "))"
            )
        }
    }

    static func readMappingLabels(_ entry: TableReader) throws(ConfigError) -> MetricLabels {
        guard let node = entry.value("labels") else { return MetricLabels() }
        guard case let .table(pairs) = node else {
            throw entry.error("labels", "'labels' must be a table like labels = { model = \"model_name\" }")
        }
        var labels = MetricLabels()
        for (key, value) in pairs {
            guard mappingLabelKeys.contains(key) else {
                throw entry.error(
                    "labels",
                    "unknown label role '\(key)'\(Suggestion.hint(for: key, in: mappingLabelKeys)); known: \(mappingLabelKeys.joined(separator: ", "))"
                )
            }
            var names: [String] = []
            switch value {
            case let .string(text): names = [text]
            case let .array(items):
                for item in items {
                    guard case let .string(text) = item else {
                        throw entry.error("labels", "labels.\(key) must be a label name or a list of them")
                    }
                    names.append(text)
                }
            default: throw entry.error("labels", "labels.\(key) must be a label name or a list of them")
            }
            switch key {
            case "model": labels.model = names
            case "provider": labels.provider = names
            case "tool": labels.tool = names
            case "error_type": labels.errorType = names
            case "status": labels.status = names
            case "target": labels.target = names
            case "token_type": labels.tokenType = names
            case "component": labels.component = names
            case "category": labels.category = names
            case "outcome": labels.outcome = names
            case "failure_values": labels.failureValues = names
            default: labels.successValues = names
            }
        }
        return labels
    }
}
