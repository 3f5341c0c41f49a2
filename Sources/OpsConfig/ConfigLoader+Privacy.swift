import OpsModel

extension ConfigLoader {
    /// `[privacy]`: `redact = true` turns on `--redact`; `patterns` replaces the default list.
    static func readPrivacy(_ table: TableReader, into config: inout AppConfiguration) throws(ConfigError) {
        try table.requireKnownKeys(["redact", "patterns"])
        if let entries = try table.strings("patterns") {
            var patterns: [RedactionPattern] = []
            for entry in entries {
                switch RedactionPattern.parse(entry) {
                case let .success(pattern): patterns.append(pattern)
                case let .failure(error):
                    throw table.error(
                        "patterns",
                        "'patterns' entry \(error.reason): use email, api_key, card_number or a regular expression")
                }
            }
            config.redactionPatterns = patterns
        }
        if try table.bool("redact") == true { config.turnOnRedaction() }
    }
}
