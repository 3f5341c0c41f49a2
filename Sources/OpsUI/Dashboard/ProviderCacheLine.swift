import OpsModel

/// The provider prompt-cache line (`provider cache 11% of input  saved $6.32`), shortened to fit:
/// the Cache panel shows it, and the Cost panel when the Cache panel is not on screen.
enum ProviderCacheLine {
    static func fitted(title: String, share: Double, shareStyle: Style, savedUSD: Double, width: Int) -> TextLine {
        var line = TextLine(title, Style(.muted))
        line.add(Percent.format(share), shareStyle)
        var long = line
        long.add(" of input", Style(.muted))
        func saved(_ line: TextLine) -> TextLine {
            var line = line
            line.add("  saved ", Style(.muted))
            line.add(Money.format(savedUSD), Style(.ok))
            return line
        }
        return TextLine.firstFitting([saved(long), saved(line), line], width: width)
    }
}
