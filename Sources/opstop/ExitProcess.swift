import Foundation

/// Ends the process once the terminal is restored and output is written, without running `atexit`
/// handlers and static destructors: sources may still have threads inside libcurl or Foundation, and
/// tearing those down under them crashed about one exit in twenty (`opstop --prometheus URL` without
/// a terminal, exit 139 instead of 2).
func exitProcess(_ status: Int32) -> Never {
    fflush(nil)
    _exit(status)
}
