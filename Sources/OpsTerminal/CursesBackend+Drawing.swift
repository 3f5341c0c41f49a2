import CNCurses
import OpsModel
import OpsUI

extension CursesBackend {
    /// Overwrites every cell and lets ncurses send only what changed; the screen is erased
    /// only when the frame does not cover it (around a resize).
    package func draw(_ buffer: ScreenBuffer, theme: Theme) {
        guard isActive, !isSuspended else { return }
        let theme = colorDepth == .monochrome ? Theme.mono : theme
        if cachedTheme != theme {
            styleCache = [:]
            lastStyle = nil
            cachedTheme = theme
            lastFrame = nil
        }
        let size = self.size
        if buffer.width < size.width || buffer.height < size.height {
            werase(window)
            lastFrame = nil
        }
        let previous = lastFrame.flatMap { $0.width == buffer.width && $0.height == buffer.height ? $0 : nil }
        for y in 0..<min(buffer.height, size.height) {
            // ncurses diffs too, but handing it 12 000 unchanged cells a frame costs CPU.
            if let previous, Self.rowsEqual(buffer, previous, row: y) { continue }
            let row = y * buffer.width
            for x in 0..<min(buffer.width, size.width) {
                let cell = buffer.cells[row + x]
                if !cell.isContinuation { draw(cell, x: x, y: y, screen: size, theme: theme) }
            }
        }
        wnoutrefresh(window)
        doupdate()
        lastFrame = buffer
    }

    static func rowsEqual(_ left: ScreenBuffer, _ right: ScreenBuffer, row: Int) -> Bool {
        let start = row * left.width
        return left.cells[start..<(start + left.width)] == right.cells[start..<(start + left.width)]
    }

    private func draw(_ cell: Cell, x: Int, y: Int, screen: TerminalSize, theme: Theme) {
        let look = cursesStyle(cell.style, theme: theme)
        let only = cell.grapheme.singleScalar
        let width = only.map(SafeText.displayWidth(ofOnly:)) ?? TerminalText.displayWidth(of: cell.grapheme)
        guard width > 0, x + width <= screen.width else { return }
        // ncurses fills the bottom-right cell by writing one column left and inserting the
        // character that belongs there; half a wide character cannot be inserted, and the
        // screen goes out of step. So near that corner a wide character is drawn as "…".
        let nearCorner = y == screen.height - 1 && x >= screen.width - 3
        let pad: Bool
        if width == 2 && nearCorner {
            put(0x2026, x: x, y: y, look: look)
            pad = true
        } else if let only {
            // One character has nothing shorter to fall back to when ncurses refuses it.
            let character: wchar_t
            (character, pad) = Self.cellCharacter(for: only, width: width)
            put(character, x: x, y: y, look: look)
        } else {
            let text: [wchar_t]
            (text, pad) = Self.wideCharacters(for: cell.grapheme, width: width)
            let drawn = text.withUnsafeBufferPointer { characters in
                opstop_put_cell(window, Int32(y), Int32(x), characters.baseAddress, look.attributes, look.pair)
            }
            if drawn == ERR, let first = text.first { put(first, x: x, y: y, look: look) }
        }
        if pad { put(32, x: x + 1, y: y, look: look) }
    }

    private func put(_ character: wchar_t, x: Int, y: Int, look: (attributes: attr_t, pair: Int32)) {
        _ = opstop_put_character(window, Int32(y), Int32(x), character, look.attributes, look.pair)
    }

    /// ``wideCharacters(for:width:)`` for a grapheme of one scalar, without the terminating NUL.
    static func cellCharacter(for scalar: Unicode.Scalar, width: Int) -> (wchar_t, pad: Bool) {
        let character = wchar_t(bitPattern: scalar.value)
        // The C library draws printable ASCII one column wide in every locale.
        let libraryWidth = scalar.value >= 0x20 && scalar.value < 0x7F ? 1 : Int(wcwidth(character))
        if libraryWidth == width { return (character, false) }
        if width == 2, libraryWidth == 1 { return (character, true) }
        return (0xFFFD, width == 2)
    }

    /// The NUL-terminated characters for one cell, and whether the next cell needs a space
    /// because the C library thinks the character is narrower than opstop does (then the
    /// character is drawn without its emoji selector, so terminals draw it narrow too).
    static func wideCharacters(for grapheme: Character, width: Int) -> ([wchar_t], pad: Bool) {
        let scalars = Array(grapheme.unicodeScalars)
        guard let first = scalars.first else { return ([32, 0], false) }
        let libraryWidth = Int(wcwidth(wchar_t(bitPattern: first.value)))
        if libraryWidth == width {
            let limit = Int(opstop_ccharw_max())
            let kept = scalars.count <= limit ? scalars : [first]
            return (kept.map { wchar_t(bitPattern: $0.value) } + [0], false)
        }
        if width == 2, libraryWidth == 1 {
            return ([wchar_t(bitPattern: first.value), 0], true)
        }
        return ([0xFFFD, 0], width == 2)
    }

    private func cursesStyle(_ style: Style, theme: Theme) -> (attributes: attr_t, pair: Int32) {
        // Neighbouring cells nearly always share a style: they skip hashing it.
        if let last = lastStyle, last.style == style { return last.look }
        let look = styleCache[style] ?? newCursesStyle(style, theme: theme)
        lastStyle = (style, look)
        return look
    }

    private func newCursesStyle(_ style: Style, theme: Theme) -> (attributes: attr_t, pair: Int32) {
        let look = theme.appearance(of: style)
        var attributes = opstop_a_normal()
        if look.attributes.contains(.bold) { attributes |= opstop_a_bold() }
        if look.attributes.contains(.dim) { attributes |= opstop_a_dim() }
        if look.attributes.contains(.underline) { attributes |= opstop_a_underline() }
        if look.attributes.contains(.reverse) { attributes |= opstop_a_reverse() }
        let pair = pairs.pair(foreground: colorNumber(look.foreground), background: colorNumber(look.background))
        styleCache[style] = (attributes, pair)
        return (attributes, pair)
    }

    private func colorNumber(_ color: TerminalColor) -> Int32 {
        switch color.degraded(to: colorDepth) {
        case .default: return -1
        case .ansi(let index), .indexed(let index): return Int32(index)
        case .rgb(let red, let green, let blue):
            return Int32(ColorPalette.nearestXterm256(red: red, green: green, blue: blue))
        }
    }
}
