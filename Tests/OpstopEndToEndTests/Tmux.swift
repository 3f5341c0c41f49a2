import Foundation
import Glibc

/// A private tmux server running one program in a detached window of a given size.
///
/// Spawned with `posix_spawn` (stdout to a file or /dev/null, a clean signal mask): the tmux
/// server keeps inherited pipes open, which makes Foundation's `Process` hang.
final class Tmux {
    let socket: String
    let directory: URL

    /// Starts `command` (run by /bin/sh) in a window of `width`×`height`.
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        socket = "opstop-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = try OpstopBinary.temporaryDirectory()
        var env = "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_CONFIG_HOME=/nonexistent-opstop-test-config"
        env += " XDG_DATA_HOME=/nonexistent-opstop-test-data HOME=/nonexistent-opstop-test-home"
        for (key, value) in environment { env += " \(key)='\(value)'" }
        // The shell stays after the program ends, printing its status, so a test can read both
        // the status and what the terminal looks like once the program has restored it.
        let wrapped = "\(env) \(command); echo \"opstop-exit-status=$?\"; sleep 600"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height), wrapped])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Sends keys as tmux names them (`q`, `Enter`, `Escape`, `Tab`, `BTab`, `C-c`, `Down`).
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Sends text literally, character by character.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// The visible screen as text lines.
    func capture() throws -> String {
        let file = directory.appendingPathComponent("capture-\(UUID().uuidString).txt")
        try tmux(["capture-pane", "-p", "-t", "0"], stdout: file.path)
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    /// Whether the pane shows its cursor (a program may have hidden it with `ESC[?25l`).
    func cursorIsVisible() throws -> Bool {
        let file = directory.appendingPathComponent("cursor-\(UUID().uuidString).txt")
        try tmux(["display-message", "-p", "-t", "0", "#{cursor_flag}"], stdout: file.path)
        let flag = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return flag.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// The program's exit status once it has ended (read from the line the wrapper prints).
    func exitStatus() throws -> Int32? {
        let screen = try capture()
        guard let range = screen.range(of: "opstop-exit-status=") else { return nil }
        return Int32(screen[range.upperBound...].prefix { $0.isNumber })
    }

    /// Waits until the screen satisfies `condition` (or the deadline passes), returning the last capture.
    @discardableResult
    func waitFor(seconds: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = try capture()
        while !condition(screen) && Date() < deadline {
            usleep(50_000)
            screen = try capture()
        }
        return screen
    }

    /// Waits until `text` is on the screen; throws (failing the test) when it never appears.
    @discardableResult
    func waitFor(text: String, seconds: Double = 10) throws -> String {
        let screen = try waitFor(seconds: seconds) { $0.contains(text) }
        guard screen.contains(text) else { throw TextNotShown(text: text, screen: screen) }
        return screen
    }

    /// Waits until `text` is on the screen and the screen has stopped changing: a terminal may be
    /// captured while a frame is still being written, its upper rows new and its lower rows old.
    @discardableResult
    func waitForSettled(text: String, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = try waitFor(text: text, seconds: seconds)
        while Date() < deadline {
            usleep(200_000)
            let next = try capture()
            if next == screen { return screen }
            screen = next
        }
        return screen
    }

    struct TextNotShown: Error, CustomStringConvertible {
        var text: String
        var screen: String
        var description: String { "'\(text)' never appeared; the screen was:\n\(screen)" }
    }

    @discardableResult
    private func tmux(_ arguments: [String], stdout: String = "/dev/null") throws -> Int32 {
        try Self.spawn(["/usr/bin/tmux", "-L", socket] + arguments, stdout: stdout)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a program to completion with a clean signal mask and stdout to `stdout`.
    static func spawn(_ arguments: [String], stdout: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
        guard result == 0 else {
            throw SpawnError(description: "cannot run \(arguments[0]): \(String(cString: strerror(result)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }
}
