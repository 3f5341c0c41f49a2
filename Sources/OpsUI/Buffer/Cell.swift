/// One terminal column: a grapheme and its style.
///
/// A grapheme two columns wide occupies its cell and the next one; the next one is a
/// continuation cell (``isContinuation``) that backends skip when drawing.
package struct Cell: Sendable, Hashable {
    package var grapheme: Character
    package var style: Style
    package var isContinuation: Bool

    package init(_ grapheme: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    package static let blank = Cell()

    static func continuation(style: Style) -> Cell {
        Cell(" ", style: style, isContinuation: true)
    }
}
