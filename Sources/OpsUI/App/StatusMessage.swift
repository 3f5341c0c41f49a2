/// A short note in the status bar ("wrote trace to …"), shown until it expires.
package struct StatusMessage: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case info
        case error
    }

    package var text: String
    package var kind: Kind

    package init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
