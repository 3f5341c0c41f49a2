import OpsModel

/// What one line of an exposition says, before it is attached to a family.
enum ParsedLine {
    case blank
    case comment
    case eof
    case help(name: String, text: String)
    case type(name: String, type: MetricType)
    case unit(name: String, unit: String)
    case sample(name: String, labels: [Label], value: Double, timestamp: Double?, exemplar: Exemplar?)
}
