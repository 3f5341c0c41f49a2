import Testing
@testable import OpsModel

@Test func traceIDsOfThirtyTwoHexDigitsAreStoredAsNumbersAndPrintedBack() {
    let id = TraceID("ece80428612e47ae0e211f7f8b9c6e45")
    #expect(id == .hex(0xece8_0428_612e_47ae, 0x0e21_1f7f_8b9c_6e45))
    #expect(id.description == "ece80428612e47ae0e211f7f8b9c6e45")
    #expect(TraceID("t-1") == .text("t-1"))
    #expect(TraceID("zzz80428612e47ae0e211f7f8b9c6e45") == .text("zzz80428612e47ae0e211f7f8b9c6e45"))
}

@Test func spanIDsOfSixteenHexDigitsKeepLeadingZeros() {
    #expect(SpanID("0225e310c0b4c117").description == "0225e310c0b4c117")
    #expect(SpanID("abc") == .text("abc"))
}

@Test func operationNamesMapToComponents() {
    #expect(Component(operationName: "chat") == .llm)
    #expect(Component(operationName: "embeddings") == .llm)
    #expect(Component(operationName: "execute_tool") == .tool)
    #expect(Component(operationName: "invoke_agent") == .query)
    #expect(Component(operationName: "retrieval") == .retrieval)
    #expect(Component(operationName: "dance") == nil)
}
