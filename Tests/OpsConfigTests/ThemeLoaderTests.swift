import Foundation
import OpsUI
import Testing

@testable import OpsConfig

private var themesDirectory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")
}

@Test func everyShippedThemeFileLoadsAndEqualsItsBuiltIn() throws {
    for builtIn in Theme.builtIn {
        let path = themesDirectory.appendingPathComponent("\(builtIn.name).toml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let theme = try ThemeLoader.parse(text, file: path)
        #expect(theme == builtIn, "themes/\(builtIn.name).toml differs from the built-in theme")
    }
}

@Test func builtInNamesNeedNoFile() throws {
    #expect(try ThemeLoader.load("solarized-dark", searchPaths: .none).name == "solarized-dark")
}

@Test func aThemeFileMayChangeOneRole() throws {
    let theme = try ThemeLoader.parse(
        "name = \"mine\"\n[roles]\ncritical = { fg = \"#ff0000\", bold = true }\n", file: "t.toml")
    #expect(theme.name == "mine")
    #expect(theme[.critical].foreground == .rgb(255, 0, 0))
    #expect(theme[.text] == Theme.default[.text])
}

@Test(arguments: [
    ("name = \"x\"\n[roles]\ntext = \"reed\"\n", "t.toml:3: roles.text.fg: unknown colour 'reed'; did you mean 'red'?"),
    ("name = \"x\"\n[roles]\ntxet = \"red\"\n", "t.toml:3: unknown role 'txet'; did you mean 'text'?"),
    (
        "name = \"x\"\n[roles]\n\ncritical = { fg = \"red\", blod = true }\n",
        "t.toml:4: unknown key 'blod' in [roles.critical]; did you mean 'bold'?"
    ),
    ("name = \"x\"\ncolours = 1\n", "t.toml:2: unknown key 'colours'"),
    ("name = \"x\"\n[roles]\ntext = true\n", "t.toml:3: 'text' must be a colour like"),
])
func badThemeFilesNameFileLineAndFix(text: String, expected: String) {
    do {
        _ = try ThemeLoader.parse(text, file: "t.toml")
        Issue.record("expected an error for \(text)")
    } catch {
        #expect(error.description.hasPrefix(expected), "got: \(error.description)")
    }
}

@Test func unknownThemeNameSuggestsABuiltIn() {
    do {
        _ = try ThemeLoader.load("solarised-dark", searchPaths: .none)
        Issue.record("expected an error")
    } catch {
        #expect(error.description.contains("did you mean 'solarized-dark'?"))
    }
}
