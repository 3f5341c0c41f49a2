/// Something that draws itself into an area of a ``ScreenBuffer``.
///
/// Rendering is pure: it reads only its own values and the context, writes only inside
/// `area`, and copes with any area, including an empty one.
package protocol Widget {
    func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext)
}
