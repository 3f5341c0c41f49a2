/// Where the parts of the screen go, shared by the renderer and by the reducer's paging.
package enum ScreenLayout {
    package struct Areas: Sendable, Hashable {
        package var content: Rect
        /// The `/` prompt line; empty when the prompt is closed.
        package var prompt: Rect
        package var statusBar: Rect
    }

    package static func areas(_ size: TerminalSize, promptOpen: Bool) -> Areas {
        let parts = Layout.vertical([.fill(1), .length(promptOpen ? 1 : 0), .length(1)]).split(size.area)
        return Areas(content: parts[0], prompt: parts[1], statusBar: parts[2])
    }

    static func contentHeight(_ size: TerminalSize) -> Int { max(0, size.height - 1) }

    /// Rows of a trace list on screen: inside the border, under the header.
    package static func listRows(_ size: TerminalSize) -> Int { max(0, contentHeight(size) - 3) }

    /// Span rows of the trace view: inside the border, under the totals and the header.
    package static func traceRows(_ size: TerminalSize) -> Int { max(0, contentHeight(size) - 4) }

    /// Text lines of the span detail inside its border.
    package static func spanLines(_ size: TerminalSize) -> Int { max(0, contentHeight(size) - 2) }

    /// Columns the span detail wraps its text to (inside the border, one space each side).
    package static func spanTextWidth(_ size: TerminalSize) -> Int { max(0, size.width - 4) }
}
