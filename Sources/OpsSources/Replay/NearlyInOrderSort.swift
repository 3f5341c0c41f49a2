/// Sorts positions `0..<count` by insertion, through `precedes` and `swapAt` on neighbouring
/// positions (so parallel arrays can sort together): linear in the positions and the places they
/// move, for elements at most a few places out of order, as a log's lines are by time (a span is
/// written at its end, a parent after its children). Gives up past four moves a position on average
/// (input far out of order, which would make it quadratic): false, the positions then permuted.
func sortNearlyInOrder(count: Int, precedes: (Int, Int) -> Bool, swapAt: (Int, Int) -> Void) -> Bool {
    var movesLeft = count * 4
    var next = 1
    while next < count {
        var slot = next
        while slot > 0, precedes(slot, slot - 1) {
            swapAt(slot, slot - 1)
            slot -= 1
            movesLeft -= 1
        }
        if movesLeft < 0 { return false }
        next += 1
    }
    return true
}

extension Array {
    /// Sorts by insertion when the elements are nearly in order (``sortNearlyInOrder(count:precedes:swapAt:)``),
    /// else with `sort(by:)`; stable either way.
    mutating func sortNearlyInOrder(by areInIncreasingOrder: (Element, Element) -> Bool) {
        let sorted = withUnsafeMutableBufferPointer { buffer in
            OpsSources.sortNearlyInOrder(
                count: buffer.count, precedes: { areInIncreasingOrder(buffer[$0], buffer[$1]) },
                swapAt: { buffer.swapAt($0, $1) })
        }
        if !sorted { sort(by: areInIncreasingOrder) }
    }
}
