/// A problem in a config or theme file, said as `file:line: what; what to do`.
public struct ConfigError: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    /// 1-based; nil when the problem has no single line.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
