/// A terminal's size in cells.
package struct TerminalSize: Sendable, Hashable {
    package var width: Int
    package var height: Int

    package init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    package var area: Rect { Rect(width: width, height: height) }
}
