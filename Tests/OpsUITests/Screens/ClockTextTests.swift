import OpsUI
import Testing

@Test func clockTextShowsTimeOfDayInUTC() {
    #expect(ClockText.time(nanos: 0) == "00:00:00")
    #expect(ClockText.time(nanos: 1_795_428_061_500_000_000) == "10:01:01")
    #expect(ClockText.time(nanos: -1) == "23:59:59")
    #expect(ClockText.time(nanos: -1_000_000_000) == "23:59:59")
    #expect(ClockText.time(nanos: -1_000_000_001) == "23:59:58")
}

/// `Int64.min` is the store's "no event yet": `snapshot` of an empty log crashed on it (overflow).
@Test func clockTextSurvivesEveryExtremeValue() {
    #expect(ClockText.time(nanos: .min) == "--:--:--")
    #expect(ClockText.time(nanos: .min + 1).count == 8)
    #expect(ClockText.time(nanos: .max).count == 8)
}
