/// What every widget may consult while rendering.
package struct RenderContext: Sendable, Hashable {
    package var glyphs: GlyphSet

    package init(glyphs: GlyphSet = .unicode) {
        self.glyphs = glyphs
    }

    package static let unicode = RenderContext(glyphs: .unicode)
    package static let ascii = RenderContext(glyphs: .ascii)
}
