/// One line of help: the keys as shown to the user and what they do.
public struct KeyHelp: Sendable, Hashable {
    public var keys: String
    public var description: String

    public init(keys: String, description: String) {
        self.keys = keys
        self.description = description
    }
}
