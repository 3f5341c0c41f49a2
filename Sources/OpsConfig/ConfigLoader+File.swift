import Foundation

extension ConfigLoader {
    /// `$XDG_CONFIG_HOME/opstop`, else `~/.config/opstop`.
    package static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String?
    {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/opstop" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/opstop" }
        return nil
    }

    /// `$XDG_CONFIG_HOME/opstop/config.toml`, else `~/.config/opstop/config.toml`.
    package static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        defaultDirectory(environment: environment).map { $0 + "/config.toml" }
    }

    /// Loads `explicitPath` (which must exist), else the default file when there is one, else defaults.
    package static func load(explicitPath: String?) throws(ConfigError) -> AppConfiguration {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else if let fallback = defaultPath(), FileManager.default.fileExists(atPath: fallback) {
            path = fallback
        } else {
            return AppConfiguration()
        }
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            text = String(decoding: data, as: UTF8.self)
        } catch {
            throw ConfigError(
                file: path, line: nil,
                message: "cannot read the config file (\(Self.reason(error))); check the path given to --config")
        }
        return try parse(text, file: path)
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let message = strerror(Int32(underlying.code))
        {
            return String(cString: message)
        }
        if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoSuchFileError {
            return "No such file or directory"
        }
        return nsError.localizedDescription
    }
}
