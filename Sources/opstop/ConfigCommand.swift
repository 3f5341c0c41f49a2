import ArgumentParser
import Foundation
import OpsConfig
import OpsUI

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where opstop looks for its config file and themes, and what it finds there.",
        discussion: """
            Where opstop looks, first found first (see docs/config.md, docs/themes.md):
              config file: --config PATH, else
                $XDG_CONFIG_HOME/opstop/config.toml   (when XDG_CONFIG_HOME is set)
                ~/.config/opstop/config.toml
                none: the defaults
              theme NAME (--theme NAME or [ui] theme = "NAME"; a path is read as given):
                $XDG_CONFIG_HOME/opstop/themes/NAME.toml
                ~/.config/opstop/themes/NAME.toml
                $XDG_DATA_HOME/opstop/themes/NAME.toml
                ~/.local/share/opstop/themes/NAME.toml
                themes/NAME.toml beside the opstop binary (the unpacked release)
                ../share/opstop/themes/NAME.toml from the binary (install.sh's PREFIX)
                the built-in theme NAME: default, light, solarized-dark, high-contrast, mono
            """
    )

    func run() {
        print(Self.report(SearchPaths.current(), fileManager: .default), terminator: "")
    }

    /// Each place with what is there: the config file that is read, the themes each directory holds.
    static func report(_ paths: SearchPaths, fileManager: FileManager) -> String {
        var lines = ["Config file (the first that exists is read; --config PATH reads another):"]
        let used = paths.configFiles.first { fileManager.fileExists(atPath: $0) }
        for file in paths.configFiles {
            let state = file == used ? "read" : fileManager.fileExists(atPath: file) ? "not read" : "none"
            lines.append("  \(TerminalText.sanitize(file))  (\(state))")
        }
        if used == nil { lines.append("  none found: the defaults apply") }
        lines.append("Theme directories (NAME.toml from the first that has it, else a built-in theme):")
        for directory in paths.themeDirectories {
            let names = ((try? fileManager.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(".toml".count)) }.sorted()
            let state = names.isEmpty ? "none" : names.map { TerminalText.sanitize($0) }.joined(separator: ", ")
            lines.append("  \(TerminalText.sanitize(directory))  (\(state))")
        }
        lines.append("Built-in themes: " + Theme.builtIn.map(\.name).joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }
}
