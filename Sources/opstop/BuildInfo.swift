import CBuildInfo

/// The version and the commit the binary was built from, as `opstop --version` prints them.
enum BuildInfo {
    static let version = "0.1.0"

    /// The commit the build passed in (see `scripts/release.sh`); nil for a plain `swift build`.
    static var commit: String? { commit(from: String(cString: opstop_build_commit())) }

    /// `opstop 0.1.0 (commit 27dada0c1f2e)`, or `(commit unknown)` when the build passed none in.
    static var versionLine: String { "opstop \(version) (commit \(commit ?? "unknown"))" }

    /// The passed-in text when it is a commit hash (7 to 40 hex digits, maybe `-dirty`), else nil.
    static func commit(from text: String) -> String? {
        let hash = text.hasSuffix("-dirty") ? text.dropLast("-dirty".count) : Substring(text)
        guard (7...40).contains(hash.count), hash.allSatisfy(\.isHexDigit) else { return nil }
        return text
    }
}
