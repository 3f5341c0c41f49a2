extension TerminalColor {
    /// The closest colour a terminal of `depth` can show.
    ///
    /// ANSI colours stay ANSI down to 16 colours; on 8 they map by their xterm values (so
    /// bright black becomes white, not invisible black); monochrome keeps only `default`.
    public func degraded(to depth: ColorDepth) -> TerminalColor {
        switch (self, depth) {
        case (.default, _), (_, .trueColor):
            return self
        case (_, .monochrome):
            return .default
        case let (.rgb(red, green, blue), .xterm256):
            return .indexed(ColorPalette.nearestXterm256(red: red, green: green, blue: blue))
        case (.ansi, .xterm256), (.indexed, .xterm256):
            return self
        case let (.ansi(index), .ansi16):
            return .ansi(min(index, 15))
        case let (.indexed(index), .ansi16) where index < 16:
            return .ansi(index)
        case let (.indexed(index), .ansi16):
            let value = ColorPalette.rgb(forIndex: index)
            return .ansi(ColorPalette.nearestANSI16(red: value.red, green: value.green, blue: value.blue))
        case let (.rgb(red, green, blue), .ansi16):
            return .ansi(ColorPalette.nearestANSI16(red: red, green: green, blue: blue))
        case let (.ansi(index), .ansi8), let (.indexed(index), .ansi8):
            let value = ColorPalette.rgb(forIndex: index)
            return .ansi(ColorPalette.nearestANSI8(red: value.red, green: value.green, blue: value.blue))
        case let (.rgb(red, green, blue), .ansi8):
            return .ansi(ColorPalette.nearestANSI8(red: red, green: green, blue: blue))
        }
    }
}
