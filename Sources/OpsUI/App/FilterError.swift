/// Why filter text could not be read, in words fit for the prompt line.
package struct FilterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The token at fault, as typed.
    package var token: String
    package var message: String

    package init(token: String, message: String) {
        self.token = token
        self.message = message
    }

    package var description: String { message }
}
