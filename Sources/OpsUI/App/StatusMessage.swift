/// A short note in the status bar ("wrote trace to …"), shown until it expires.
public struct StatusMessage: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case info
        case error
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
