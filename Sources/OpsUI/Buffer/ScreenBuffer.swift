import OpsModel

/// A grid of cells that widgets render into and backends draw.
///
/// Every write is clipped to the buffer: coordinates outside it are ignored, never an error.
/// Text is sanitized on the way in (see ``TerminalText``), so nothing written here can
/// reach the terminal as a control sequence.
package struct ScreenBuffer: Sendable, Hashable {
    package private(set) var width: Int
    package private(set) var height: Int
    package private(set) var cells: [Cell]

    package init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    package var area: Rect { Rect(width: width, height: height) }

    /// The cell at a position, or a blank cell outside the buffer.
    package subscript(x: Int, y: Int) -> Cell {
        guard area.contains(x: x, y: y) else { return .blank }
        return cells[y * width + x]
    }

    /// Each row as text; continuation cells of wide characters are left out, so a row reads
    /// as the terminal would show it.
    package var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                let cell = cells[y * width + x]
                if !cell.isContinuation { line.append(cell.grapheme) }
            }
            return line
        }
    }

    /// Blanks every cell.
    package mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }

    /// Resizes to a new size, blanking everything.
    package mutating func resize(width newWidth: Int, height newHeight: Int) {
        self = ScreenBuffer(width: newWidth, height: newHeight)
    }

    /// Fills the part of `rect` inside the buffer with `grapheme`, which should be one column wide.
    package mutating func fill(_ rect: Rect, with grapheme: Character = " ", style: Style = .plain) {
        let clipped = rect.intersection(area)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                write(Cell(grapheme, style: style), x: x, y: y)
            }
        }
    }

    /// Changes the style of the cells in `rect`, keeping their text (used for selection bars).
    package mutating func setStyle(_ style: Style, in rect: Rect) {
        let clipped = rect.intersection(area)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                cells[y * width + x].style = style
            }
        }
    }

    /// Writes sanitized single-line `text` starting at (`x`, `y`), using at most `maxWidth`
    /// columns (unlimited when nil) and never past the right edge. A wide character that does
    /// not fit whole is not written. Returns the columns advanced, counting clipped ones.
    @discardableResult
    package mutating func put(
        _ text: String,
        x: Int,
        y: Int,
        style: Style = .plain,
        maxWidth: Int? = nil
    ) -> Int {
        let limit = min(maxWidth ?? Int.max, Int.max - max(0, x))
        guard limit > 0 else { return 0 }
        // Printable ASCII is its own sanitized form: one scan decides, instead of sanitizing's and then ours.
        if SafeText.isPrintableASCII(text) { return putPrintableASCII(text, x: x, y: y, style: style, limit: limit) }
        var column = x
        for grapheme in TerminalText.sanitize(text) {
            let columns = TerminalText.displayWidth(of: grapheme)
            if columns == 0 { continue }
            if column - x + columns > limit { break }
            if columns == 2 && column + 1 >= width && column < width { break }
            if y >= 0 && y < height && column >= 0 && column + columns <= width {
                write(Cell(grapheme, style: style), x: column, y: y)
                if columns == 2 { write(.continuation(style: style), x: column + 1, y: y) }
            }
            column += columns
        }
        return column - x
    }

    /// U+0020-U+007E as Characters: making one from its byte costs about 90 instructions.
    private static let printableASCII: [Character] = (0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) }

    /// `put` for text whose every byte is a grapheme one column wide, without walking graphemes.
    private mutating func putPrintableASCII(_ text: String, x: Int, y: Int, style: Style, limit: Int) -> Int {
        var column = x
        for byte in text.utf8 {
            if column - x + 1 > limit { break }
            if y >= 0 && y < height && column >= 0 && column + 1 <= width {
                write(Cell(Self.printableASCII[Int(byte) - 0x20], style: style), x: column, y: y)
            }
            column += 1
        }
        return column - x
    }

    /// Writes `text` in the area's first row, clipped to the area.
    @discardableResult
    package mutating func put(_ text: String, in area: Rect, style: Style = .plain) -> Int {
        guard !area.isEmpty else { return 0 }
        return put(text, x: area.x, y: area.y, style: style, maxWidth: area.width)
    }

    /// Sets one cell, repairing any wide character it cuts in half.
    package mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard area.contains(x: x, y: y) else { return }
        let columns = TerminalText.displayWidth(of: cell.grapheme)
        if columns == 2 {
            guard x + 1 < width else { return }
            write(Cell(cell.grapheme, style: cell.style), x: x, y: y)
            write(.continuation(style: cell.style), x: x + 1, y: y)
        } else if columns == 1 {
            write(Cell(cell.grapheme, style: cell.style), x: x, y: y)
        }
    }

    private mutating func write(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if !old.isContinuation, x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}
