import Foundation
import Glibc
import Testing

/// The live screen under a shell's job control: stopped with Ctrl-Z, continued in the background,
/// brought back with `fg` (issue 12, defect 9).
@Suite(.serialized) struct JobControlTests {
    @Test func continuedInTheBackgroundTheScreenLeavesTheShellsTerminalAlone() throws {
        let directory = try OpstopBinary.temporaryDirectory()
        let log = directory.appendingPathComponent("app.jsonl")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        // An interactive shell with job control, as a user has one.
        let tmux = try Tmux(command: "bash --norc --noprofile -i")
        try tmux.waitFor { $0.contains("$") }
        try tmux.type("'\(OpstopBinary.path)' '\(log.path)'")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Circuit breakers")
        #expect(try !tmux.cursorIsVisible(), "the screen shows the cursor")
        try tmux.send("C-z")
        try tmux.waitFor(text: "Stopped")
        #expect(try tmux.cursorIsVisible(), "the suspended screen left the cursor hidden")
        // Continued while the shell keeps the terminal: opstop must not write to it.
        try tmux.type("kill -CONT %1; echo continued-$?")
        try tmux.send("Enter")
        try tmux.waitFor(text: "continued-0")
        usleep(1_500_000)
        #expect(try tmux.cursorIsVisible(), "continued in the background, opstop hid the shell's cursor")
        let background = try tmux.capture()
        #expect(!background.contains("Circuit breakers"), "drew over the shell from the background:\n\(background)")
        // `fg` gives it the terminal again: the screen comes back and answers keys.
        try tmux.type("fg")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Circuit breakers")
        #expect(try !tmux.cursorIsVisible())
        try tmux.send("q")
        let after = try tmux.waitFor { !$0.contains("Circuit breakers") }
        #expect(!after.contains("Circuit breakers"), "the screen did not end:\n\(after)")
        #expect(try tmux.cursorIsVisible())
    }
}
