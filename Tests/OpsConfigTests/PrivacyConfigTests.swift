import OpsConfig
import OpsEngine
import OpsModel
import Testing

@Test func redactionIsOffByDefaultAndTheDefaultPatternsAreTheBuiltIns() throws {
    let config = try ConfigLoader.parse("", file: "c.toml")
    #expect(config.engine.redactor == nil)
    #expect(config.redactionPatterns == [.email, .apiKey, .cardNumber])
}

@Test func privacySectionTurnsRedactionOnWithItsPatterns() throws {
    let text = """
        [privacy]
        redact = true
        patterns = ["email", 'TICKET-[0-9]+']
        """
    let config = try ConfigLoader.parse(text, file: "c.toml")
    let redactor = try #require(config.engine.redactor)
    #expect(redactor.patterns.count == 2)
    #expect(redactor.scrub("TICKET-42 by ana@example.com 4111111111111111").hasSuffix(" 4111111111111111"))
    #expect(!redactor.scrub("TICKET-42 by ana@example.com").contains("TICKET-42"))
}

/// `--redact` turns it on with the file's patterns even when the file leaves it off.
@Test func theFlagUsesTheFilesPatterns() throws {
    var config = try ConfigLoader.parse("[privacy]\nredact = false\npatterns = ['card_number']\n", file: "c.toml")
    #expect(config.engine.redactor == nil)
    config.turnOnRedaction()
    #expect(config.engine.redactor?.patterns == [.cardNumber])
}

@Test(arguments: [
    ("[privacy]\npatterns = ['(unclosed']\n", "c.toml:2: 'patterns' entry '(unclosed' is not a regular expression"),
    ("[privacy]\npatterns = ['a*']\n", "c.toml:2: 'patterns' entry 'a*' matches empty text"),
    ("[privacy]\nredcat = true\n", "c.toml:2: unknown key 'redcat' in [privacy]"),
    ("[privacy]\nredact = 'yes'\n", "c.toml:2:"),
])
func badPrivacySettingsNameTheLine(text: String, expected: String) {
    do {
        _ = try ConfigLoader.parse(text, file: "c.toml")
        Issue.record("accepted: \(text)")
    } catch {
        #expect(error.description.hasPrefix(expected), "got: \(error.description)")
    }
}
