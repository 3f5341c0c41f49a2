import OpsConfig
import Testing

/// Found by the fuzz smoke pass: a key starting with a character no TOML key may start with made
/// the TOML library abort the process (an assertion in toml++). It is a one-line config error.
@Test(arguments: [
    "[`lerts]\n", "[budget]\n`x = 1\n", "[ui.`theme]\n", "[[`prices]]\n", "[sla]\nquery.`x = \"3s\"\n", "[\n[sla]\n",
    "[ui.]\n", "[sla]\nquery. = 1\n", "[\rla]\n",
])
func keysStartingWithABadCharacterAreAConfigError(text: String) {
    #expect(throws: ConfigError.self) { try ConfigLoader.parse(text, file: "config.toml") }
    #expect(throws: ConfigError.self) { try ThemeLoader.parse(text, file: "theme.toml") }
    do {
        _ = try ConfigLoader.parse(text, file: "config.toml")
    } catch {
        #expect(error.description.contains("a key cannot start with"), "\(error)")
    }
}

@Test func quotedAndMultilineTextIsNotTakenForKeys() throws {
    let config = try ConfigLoader.parse(
        "[budget]\n\"daily_usd\" = 5\n[ui]\ntheme = \"\"\"\n[`not a key\n\"\"\"\n", file: "config.toml")
    #expect(config.theme == "[`not a key\n")
}
