extension Key {
    /// Parses a key as a config file would write it: `q`, `?`, `enter`, `esc`, `space`, `up`,
    /// `pgdn`, `shift-tab`, `ctrl-c` (or `ctrl+c`, `^c`), `f5`. Case-insensitive except for
    /// single characters. Returns nil for anything else.
    package init?(parsing text: String) {
        if text.count == 1, let character = text.first, !character.isWhitespace {
            self = .char(character)
            return
        }
        let name = text.lowercased().replacingPlus()
        if let key = Self.named[name] {
            self = key
        } else if let letter = Self.controlLetter(name) {
            self = .ctrl(letter)
        } else if name.hasPrefix("f"), let number = Int(name.dropFirst()), (1...24).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }

    private static let named: [String: Key] = [
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "space": .char(" "),
        "backspace": .backspace, "bs": .backspace, "delete": .delete, "del": .delete, "insert": .insert,
        "ins": .insert, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "up": .up, "down": .down,
        "left": .left, "right": .right, "pageup": .pageUp, "pgup": .pageUp, "pagedown": .pageDown,
        "pgdn": .pageDown, "home": .home, "end": .end,
    ]

    private static func controlLetter(_ name: String) -> Character? {
        let rest: Substring
        if name.hasPrefix("ctrl-") {
            rest = name.dropFirst(5)
        } else if name.hasPrefix("^") {
            rest = name.dropFirst()
        } else {
            return nil
        }
        guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
        return letter
    }
}

extension String {
    fileprivate func replacingPlus() -> String {
        String(map { $0 == "+" ? "-" : $0 })
    }
}
