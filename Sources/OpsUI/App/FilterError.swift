/// Why filter text could not be read, in words fit for the prompt line.
public struct FilterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The token at fault, as typed.
    public var token: String
    public var message: String

    public init(token: String, message: String) {
        self.token = token
        self.message = message
    }

    public var description: String { message }
}
