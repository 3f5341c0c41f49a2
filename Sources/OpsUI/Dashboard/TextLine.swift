/// One line of differently styled runs, drawn left to right and cut with an ellipsis.
struct TextLine: Sendable, Hashable {
    struct Run: Sendable, Hashable {
        var text: String
        var style: Style
    }

    var runs: [Run] = []

    init() {}

    init(_ text: String, _ style: Style = .plain) {
        add(text, style)
    }

    mutating func add(_ text: String, _ style: Style = .plain) {
        runs.append(Run(text: TerminalText.sanitize(text), style: style))
    }

    /// The first of `candidates` that fits in `width` columns, else the last one (to be cut).
    static func firstFitting(_ candidates: [TextLine], width: Int) -> TextLine {
        candidates.first { $0.width <= width } ?? candidates.last ?? TextLine()
    }

    var width: Int { runs.reduce(0) { $0 + TerminalText.displayWidth(of: $1.text) } }

    /// Draws into the first row of `area`; text past the right edge is cut and marked.
    @discardableResult
    func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) -> Int {
        guard !area.isEmpty else { return 0 }
        let row = area.row(0)
        let ellipsis = context.glyphs.ellipsis
        let fits = width <= row.width
        let limit = fits ? row.width : Swift.max(0, row.width - TerminalText.displayWidth(of: ellipsis))
        var x = row.x
        for run in runs {
            let room = row.x + limit - x
            guard room > 0 else { break }
            let piece = TerminalText.prefix(of: run.text, fittingWidth: room)
            x += buffer.put(piece.text, x: x, y: row.y, style: run.style, maxWidth: room)
            if piece.text.count < run.text.count { break }
        }
        if !fits {
            x += buffer.put(ellipsis, x: x, y: row.y, style: Style(.muted), maxWidth: row.maxX - x)
        }
        return x - row.x
    }
}
