import Testing
@testable import OpsUI

struct RectTests {
    @Test func insetAndIntersection() {
        let rect = Rect(x: 1, y: 1, width: 10, height: 4)
        #expect(rect.inset(by: 1) == Rect(x: 2, y: 2, width: 8, height: 2))
        #expect(rect.inset(by: 3).isEmpty)
        #expect(rect.intersection(Rect(x: 8, y: 0, width: 10, height: 2)) == Rect(x: 8, y: 1, width: 3, height: 1))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(Rect(x: 0, y: 0, width: -5, height: 3).width == 0)
        #expect(rect.row(3) == Rect(x: 1, y: 4, width: 10, height: 1))
        #expect(rect.row(4).isEmpty)
    }
}
