import Foundation
import Testing

@testable import OpsUI

struct ThemeTests {
    @Test func everyBuiltInThemeMapsEveryRole() {
        for theme in Theme.builtIn {
            #expect(Set(theme.roles.keys) == Set(ColorRole.allCases), "\(theme.name)")
        }
        #expect(Theme.builtIn.map(\.name) == ["default", "light", "solarized-dark", "high-contrast", "mono"])
    }

    @Test func monoUsesOnlyAttributes() {
        for color in Theme.mono.roles.values {
            #expect(color.foreground == .default && color.background == .default)
        }
        #expect(Set(Theme.mono.roles.values).count > 4)
    }

    @Test func appearanceAddsTheStyleAttributes() {
        let color = Theme.default.appearance(of: Style(.critical, [.underline]))
        #expect(color == ThemeColor(.ansi(9), [.bold, .underline]))
    }

    @Test(arguments: [
        ("default", TerminalColor.default), ("red", .ansi(1)), ("Bright-Blue", .ansi(12)), ("bright_white", .ansi(15)),
        ("grey", .ansi(8)), ("#ff8000", .rgb(255, 128, 0)), ("#F80", .rgb(255, 136, 0)), ("196", .indexed(196)),
        (" 0 ", .indexed(0)),
    ])
    func parsesColours(text: String, color: TerminalColor) {
        #expect(TerminalColor(parsing: text) == color)
    }

    @Test(arguments: ["reed", "#12345", "#gggggg", "256", "-1", "", "rgb(1,2,3)"])
    func rejectsBadColours(text: String) {
        #expect(TerminalColor(parsing: text) == nil)
    }

    @Test func specStringsRoundTrip() {
        for color in [TerminalColor.default, .ansi(3), .ansi(13), .indexed(42), .rgb(1, 2, 255)] {
            #expect(TerminalColor(parsing: color.specString) == color)
        }
        #expect(TerminalColor.rgb(0x0a, 0xbc, 0xff).specString == "#0abcff")
    }

    @Test func themeFromSpecsKeepsBaseRolesNotMentioned() throws {
        let theme = try Theme(
            name: "mine",
            specs: [
                "critical": ThemeColorSpec(fg: "#ff0000", bold: true),
                "status_bar": .shorthand("blue"),
            ])
        #expect(theme[.critical] == ThemeColor(.rgb(255, 0, 0), [.bold]))
        #expect(theme[.statusBar] == ThemeColor(.ansi(4)))
        #expect(theme[.ok] == Theme.default[.ok])
    }

    @Test func unknownColourErrorTellsWhatToWrite() {
        #expect(throws: ThemeError.unknownColor("reed", role: "text", field: "fg", suggestion: "red")) {
            try Theme(name: "x", specs: ["text": .shorthand("reed")])
        }
        let error = ThemeError.unknownColor("reed", role: "text", field: "fg", suggestion: "red")
        #expect(
            error.description
                == "roles.text.fg: unknown colour 'reed'; did you mean 'red'? use a name like 'red', '#rrggbb', or 0-255"
        )
        #expect(throws: ThemeError.unknownColor("#zz0000", role: "ok", field: "bg", suggestion: nil)) {
            try Theme(name: "x", specs: ["ok": ThemeColorSpec(bg: "#zz0000")])
        }
    }

    @Test func unknownRoleErrorSuggestsTheNearest() {
        #expect(throws: ThemeError.unknownRole("statusbar", suggestion: "status_bar")) {
            try Theme(name: "x", specs: ["statusbar": .shorthand("red")])
        }
        #expect(
            ThemeError.unknownRole("zzzzzzzz", suggestion: nil).description.hasPrefix(
                "unknown role 'zzzzzzzz'; roles are text, muted"))
        #expect(throws: ThemeError.emptyName) { try Theme(name: " ", specs: [:]) }
    }

    @Test func builtInThemesSurviveTheirOwnSpecs() throws {
        for theme in Theme.builtIn {
            #expect(try Theme(name: theme.name, specs: theme.specs, base: .mono) == theme)
        }
    }

    /// The files in themes/ are the built-in themes' `tomlText`; re-record with OPSTOP_RECORD_SNAPSHOTS=1.
    @Test func themeFilesMatchTheBuiltInThemes() throws {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes")
        for theme in Theme.builtIn {
            let url = directory.appendingPathComponent(theme.name + ".toml")
            if ProcessInfo.processInfo.environment["OPSTOP_RECORD_SNAPSHOTS"] == "1" {
                try theme.tomlText.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text == theme.tomlText, "\(url.path)\n\(lineDiff(expected: text, actual: theme.tomlText))")
        }
    }
}
