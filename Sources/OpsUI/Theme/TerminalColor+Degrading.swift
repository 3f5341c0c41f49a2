extension TerminalColor {
    /// The closest colour a terminal of `depth` can show.
    ///
    /// ANSI colours stay ANSI down to 16 colours; on 8 they map by their xterm values (so
    /// bright black becomes white, not invisible black); monochrome keeps only `default`.
    package func degraded(to depth: ColorDepth) -> TerminalColor {
        switch (self, depth) {
        case (.default, _), (_, .trueColor):
            return self
        case (_, .monochrome):
            return .default
        case (.rgb(let red, let green, let blue), .xterm256):
            return .indexed(ColorPalette.nearestXterm256(red: red, green: green, blue: blue))
        case (.ansi, .xterm256), (.indexed, .xterm256):
            return self
        case (.ansi(let index), .ansi16):
            return .ansi(min(index, 15))
        case (.indexed(let index), .ansi16) where index < 16:
            return .ansi(index)
        case (.indexed(let index), .ansi16):
            let value = ColorPalette.rgb(forIndex: index)
            return .ansi(ColorPalette.nearestANSI16(red: value.red, green: value.green, blue: value.blue))
        case (.rgb(let red, let green, let blue), .ansi16):
            return .ansi(ColorPalette.nearestANSI16(red: red, green: green, blue: blue))
        case (.ansi(let index), .ansi8), (.indexed(let index), .ansi8):
            let value = ColorPalette.rgb(forIndex: index)
            return .ansi(ColorPalette.nearestANSI8(red: value.red, green: value.green, blue: value.blue))
        case (.rgb(let red, let green, let blue), .ansi8):
            return .ansi(ColorPalette.nearestANSI8(red: red, green: green, blue: blue))
        }
    }
}
