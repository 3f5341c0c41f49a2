/// Breaks text into lines no wider than a number of columns.
package enum WordWrap {
    /// Wraps at spaces, by display width. Line breaks in `text` start new lines (an empty line
    /// stays empty); runs of spaces collapse to one; a word wider than `width` is broken
    /// between graphemes. Everything is sanitized. Returns no lines for a width below 1.
    package static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let clean = TerminalText.sanitize(String(paragraph))
            var line = ""
            var lineWidth = 0
            let linesBefore = lines.count
            for word in clean.split(separator: " ") {
                var rest = String(word)
                var restWidth = TerminalText.displayWidth(of: rest)
                if lineWidth > 0, lineWidth + 1 + restWidth <= width {
                    line += " " + rest
                    lineWidth += 1 + restWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    (line, lineWidth) = ("", 0)
                }
                while restWidth > width {
                    var piece = TerminalText.prefix(of: rest, fittingWidth: width)
                    if piece.text.isEmpty, let first = rest.first {
                        piece = (String(first), TerminalText.displayWidth(of: first))
                    }
                    lines.append(piece.text)
                    rest.removeFirst(piece.text.count)
                    restWidth -= piece.width
                }
                (line, lineWidth) = (rest, restWidth)
            }
            if !line.isEmpty || lines.count == linesBefore { lines.append(line) }
        }
        return lines
    }
}
