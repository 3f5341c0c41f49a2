/// A problem in a config or theme file, said as `file:line: what; what to do`.
package struct ConfigError: Error, Sendable, CustomStringConvertible, Equatable {
    package var file: String
    /// 1-based; nil when the problem has no single line.
    package var line: Int?
    package var message: String

    package init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    package var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
