/// How a cell should look: a semantic role plus attributes added to what the theme gives that role.
package struct Style: Sendable, Hashable {
    package var role: ColorRole
    package var attributes: TextAttributes

    package init(_ role: ColorRole = .text, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    package static let plain = Style()

    package func adding(_ extra: TextAttributes) -> Style {
        Style(role, attributes.union(extra))
    }
}
