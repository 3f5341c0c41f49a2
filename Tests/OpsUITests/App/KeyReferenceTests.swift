import Foundation
import Testing
@testable import OpsUI

/// docs/keys.md is generated from the key map; re-record with OPSTOP_RECORD_SNAPSHOTS=1.
@Test func keyReferenceInDocsMatchesTheKeyMap() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/keys.md")
    let generated = AppKeyMap.markdown()
    if ProcessInfo.processInfo.environment["OPSTOP_RECORD_SNAPSHOTS"] == "1" {
        try generated.write(to: path, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: path, encoding: .utf8)
    #expect(committed == generated, "docs/keys.md is out of date: run the tests with OPSTOP_RECORD_SNAPSHOTS=1")
    for word in ["quit", "filter", "open trace", "theme", "pause"] {
        #expect(generated.lowercased().contains(word))
    }
}
