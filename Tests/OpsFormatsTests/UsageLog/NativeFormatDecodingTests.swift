import Testing
@testable import OpsModel

// Lines copied from the opstop native sample (samples/opstop-native-events.jsonl).
private let chatLine = #"""
{"v":1,"kind":"span","trace_id":"ece80428612e47ae0e211f7f8b9c6e45","span_id":"ff7b8f7d5f8481aa","parent_span_id":"dc2974f81e146a31","name":"chat gpt-4o-mini","start_time_unix_nano":"1795433580827749312","end_time_unix_nano":"1795433581667749312","duration_ms":840.0,"status":"unset","service.name":"support-bot","deployment.environment.name":"prod","gen_ai.operation.name":"chat","gen_ai.provider.name":"openai","gen_ai.request.model":"gpt-4o-mini","gen_ai.conversation.id":"conv_5j66UpCpwteGg4YSxUnt7lPY","gen_ai.request.temperature":0.2,"gen_ai.request.max_tokens":512,"server.address":"api.openai.com","server.port":443,"gen_ai.response.model":"gpt-4o-mini-2024-07-18","gen_ai.response.id":"chatcmpl-9xYz","gen_ai.response.finish_reasons":["tool_calls"],"gen_ai.usage.input_tokens":412,"gen_ai.usage.output_tokens":38,"gen_ai.usage.cache_read.input_tokens":256,"gen_ai.input.messages":[{"role":"user","parts":[{"type":"text","content":"Where is order 1234?"}]}],"gen_ai.output.messages":[{"role":"assistant","parts":[{"type":"tool_call","id":"call_mszuSIzqtI65i1wAUOE8w5H4","name":"lookup_order","arguments":{"order_id":"1234"}}],"finish_reason":"tool_call"}],"opstop.cost.usd":6.54e-05,"opstop.cost.source":"price_table:litellm"}
"""#

private let toolLine = #"""
{"v":1,"kind":"span","trace_id":"ece80428612e47ae0e211f7f8b9c6e45","span_id":"0225e310c0b4c117","parent_span_id":"dc2974f81e146a31","name":"execute_tool lookup_order","start_time_unix_nano":"1795433581669749312","end_time_unix_nano":"1795433581806749312","duration_ms":137.0,"status":"unset","service.name":"support-bot","deployment.environment.name":"prod","gen_ai.operation.name":"execute_tool","gen_ai.tool.name":"lookup_order","gen_ai.tool.type":"function","gen_ai.tool.call.id":"call_mszuSIzqtI65i1wAUOE8w5H4","gen_ai.tool.call.arguments":{"order_id":"1234"},"gen_ai.tool.call.result":{"status":"shipped","eta":"2025-10-03"}}
"""#

private let rootLine = #"""
{"v":1,"kind":"span","trace_id":"ece80428612e47ae0e211f7f8b9c6e45","span_id":"dc2974f81e146a31","parent_span_id":null,"name":"invoke_agent support_bot","start_time_unix_nano":"1795433580824749312","end_time_unix_nano":"1795433583022749312","duration_ms":2198.0,"status":"unset","service.name":"support-bot","deployment.environment.name":"prod","gen_ai.operation.name":"invoke_agent","gen_ai.agent.name":"support_bot","gen_ai.provider.name":"openai","gen_ai.conversation.id":"conv_5j66UpCpwteGg4YSxUnt7lPY","user.id":"u_123","gen_ai.usage.input_tokens":910,"gen_ai.usage.output_tokens":99}
"""#

private let failedChatLine = #"""
{"v":1,"kind":"span","trace_id":"75a8f22a4baff9a065fe1e5ebe643d03","span_id":"8a9252d78e7fe950","parent_span_id":"dea398256d844ad4","name":"chat gpt-4o-mini","start_time_unix_nano":"1795433583524749312","end_time_unix_nano":"1795433583574749312","duration_ms":50.0,"status":"error","service.name":"support-bot","deployment.environment.name":"prod","gen_ai.operation.name":"chat","gen_ai.provider.name":"openai","gen_ai.request.model":"gpt-4o-mini","gen_ai.conversation.id":"conv_5j66UpCpwteGg4YSxUnt7lPY","gen_ai.request.temperature":0.2,"gen_ai.request.max_tokens":512,"server.address":"api.openai.com","server.port":443,"error.type":"rate_limit_exceeded","error.message":"429 Too Many Requests","opstop.error.category":"transient"}
"""#

private let toolBreakerLine = #"""
{"v":1,"kind":"breaker","time_unix_nano":"1795433588138749312","breaker.name":"tool:cancel_order","breaker.target_type":"tool","gen_ai.tool.name":"cancel_order","breaker.state":"open","breaker.previous_state":"closed","breaker.reason":"3 consecutive failures (db_connection_lost)","breaker.source":"app"}
"""#

private let providerBreakerLine = #"""
{"v":1,"kind":"breaker","time_unix_nano":"1795433588139749312","breaker.name":"provider:openai","breaker.target_type":"provider","gen_ai.provider.name":"openai","breaker.state":"half_open","breaker.previous_state":"open","breaker.source":"app"}
"""#

private let budgetLine = #"""
{"v":1,"kind":"budget","time_unix_nano":"1795433588140749312","budget.name":"daily","budget.window":"1d","budget.limit_usd":100.0,"budget.spent_usd":85.2,"budget.event":"threshold_crossed","budget.threshold":0.85}
"""#

@Test func sampleChatSpanDecodesEveryField() throws {
    let span = try #require(decodeLine(chatLine).span)
    #expect(span.traceID == .hex(0xece8_0428_612e_47ae, 0x0e21_1f7f_8b9c_6e45))
    #expect(span.spanID == .hex(0xff7b_8f7d_5f84_81aa))
    #expect(span.parentID == .hex(0xdc29_74f8_1e14_6a31))
    #expect(span.name == "chat gpt-4o-mini")
    #expect(span.component == .llm)
    #expect(span.status == .unset)
    #expect(span.startNanos == 1_795_433_580_827_749_312)
    #expect(span.endNanos == 1_795_433_581_667_749_312)
    #expect(span.provider == "openai")
    #expect(span.requestModel == "gpt-4o-mini")
    #expect(span.responseModel == "gpt-4o-mini-2024-07-18")
    #expect(span.serviceName == "support-bot")
    #expect(span.conversationID == "conv_5j66UpCpwteGg4YSxUnt7lPY")
    #expect(span.usage == TokenUsage(input: 412, output: 38, cacheRead: 256))
    #expect(span.reportedCostUSD == 6.54e-05)
    #expect(span.error == nil)
    #expect(span.content?.input == #"[{"role":"user","parts":[{"type":"text","content":"Where is order 1234?"}]}]"#)
    #expect(span.content?.output?.hasPrefix(#"[{"role":"assistant","parts":[{"type":"tool_call""#) == true)
    #expect(span.content?.output?.hasSuffix(#""finish_reason":"tool_call"}]"#) == true)
}

@Test func contentIsDroppedWhenNotWanted() throws {
    let span = try #require(decodeLine(chatLine, keepContent: false).span)
    #expect(span.content == nil)
    #expect(span.usage.input == 412)
}

@Test func sampleToolSpanIsAToolComponent() throws {
    let span = try #require(decodeLine(toolLine).span)
    #expect(span.component == .tool)
    #expect(span.tool == "lookup_order")
    #expect(span.name == "execute_tool lookup_order")
    #expect(span.durationNanos == 137_000_000)
    #expect(span.usage.isZero)
    #expect(span.reportedCostUSD == nil)
}

@Test func sampleRootSpanHasNoParentAndAUser() throws {
    let span = try #require(decodeLine(rootLine).span)
    #expect(span.isRoot)
    #expect(span.component == .query)
    #expect(span.userID == "u_123")
    #expect(span.usage == TokenUsage(input: 910, output: 99))
}

@Test func sampleFailedChatCarriesItsError() throws {
    let span = try #require(decodeLine(failedChatLine).span)
    #expect(span.status == .error)
    #expect(span.error == SpanError(type: "rate_limit_exceeded", message: "429 Too Many Requests", statedCategory: .transient))
}

@Test func sampleBreakersTargetWhatTheyGuard() throws {
    let tool = try #require(decodeLine(toolBreakerLine).breaker)
    #expect(tool == BreakerEvent(timeNanos: 1_795_433_588_138_749_312, target: "cancel_order", targetType: "tool",
                                 state: .open, reason: "3 consecutive failures (db_connection_lost)"))
    let provider = try #require(decodeLine(providerBreakerLine).breaker)
    #expect(provider == BreakerEvent(timeNanos: 1_795_433_588_139_749_312, target: "openai", targetType: "provider",
                                     state: .halfOpen))
}

@Test func breakerTargetFollowsTheStatedTargetType() throws {
    let line = #"{"kind":"breaker","ts":1795433588,"breaker.state":"closed","breaker.target_type":"model","#
        + #""gen_ai.tool.name":"t","gen_ai.provider.name":"p","gen_ai.request.model":"m"}"#
    #expect(decodeLine(line).breaker?.target == "m")
    let untyped = #"{"kind":"breaker","ts":1795433588,"breaker.state":"closed","#
        + #""gen_ai.provider.name":"p","gen_ai.request.model":"m"}"#
    #expect(decodeLine(untyped).breaker?.target == "m")
    #expect(decodeLine(untyped).breaker?.targetType == "model")
    let named = #"{"kind":"breaker","time":"2026-11-23T12:00:00Z","breaker.name":"db","breaker.state":"OPEN"}"#
    #expect(decodeLine(named).breaker == BreakerEvent(timeNanos: RFC3339.parse("2026-11-23T12:00:00Z") ?? 0,
                                                      target: "db", state: .open))
}

@Test func breakerProblemsAreNamed() {
    #expect(decodeLine(#"{"kind":"breaker","breaker.name":"x","breaker.state":"open"}"#).reason
        == "breaker without a time (time_unix_nano, time or ts)")
    #expect(decodeLine(#"{"kind":"breaker","ts":1795433588,"breaker.name":"x"}"#).reason == "breaker without breaker.state")
    #expect(decodeLine(#"{"kind":"breaker","ts":1795433588,"breaker.name":"x","state":"ajar"}"#).reason
        == "unknown breaker state 'ajar' (expected closed, open or half_open)")
    #expect(decodeLine(#"{"kind":"breaker","ts":1795433588,"state":"open"}"#).reason
        == "breaker without a target or breaker.name")
}

@Test func sampleBudgetLineDecodes() throws {
    let budget = try #require(decodeLine(budgetLine).budget)
    #expect(budget == BudgetEvent(timeNanos: 1_795_433_588_140_749_312, name: "daily", limitUSD: 100, spentUSD: 85.2,
                                  event: "threshold_crossed"))
    #expect(decodeLine(#"{"kind":"budget","ts":1795433588}"#).reason == "budget without budget.name")
    #expect(decodeLine(#"{"kind":"budget","budget.name":"d"}"#).reason == "budget without a time (time_unix_nano, time or ts)")
}

@Test func keysAreAlsoReadInsideAttributesAndResource() throws {
    let line = #"{"trace_id":"t1","span_id":"s1","name":"n","start_time":"2026-11-23T12:00:00Z","duration_ms":5,"#
        + #""resource":{"attributes":{"service.name":"billing","gen_ai.request.model":"ignored"}},"#
        + #""attributes":{"gen_ai.operation.name":"chat","gen_ai.request.model":"claude","gen_ai.provider.name":"anthropic","#
        + #""gen_ai.usage.input_tokens":7,"gen_ai.usage.output_tokens":3,"gen_ai.usage.cache_creation.input_tokens":2,"#
        + #""gen_ai.usage.reasoning.output_tokens":1,"user.id":"u","session.id":"s","error.type":"E","#
        + #""attributes":{"gen_ai.request.model":"too-deep"}}}"#
    let span = try #require(decodeLine(line).span)
    #expect(span.traceID == .text("t1"))
    #expect(span.spanID == .text("s1"))
    #expect(span.serviceName == "billing")
    #expect(span.requestModel == "claude")
    #expect(span.provider == "anthropic")
    #expect(span.component == .llm)
    #expect(span.usage == TokenUsage(input: 7, output: 3, cacheRead: 0, cacheCreation: 2, reasoning: 1))
    #expect(span.userID == "u")
    #expect(span.sessionID == "s")
    #expect(span.status == .error)
    #expect(span.error?.type == "E")
    #expect(span.durationNanos == 5_000_000)
    let resourceService = #"{"ts":1795433580,"duration_ms":1,"resource":{"service.name":"api"}}"#
    #expect(decodeLine(resourceService).span?.serviceName == "api")
}

@Test func unknownKindsAreIgnoredAndNonObjectsAreMalformed() {
    #expect(decodeLine(#"{"kind":"metric","value":"anything","input_tokens":"x"}"#).isIgnored)
    #expect(decodeLine(#"{"kind":7}"#).isIgnored)
    #expect(decodeLine(#"[1,2,3]"#).reason == "expected a JSON object, found an array")
    #expect(decodeLine(#" "text" "#).reason == "expected a JSON object, found a string")
    #expect(decodeLine(#"42"#).reason == "expected a JSON object, found a number")
    #expect(decodeLine(#"-1.5e3"#).reason == "expected a JSON object, found a number")
    #expect(decodeLine(#"null"#).reason == "expected a JSON object, found null")
    #expect(decodeLine(#"true"#).reason == "expected a JSON object, found true")
    #expect(decodeLine(#"false"#).reason == "expected a JSON object, found false")
    #expect(decodeLine(#"{"kind":"SPAN","ts":1795433580,"duration_ms":1}"#).span != nil)
    #expect(decodeLine(#"{"v":1,"ts":1795433580,"duration_ms":1}"#).span != nil)
}

@Test func blankLinesAreBlank() {
    #expect(decodeLine("").isBlank)
    #expect(decodeLine("   \t \r").isBlank)
    #expect(decodeBytes([0xEF, 0xBB, 0xBF]).isBlank)
    #expect(decodeBytes([0xEF, 0xBB, 0xBF] + Array(#"{"ts":1795433580,"duration_ms":1}"#.utf8)).span != nil)
}
