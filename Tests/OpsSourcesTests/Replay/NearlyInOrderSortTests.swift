import OpsTestSupport
import Testing

@testable import OpsSources

/// `Array.sortNearlyInOrder` sorts as a stable sort does, whatever the disorder, and stays near-linear
/// in comparisons on input far out of order (it hands over to `sort(by:)`).
@Suite("Sorting nearly in order")
struct NearlyInOrderSortTests {
    struct Item: Equatable {
        var key: Int
        var place: Int
    }

    /// Sorted, then each key moved up to `distance` places (as lines by end time in a log by start time).
    static func shuffledLocally(_ keys: [Int], distance: Int, _ generator: inout TestRandom) -> [Int] {
        var keys = keys.sorted()
        for index in keys.indices {
            let other = Swift.min(keys.count - 1, index + Int.random(in: 0...distance, using: &generator))
            keys.swapAt(index, other)
        }
        return keys
    }

    @Test func itSortsAsAStableSortWhateverTheDisorder() {
        var generator = TestRandom(seed: 31)
        for count in [0, 1, 2, 3, 10, 100, 2_000] {
            // Few keys (many equal, where stability shows) and many.
            for keys in [3, 1_000_000] {
                func draw() -> [Int] { (0..<count).map { _ in Int.random(in: 0..<keys, using: &generator) } }
                var arrangements = [draw().sorted(), draw().sorted(by: >), draw()]
                for distance in [1, 3, 20] { arrangements.append(Self.shuffledLocally(draw(), distance: distance, &generator)) }
                for keys in arrangements {
                    let items = keys.enumerated().map { Item(key: $0.element, place: $0.offset) }
                    var sorted = items
                    sorted.sortNearlyInOrder { $0.key < $1.key }
                    let expected = items.sorted { ($0.key, $0.place) < ($1.key, $1.place) }
                    #expect(sorted == expected, "count \(count), keys \(keys.count)")
                }
            }
        }
    }

    @Test func farOutOfOrderItHandsOverToTheStandardSort() {
        for items in [Array((0..<4_096).reversed()), (0..<4_096).map { ($0 * 7_919) % 4_096 }] {
            var comparisons = 0
            var sorted = items
            sorted.sortNearlyInOrder { comparisons += 1; return $0 < $1 }
            #expect(sorted == Array(0..<4_096))
            // Insertion alone would compare millions of times; four moves an element, then n log n.
            #expect(comparisons < 40 * items.count, "\(comparisons) comparisons")
        }
    }

    @Test func nearlyInOrderItComparesAboutOnceAnElement() {
        var generator = TestRandom(seed: 5)
        let keys = Self.shuffledLocally(Array(0..<10_000), distance: 2, &generator)
        var comparisons = 0
        var sorted = keys
        sorted.sortNearlyInOrder { comparisons += 1; return $0 < $1 }
        #expect(sorted == Array(0..<10_000))
        #expect(comparisons < 4 * keys.count, "\(comparisons) comparisons")
    }
}
