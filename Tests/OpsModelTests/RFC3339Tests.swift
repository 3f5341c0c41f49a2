import Testing
@testable import OpsModel

@Test func parsesUTCAndOffsets() {
    let noon: Int64 = 1_795_435_200 * 1_000_000_000
    #expect(RFC3339.parse("2026-11-23T12:00:00Z") == noon)
    #expect(RFC3339.parse("2026-11-23t12:00:00z") == noon)
    #expect(RFC3339.parse("2026-11-23 12:00:00Z") == noon)
    #expect(RFC3339.parse("2026-11-23T14:30:00+02:30") == noon)
    #expect(RFC3339.parse("2026-11-23T07:00:00-05:00") == noon)
    #expect(RFC3339.parse("2026-11-24T00:00:00+12:00") == noon)
    #expect(RFC3339.parse("1970-01-01T00:00:00Z") == 0)
}

@Test func parsesFractionsUpToNanoseconds() {
    let noon: Int64 = 1_795_435_200 * 1_000_000_000
    #expect(RFC3339.parse("2026-11-23T12:00:00.1Z") == noon + 100_000_000)
    #expect(RFC3339.parse("2026-11-23T12:00:00.123Z") == noon + 123_000_000)
    #expect(RFC3339.parse("2026-11-23T12:00:00.123456789Z") == noon + 123_456_789)
    #expect(RFC3339.parse("2026-11-23T12:00:00.1234567891Z") == noon + 123_456_789)
    #expect(RFC3339.parse("2026-11-23T12:00:00.Z") == nil)
}

@Test func knowsLeapYears() {
    #expect(RFC3339.parse("2024-02-29T00:00:00Z") == Int64(1_709_164_800) * 1_000_000_000)
    #expect(RFC3339.parse("2000-02-29T00:00:00Z") == Int64(951_782_400) * 1_000_000_000)
    #expect(RFC3339.parse("2100-02-29T00:00:00Z") == nil)
    #expect(RFC3339.parse("2026-02-29T00:00:00Z") == nil)
    #expect(RFC3339.parse("2026-02-30T00:00:00Z") == nil)
    #expect(RFC3339.parse("2026-04-31T00:00:00Z") == nil)
    #expect(RFC3339.parse("2026-12-31T23:59:59Z") == Int64(1_798_761_599) * 1_000_000_000)
}

@Test func rejectsMalformedTimes() {
    for text in ["2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-11-00T00:00:00Z", "2026-11-23T24:00:00Z",
                 "2026-11-23T12:60:00Z", "2026-11-23T12:00:61Z", "2026-11-23T12:00:00", "2026-11-23T12:00:00+2:00",
                 "2026-11-23T12:00:00+24:00", "2026-11-23", "2026/11/23T12:00:00Z", "2026-11-23T12:00:00Zjunk",
                 "", "x026-11-23T12:00:00Z"] {
        #expect(RFC3339.parse(text) == nil, "\(text)")
    }
}

@Test func acceptsALeapSecondAsTheNextSecond() {
    #expect(RFC3339.parse("2016-12-31T23:59:60Z") == RFC3339.parse("2017-01-01T00:00:00Z"))
}

@Test func formatsWithMilliseconds() {
    #expect(RFC3339.format(nanos: 1_795_435_200_123_456_789) == "2026-11-23T12:00:00.123Z")
    #expect(RFC3339.format(nanos: 0) == "1970-01-01T00:00:00.000Z")
    #expect(RFC3339.format(nanos: -1) == "1969-12-31T23:59:59.999Z")
    #expect(RFC3339.format(nanos: 951_782_400_000_000_000) == "2000-02-29T00:00:00.000Z")
}

@Test func formatAndParseRoundTripAcrossCenturies() {
    var nanos: Int64 = 0
    let step: Int64 = 86_400_000_000_000 * 37 + 3_723_456_000_000
    while nanos < 7_000_000_000_000_000_000 {
        #expect(RFC3339.parse(RFC3339.format(nanos: nanos)) == nanos)
        nanos += step
    }
}
