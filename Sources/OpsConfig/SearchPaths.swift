import Foundation

/// Where opstop looks for its config file and for theme files named without a path.
///
/// XDG Base Directory first (a variable that is unset, empty or relative is skipped, as the
/// specification says), then the home directory's defaults, then the directories that ship with
/// the binary: `themes/` beside it (the unpacked release) and `../share/opstop/themes` (installed
/// under a prefix).
package struct SearchPaths: Sendable, Hashable {
    /// Config files in the order they are tried; the first that exists is read.
    package var configFiles: [String]
    /// Theme directories in the order they are tried; the first that has `NAME.toml` wins.
    package var themeDirectories: [String]

    package init(configFiles: [String], themeDirectories: [String]) {
        self.configFiles = configFiles
        self.themeDirectories = themeDirectories
    }

    /// No files at all: only `--config` and the built-in themes (for tests).
    package static let none = SearchPaths(configFiles: [], themeDirectories: [])

    /// `$XDG_CONFIG_HOME/opstop`, `~/.config/opstop`, `$XDG_DATA_HOME/opstop/themes`,
    /// `~/.local/share/opstop/themes`, then beside `executablePath`.
    package init(environment: [String: String], executablePath: String?) {
        let home = Self.absolute(environment["HOME"])
        let configDirectories = Self.unique([
            Self.absolute(environment["XDG_CONFIG_HOME"]).map { $0 + "/opstop" },
            home.map { $0 + "/.config/opstop" },
        ])
        let dataDirectories = Self.unique([
            Self.absolute(environment["XDG_DATA_HOME"]).map { $0 + "/opstop" },
            home.map { $0 + "/.local/share/opstop" },
        ])
        var shipped: [String?] = []
        if let executablePath = Self.absolute(executablePath) {
            let binDirectory = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
            shipped.append(binDirectory.appendingPathComponent("themes").path)
            shipped.append(
                binDirectory.deletingLastPathComponent().appendingPathComponent("share/opstop/themes").standardized.path)
        }
        self.init(
            configFiles: configDirectories.map { $0 + "/config.toml" },
            themeDirectories: Self.unique(
                configDirectories.map { $0 + "/themes" } + dataDirectories.map { $0 + "/themes" } + shipped))
    }

    /// The paths of this process: its environment and the executable's own location.
    package static func current() -> SearchPaths {
        SearchPaths(environment: ProcessInfo.processInfo.environment, executablePath: runningExecutable())
    }

    /// The running binary with symbolic links resolved (`/proc/self/exe`), else `argv[0]` made absolute.
    static func runningExecutable() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        return URL(fileURLWithPath: first).resolvingSymlinksInPath().path
    }

    private static func absolute(_ path: String?) -> String? {
        guard let path, path.hasPrefix("/") else { return nil }
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    private static func unique(_ paths: [String?]) -> [String] {
        var seen: Set<String> = []
        return paths.compactMap { $0 }.filter { seen.insert($0).inserted }
    }
}
