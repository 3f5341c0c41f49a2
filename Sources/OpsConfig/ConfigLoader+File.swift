import Foundation

extension ConfigLoader {
    /// Loads `explicitPath` (which must exist), else the first of `searchPaths.configFiles` that
    /// exists, else defaults.
    package static func load(explicitPath: String?, searchPaths: SearchPaths = .current()) throws(ConfigError)
        -> AppConfiguration
    {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else if let found = searchPaths.configFiles.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            path = found
        } else {
            return AppConfiguration()
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ConfigError(
                file: path, line: nil,
                message: "is a directory, not a config file; give --config the path of a TOML file (such as \(path)/config.toml)")
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
        let configuration = try parse(text, file: path)
        // Every command checks the theme, not only the screen that draws it.
        if let theme = configuration.theme { _ = try ThemeLoader.load(theme, searchPaths: searchPaths) }
        return configuration
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
