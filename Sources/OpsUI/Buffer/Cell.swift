/// One terminal column: a grapheme and its style.
///
/// A grapheme two columns wide occupies its cell and the next one; the next one is a
/// continuation cell (``isContinuation``) that backends skip when drawing.
public struct Cell: Sendable, Hashable {
    public var grapheme: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ grapheme: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()

    static func continuation(style: Style) -> Cell {
        Cell(" ", style: style, isContinuation: true)
    }
}
