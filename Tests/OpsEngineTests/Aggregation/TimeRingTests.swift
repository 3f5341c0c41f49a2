import Testing
@testable import OpsEngine

@Test func ringKeepsOnlyTheLastCapacityBuckets() {
    var ring = TimeRing<Int>(widthNanos: 10, capacity: 3, empty: 0)
    #expect(ring.update(at: 5) { $0 += 1 })
    #expect(ring.update(at: 15) { $0 += 2 })
    #expect(ring.update(at: 45) { $0 += 4 })
    // Bucket 0 (time 5) fell out when bucket 4 arrived: 4 - 3 + 1 = 2 is the oldest kept.
    #expect(ring.bucket(number: 0) == nil)
    #expect(ring.bucket(number: 1) == nil)
    #expect(ring.bucket(number: 4) == 4)
    #expect(!ring.update(at: 12) { $0 += 100 })
    #expect(ring.update(at: 25) { $0 += 8 })
    var seen: [Int64: Int] = [:]
    ring.forEach(count: 3, endingAt: 4) { seen[$0] = $1 }
    #expect(seen == [2: 8, 4: 4])
}

@Test func aSlotFromAnEarlierLapIsNeverReused() {
    var ring = TimeRing<Int>(widthNanos: 1, capacity: 2, empty: 0)
    ring.update(at: 0) { $0 = 7 }
    ring.update(at: 2) { $0 += 1 }  // same slot as bucket 0, one lap later
    #expect(ring.bucket(number: 2) == 1)
}

@Test func negativeTimesFloorToTheRightBucket() {
    let ring = TimeRing<Int>(widthNanos: 10, capacity: 3, empty: 0)
    #expect(ring.bucketNumber(of: -1) == -1)
    #expect(ring.bucketNumber(of: -10) == -1)
    #expect(ring.bucketNumber(of: -11) == -2)
    #expect(ring.bucketNumber(of: 9) == 0)
}

/// The in-place visits see the same buckets, in the same order, as the copying ones.
@Test func inPlaceVisitsSeeWhatCopyingVisitsSee() {
    var ring = TimeRing<Int>(widthNanos: 10, capacity: 4, empty: 0)
    for (time, value) in [(5, 1), (15, 2), (35, 4), (65, 8), (55, 16), (45, 32)] as [(Int64, Int)] {
        ring.update(at: time) { $0 += value }
    }
    for (count, last) in [(4, 6), (2, 6), (6, 7), (3, 5), (0, 6), (1, 9)] as [(Int, Int64)] {
        var copied: [Int] = []
        ring.forEach(count: count, endingAt: last) { copied.append($1) }
        var lent: [Int] = []
        ring.forEachInPlace(count: count, endingAt: last) { lent.append($0) }
        #expect(lent == copied, "count \(count) ending at \(last)")
    }
    var all: [Int] = []
    ring.forEachInPlace(count: 4, endingAt: 6) { all.append($0) }
    #expect(all == [4, 32, 16, 8])  // buckets 3...6, oldest first
    var newest: [Int] = []
    ring.withBucketInPlace(number: 6) { newest.append($0) }
    ring.withBucketInPlace(number: 2) { newest.append($0) }  // left the ring
    #expect(newest == [8])
}

