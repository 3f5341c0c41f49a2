import Foundation

/// Ends the process once the terminal is restored (sources may still have threads running).
func exitProcess(_ status: Int32) -> Never {
    Foundation.exit(status)
}
