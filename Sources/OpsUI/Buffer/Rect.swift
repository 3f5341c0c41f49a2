/// A rectangle of terminal cells; sizes are never negative.
package struct Rect: Sendable, Hashable, CustomStringConvertible {
    package var x: Int
    package var y: Int
    package var width: Int
    package var height: Int

    package init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    package init(width: Int, height: Int) {
        self.init(x: 0, y: 0, width: width, height: height)
    }

    package static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    package var isEmpty: Bool { width == 0 || height == 0 }
    /// One past the last column.
    package var maxX: Int { x + width }
    /// One past the last row.
    package var maxY: Int { y + height }

    package var description: String { "Rect(x: \(x), y: \(y), \(width)x\(height))" }

    package func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// Shrinks every side by `margin` cells; too small a rectangle becomes empty.
    package func inset(by margin: Int) -> Rect {
        inset(horizontal: margin, vertical: margin)
    }

    package func inset(horizontal: Int, vertical: Int) -> Rect {
        let dx = max(0, horizontal)
        let dy = max(0, vertical)
        return Rect(x: x + min(dx, width), y: y + min(dy, height), width: width - 2 * dx, height: height - 2 * dy)
    }

    package func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: left, y: top, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The row `index` of this rectangle, or an empty rectangle when out of range.
    package func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y + max(0, index), width: 0, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }
}
