import ArgumentParser
import Foundation
import OpsModel

/// Ends a command with a one-line message on standard error and an exit code.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var code: Int32

    var description: String { message }

    /// Prints `opstop: message` (sanitized: messages quote paths and input) and exits with `code`.
    func exit() -> Never {
        FileHandle.standardError.write(Data(("opstop: " + SafeText.sanitizeLines(message) + "\n").utf8))
        exitProcess(code)
    }

    static let unreadableInput: Int32 = 2
    static let alertFiring: Int32 = 1
}
