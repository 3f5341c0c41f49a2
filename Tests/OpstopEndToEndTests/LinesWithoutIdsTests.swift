import Foundation
import Testing

/// Two 1,000-line logs whose lines carry no ids: every line is a span of its own. The ids made up
/// from line numbers used to collide across files, and `report` counted 1,000 spans.
@Test func reportCountsEveryLineWithoutIdsOfTwoFiles() throws {
    let directory = try OpstopBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var paths: [String] = []
    for name in ["a", "b"] {
        var text = ""
        for index in 0..<1000 {
            let start = 1_795_433_580_000_000_000 + Int64(index) * 1_000_000
            text += #"{"start_time_unix_nano":"\#(start)","duration_ms":5,"gen_ai.request.model":"gpt-4o"}"# + "\n"
        }
        let url = directory.appendingPathComponent("\(name).jsonl")
        try text.write(to: url, atomically: true, encoding: .utf8)
        paths.append(url.path)
    }
    let result = try OpstopBinary.run(["report", "--json"] + paths)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let source = try #require(json["source"] as? [String: Any])
    #expect(source["spans"] as? Int == 2000)
    #expect(source["duplicate_spans"] as? Int ?? 0 == 0)
}
