import Testing

@testable import opstop

@Test(arguments: [
    ("27dada0c1f2e", "27dada0c1f2e"), ("27dada0c1f2e-dirty", "27dada0c1f2e-dirty"),
    ("27dada0", "27dada0"), (String(repeating: "a", count: 40), String(repeating: "a", count: 40)),
])
func buildInfoTakesACommitHash(text: String, expected: String) {
    #expect(BuildInfo.commit(from: text) == expected)
}

@Test(arguments: [
    "", "unknown", "27dada", "-dirty", "27dada0c1f2e-dirty-dirty", "27dada0c1f2g", String(repeating: "a", count: 41),
    "27dada0\u{1b}[2J", "27dada0 rm -rf",
])
func buildInfoRefusesWhatIsNotACommitHash(text: String) {
    #expect(BuildInfo.commit(from: text) == nil)
}

@Test func aPlainBuildSaysItsCommitIsUnknown() {
    // Tests run the debug build, which nothing passes a commit to (scripts/release.sh does).
    #expect(BuildInfo.commit == nil)
    #expect(BuildInfo.versionLine == "opstop \(BuildInfo.version) (commit unknown)")
}
