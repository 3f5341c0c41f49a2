import Foundation
import Testing

/// `snapshot` of input that holds no event draws an empty frame: it used to crash (exit 132) on an
/// overflow in the clock text.
@Test(arguments: ["empty", "devnull", "malformed", "stdin"])
func snapshotWithoutEventsDrawsAnEmptyFrame(input: String) throws {
    let directory = try OpstopBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("\(input).jsonl")
    var source = file.path
    var stdin: Data?
    switch input {
    case "empty": try Data().write(to: file)
    case "devnull": source = "/dev/null"
    case "malformed": try Data("not json\n{\"kind\":\n".utf8).write(to: file)
    default:
        source = "-"
        stdin = Data()
    }
    let result = try OpstopBinary.run(["snapshot", source, "--size", "80x24"], stdin: stdin)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("--:--:--"))
    #expect(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 25)
    #expect(!result.stderr.contains("Fatal error"))
}
