extension Theme {
    /// Every built-in theme, the default first.
    package static let builtIn: [Theme] = [.default, .light, .solarizedDark, .highContrast, .mono]

    package static func builtIn(named name: String) -> Theme? {
        builtIn.first { $0.name == name }
    }

    /// Dark terminals; ANSI colours, so it follows the user's palette.
    package static let `default` = Theme(
        name: "default",
        roles: [
            .text: ThemeColor(.default),
            .muted: ThemeColor(.ansi(8)),
            .accent: ThemeColor(.ansi(6)),
            .ok: ThemeColor(.ansi(2)),
            .warning: ThemeColor(.ansi(3)),
            .critical: ThemeColor(.ansi(9), [.bold]),
            .selection: ThemeColor(.ansi(0), background: .ansi(6)),
            .border: ThemeColor(.ansi(8)),
            .title: ThemeColor(.ansi(15), [.bold]),
            .header: ThemeColor(.ansi(6), [.bold]),
            .graph: ThemeColor(.ansi(12)),
            .statusBar: ThemeColor(.ansi(15), background: .ansi(8)),
            .keyHint: ThemeColor(.ansi(14), background: .ansi(8), [.bold]),
        ])

    /// Light terminals.
    package static let light = Theme(
        name: "light",
        roles: [
            .text: ThemeColor(.default),
            .muted: ThemeColor(.rgb(0x76, 0x76, 0x76)),
            .accent: ThemeColor(.rgb(0x00, 0x5F, 0x87)),
            .ok: ThemeColor(.rgb(0x00, 0x87, 0x00)),
            .warning: ThemeColor(.rgb(0xAF, 0x5F, 0x00)),
            .critical: ThemeColor(.rgb(0xD7, 0x00, 0x00), [.bold]),
            .selection: ThemeColor(.rgb(0x00, 0x00, 0x00), background: .rgb(0xAF, 0xD7, 0xFF)),
            .border: ThemeColor(.rgb(0xA8, 0xA8, 0xA8)),
            .title: ThemeColor(.rgb(0x00, 0x00, 0x00), [.bold]),
            .header: ThemeColor(.rgb(0x00, 0x5F, 0x87), [.bold]),
            .graph: ThemeColor(.rgb(0x00, 0x87, 0xAF)),
            .statusBar: ThemeColor(.rgb(0x00, 0x00, 0x00), background: .rgb(0xD0, 0xD0, 0xD0)),
            .keyHint: ThemeColor(.rgb(0x00, 0x5F, 0x87), background: .rgb(0xD0, 0xD0, 0xD0), [.bold]),
        ])

    /// Ethan Schoonover's Solarized, dark variant (foregrounds only; the terminal supplies base03).
    package static let solarizedDark = Theme(
        name: "solarized-dark",
        roles: [
            .text: ThemeColor(.rgb(0x83, 0x94, 0x96)),
            .muted: ThemeColor(.rgb(0x58, 0x6E, 0x75)),
            .accent: ThemeColor(.rgb(0x26, 0x8B, 0xD2)),
            .ok: ThemeColor(.rgb(0x85, 0x99, 0x00)),
            .warning: ThemeColor(.rgb(0xB5, 0x89, 0x00)),
            .critical: ThemeColor(.rgb(0xDC, 0x32, 0x2F), [.bold]),
            .selection: ThemeColor(.rgb(0x93, 0xA1, 0xA1), background: .rgb(0x07, 0x36, 0x42)),
            .border: ThemeColor(.rgb(0x58, 0x6E, 0x75)),
            .title: ThemeColor(.rgb(0x93, 0xA1, 0xA1), [.bold]),
            .header: ThemeColor(.rgb(0x2A, 0xA1, 0x98), [.bold]),
            .graph: ThemeColor(.rgb(0x2A, 0xA1, 0x98)),
            .statusBar: ThemeColor(.rgb(0x93, 0xA1, 0xA1), background: .rgb(0x07, 0x36, 0x42)),
            .keyHint: ThemeColor(.rgb(0xCB, 0x4B, 0x16), background: .rgb(0x07, 0x36, 0x42), [.bold]),
        ])

    /// Bright colours and strong attributes for low vision and washed-out screens.
    package static let highContrast = Theme(
        name: "high-contrast",
        roles: [
            .text: ThemeColor(.ansi(15)),
            .muted: ThemeColor(.ansi(7)),
            .accent: ThemeColor(.ansi(14), [.bold]),
            .ok: ThemeColor(.ansi(10)),
            .warning: ThemeColor(.ansi(11), [.bold]),
            .critical: ThemeColor(.ansi(15), background: .ansi(1), [.bold]),
            .selection: ThemeColor(.ansi(0), background: .ansi(11), [.bold]),
            .border: ThemeColor(.ansi(7)),
            .title: ThemeColor(.ansi(15), [.bold, .underline]),
            .header: ThemeColor(.ansi(15), [.bold, .underline]),
            .graph: ThemeColor(.ansi(14)),
            .statusBar: ThemeColor(.ansi(0), background: .ansi(7)),
            .keyHint: ThemeColor(.ansi(0), background: .ansi(7), [.bold]),
        ])

    /// No colour at all: roles differ by bold, dim, underline and reverse. Used for `NO_COLOR`
    /// and terminals without colours.
    package static let mono = Theme(
        name: "mono",
        roles: [
            .text: ThemeColor(),
            .muted: ThemeColor(.default, [.dim]),
            .accent: ThemeColor(.default, [.bold]),
            .ok: ThemeColor(),
            .warning: ThemeColor(.default, [.bold]),
            .critical: ThemeColor(.default, [.bold, .underline]),
            .selection: ThemeColor(.default, [.reverse]),
            .border: ThemeColor(.default, [.dim]),
            .title: ThemeColor(.default, [.bold]),
            .header: ThemeColor(.default, [.bold, .underline]),
            .graph: ThemeColor(),
            .statusBar: ThemeColor(.default, [.reverse]),
            .keyHint: ThemeColor(.default, [.reverse, .bold]),
        ])
}
