/// What every widget may consult while rendering.
public struct RenderContext: Sendable, Hashable {
    public var glyphs: GlyphSet

    public init(glyphs: GlyphSet = .unicode) {
        self.glyphs = glyphs
    }

    public static let unicode = RenderContext(glyphs: .unicode)
    public static let ascii = RenderContext(glyphs: .ascii)
}
