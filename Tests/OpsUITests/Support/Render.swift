@testable import OpsUI

/// Renders a widget into a fresh buffer of the given size and returns its lines.
func render(
    _ widget: some Widget, width: Int, height: Int, context: RenderContext = .unicode
) -> [String] {
    renderBuffer(widget, width: width, height: height, context: context).lines
}

func renderBuffer(
    _ widget: some Widget, width: Int, height: Int, context: RenderContext = .unicode
) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    widget.render(in: buffer.area, buffer: &buffer, context: context)
    return buffer
}
