/// One name/value pair of a series.
public struct Label: Sendable, Hashable, Comparable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    public static func < (lhs: Label, rhs: Label) -> Bool {
        lhs.name == rhs.name ? lhs.value < rhs.value : lhs.name < rhs.name
    }
}

extension [Label] {
    /// The value of the label called `name`, or nil when the series does not have it.
    public subscript(name: String) -> String? {
        first { $0.name == name }?.value
    }
}
