/// Where text goes inside a wider column.
package enum TextAlignment: Sendable, Hashable {
    case left
    case right
    case center
}

extension TerminalText {
    /// Sanitizes `text` and cuts it to `width` columns, ending with `ellipsis` when something
    /// was cut. A wide character that would straddle the limit is dropped, never split.
    package static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "\u{2026}") -> String {
        guard width > 0 else { return "" }
        let clean = sanitize(text)
        if displayWidth(of: clean) <= width { return clean }
        let mark = sanitize(ellipsis)
        let markWidth = displayWidth(of: mark)
        guard markWidth <= width else { return prefix(of: clean, fittingWidth: width).text }
        return prefix(of: clean, fittingWidth: width - markWidth).text + mark
    }

    /// Sanitizes, truncates and pads `text` to exactly `width` columns.
    package static func fit(
        _ text: String,
        toWidth width: Int,
        alignment: TextAlignment = .left,
        ellipsis: String = "\u{2026}"
    ) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, toWidth: width, ellipsis: ellipsis)
        let gap = max(0, width - displayWidth(of: cut))
        switch alignment {
        case .left:
            return cut + spaces(gap)
        case .right:
            return spaces(gap) + cut
        case .center:
            let left = gap / 2
            return spaces(left) + cut + spaces(gap - left)
        }
    }

    /// `count` spaces, written in place: String(repeating:count:) appends them one by one, at
    /// about 2 000 instructions for a table cell's padding.
    static func spaces(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { bytes in
            bytes.initialize(repeating: 0x20)
            return count
        }
    }

    /// The longest prefix of already sanitized `text` that fits in `width` columns.
    static func prefix(of text: String, fittingWidth width: Int) -> (text: String, width: Int) {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let columns = displayWidth(of: text[index])
            if used + columns > width { break }
            used += columns
            end = text.index(after: index)
        }
        return (String(text[..<end]), used)
    }
}
