import Testing
@testable import OpsModel

@Test func moneyUsesMoreDecimalsForSmallAmounts() {
    #expect(Money.format(0) == "$0.00")
    #expect(Money.format(12.345) == "$12.35")
    #expect(Money.format(1234.4) == "$1,234")
    #expect(Money.format(1_234_567) == "$1,234,567")
    #expect(Money.format(0.0421) == "$0.042")
    #expect(Money.format(0.00004) == "$0.0000")
    #expect(Money.format(-3.5) == "-$3.50")
    #expect(Money.format(.nan) == "$?")
}

@Test func durationsReadNaturally() {
    #expect(DurationText.label(millis: 850) == "850ms")
    #expect(DurationText.label(millis: 1234) == "1.23s")
    #expect(DurationText.label(millis: 12_345) == "12.3s")
    #expect(DurationText.label(nanos: 300_000_000_000) == "5m")
    #expect(DurationText.label(nanos: 3_900_000_000_000) == "1h5m")
    #expect(Percent.format(0.0523) == "5.2%")
    #expect(Percent.format(0.5) == "50%")
}

@Test func jsonWriterEscapesAndOrdersKeys() {
    var writer = JSONWriter()
    writer.object { json in
        json.field("b", 1)
        json.field("a", "x\"\n\u{1b}")
        json.key("list")
        json.array { list in
            list.value(1.5)
            list.value(Double.nan)
            list.value(nil as String?)
        }
        json.key("empty")
        json.object { _ in }
    }
    #expect(writer.text == #"{"b":1,"a":"x\"\n\u001b","list":[1.5,null,null],"empty":{}}"#)
}
