/// One name/value pair of a series.
package struct Label: Sendable, Hashable, Comparable {
    package var name: String
    package var value: String

    package init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    package static func < (lhs: Label, rhs: Label) -> Bool {
        lhs.name == rhs.name ? lhs.value < rhs.value : lhs.name < rhs.name
    }
}

extension [Label] {
    /// The value of the label called `name`, or nil when the series does not have it.
    package subscript(name: String) -> String? {
        first { $0.name == name }?.value
    }
}
