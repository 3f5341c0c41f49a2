/// One line of help: the keys as shown to the user and what they do.
package struct KeyHelp: Sendable, Hashable {
    package var keys: String
    package var description: String

    package init(keys: String, description: String) {
        self.keys = keys
        self.description = description
    }
}
