import Foundation
import OpsUI
import Testing

@testable import OpsConfig

@Suite struct SearchPathsTests {
    @Test func xdgDirectoriesComeFirstThenHomeThenBesideTheBinary() {
        let paths = SearchPaths(
            environment: ["XDG_CONFIG_HOME": "/xc", "XDG_DATA_HOME": "/xd/", "HOME": "/home/ana"],
            executablePath: "/opt/opstop-0.1.0-linux-x86_64/opstop")
        #expect(paths.configFiles == ["/xc/opstop/config.toml", "/home/ana/.config/opstop/config.toml"])
        #expect(
            paths.themeDirectories == [
                "/xc/opstop/themes", "/home/ana/.config/opstop/themes", "/xd/opstop/themes",
                "/home/ana/.local/share/opstop/themes", "/opt/opstop-0.1.0-linux-x86_64/themes",
                "/opt/share/opstop/themes",
            ])
    }

    @Test func anInstalledBinaryFindsItsPrefixShare() {
        let paths = SearchPaths(environment: [:], executablePath: "/usr/local/bin/opstop")
        #expect(paths.configFiles.isEmpty)
        #expect(paths.themeDirectories == ["/usr/local/bin/themes", "/usr/local/share/opstop/themes"])
    }

    @Test(arguments: ["", "relative/config", "~/.config"])
    func unsetEmptyOrRelativeXDGValuesAreSkipped(value: String) {
        let paths = SearchPaths(
            environment: ["XDG_CONFIG_HOME": value, "XDG_DATA_HOME": value, "HOME": "/h"], executablePath: nil)
        #expect(paths.configFiles == ["/h/.config/opstop/config.toml"])
        #expect(paths.themeDirectories == ["/h/.config/opstop/themes", "/h/.local/share/opstop/themes"])
    }

    @Test func xdgValuesEqualToTheDefaultsAreListedOnce() {
        let paths = SearchPaths(
            environment: ["XDG_CONFIG_HOME": "/h/.config", "XDG_DATA_HOME": "/h/.local/share", "HOME": "/h"],
            executablePath: nil)
        #expect(paths.configFiles == ["/h/.config/opstop/config.toml"])
        #expect(paths.themeDirectories == ["/h/.config/opstop/themes", "/h/.local/share/opstop/themes"])
    }

    @Test func noHomeNoXDGAndARelativeBinaryGiveNothing() {
        let paths = SearchPaths(environment: ["HOME": "relative"], executablePath: "opstop")
        #expect(paths == .none)
    }

    @Test func theRunningExecutableIsAnAbsolutePath() throws {
        let path = try #require(SearchPaths.runningExecutable())
        #expect(path.hasPrefix("/"))
        #expect(FileManager.default.isExecutableFile(atPath: path))
    }
}

/// Config and theme files found through real directories.
@Suite struct SearchPathsLookupTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("opstop-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    var paths: SearchPaths {
        SearchPaths(
            environment: ["XDG_CONFIG_HOME": root.path + "/xdg", "HOME": root.path + "/home"],
            executablePath: root.path + "/release/opstop")
    }

    @Test func theFirstConfigFileThatExistsIsRead() throws {
        // Built-in theme names mark which file was read: an unknown theme is refused on loading.
        try write("home/.config/opstop/config.toml", "[ui]\ntheme = \"light\"\n")
        #expect(try ConfigLoader.load(explicitPath: nil, searchPaths: paths).theme == "light")
        try write("xdg/opstop/config.toml", "[ui]\ntheme = \"mono\"\n")
        #expect(try ConfigLoader.load(explicitPath: nil, searchPaths: paths).theme == "mono")
    }

    @Test func noConfigFileAnywhereGivesTheDefaults() throws {
        try write("home/.config/opstop/themes/config.toml", "[ui]\ntheme = \"not-a-config-path\"\n")
        let config = try ConfigLoader.load(explicitPath: nil, searchPaths: paths)
        #expect(config.theme == nil)
        #expect(config.refreshMillis == AppConfiguration().refreshMillis)
    }

    @Test func aBadConfigFileFoundOnTheWayNamesItsPath() throws {
        try write("home/.config/opstop/config.toml", "[budget]\ndaily_usb = 7\n")
        do {
            _ = try ConfigLoader.load(explicitPath: nil, searchPaths: paths)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix(root.path + "/home/.config/opstop/config.toml:2: unknown key 'daily_usb'"))
        }
    }

    @Test func aThemeNameIsReadFromTheFirstDirectoryThatHasIt() throws {
        try write("release/themes/mine.toml", "name = \"beside-binary\"\n")
        #expect(try ThemeLoader.load("mine", searchPaths: paths).name == "beside-binary")
        try write("home/.local/share/opstop/themes/mine.toml", "name = \"data-home\"\n")
        #expect(try ThemeLoader.load("mine", searchPaths: paths).name == "data-home")
        try write("xdg/opstop/themes/mine.toml", "name = \"config-home\"\n")
        #expect(try ThemeLoader.load("mine.toml", searchPaths: paths).name == "config-home")
    }

    @Test func aFileNamedLikeABuiltInThemeReplacesIt() throws {
        #expect(try ThemeLoader.load("light", searchPaths: paths) == Theme.light)
        try write("release/themes/light.toml", "name = \"light\"\n[roles]\ncritical = \"#ff0000\"\n")
        let theme = try ThemeLoader.load("light", searchPaths: paths)
        #expect(theme[.critical].foreground == .rgb(255, 0, 0))
        #expect(theme != Theme.light)
    }

    @Test func aBadThemeFileFoundOnTheWayNamesItsPathAndLine() throws {
        try write("home/.local/share/opstop/themes/broken.toml", "name = \"broken\"\n[roles]\ntext = \"reed\"\n")
        do {
            _ = try ThemeLoader.load("broken", searchPaths: paths)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix(root.path + "/home/.local/share/opstop/themes/broken.toml:3:"))
        }
    }

    @Test func aPathIsReadAsGivenAndNeverSearched() throws {
        try write("xdg/opstop/themes/mine.toml", "name = \"config-home\"\n")
        #expect(throws: ConfigError.self) { try ThemeLoader.load("./mine.toml", searchPaths: paths) }
        #expect(try ThemeLoader.load(root.path + "/xdg/opstop/themes/mine.toml", searchPaths: .none).name == "config-home")
    }
}
