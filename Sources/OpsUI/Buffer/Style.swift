/// How a cell should look: a semantic role plus attributes added to what the theme gives that role.
public struct Style: Sendable, Hashable {
    public var role: ColorRole
    public var attributes: TextAttributes

    public init(_ role: ColorRole = .text, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let plain = Style()

    public func adding(_ extra: TextAttributes) -> Style {
        Style(role, attributes.union(extra))
    }
}
