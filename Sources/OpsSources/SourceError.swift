import Glibc

/// A source could not be read: `description` says what failed, on which path, and what to do.
package struct SourceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The system call that failed, in the user's words.
    package enum Operation: String, Sendable, Hashable {
        case open
        case read
        case watch
    }

    package var operation: Operation
    /// The path as the user gave it (`-` reads standard input).
    package var path: String
    /// The `errno` value the system returned.
    package var code: Int32

    package init(operation: Operation, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// The system's text for `code`, such as "No such file or directory".
    package var reason: String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// What the user can do about it, when there is something obvious.
    package var advice: String? {
        switch code {
        case ENOENT: return "check the path"
        case EACCES, EPERM: return "check the file's permissions"
        case EISDIR: return "give a file, not a directory"
        case ESPIPE: return "replay needs a regular file; save the stream to a file first"
        default: return nil
        }
    }

    package var description: String {
        let subject = path == "-" ? "standard input" : "'\(path)'"
        let base = "cannot \(operation.rawValue) \(subject): \(reason)"
        guard let advice else { return base }
        return base + " — " + advice
    }
}
