import OpsFormats
import OpsModel
import Testing

@testable import OpsUI

struct MessageTextTests {
    @Test func otelPartsBecomeRolesTextAndToolCalls() {
        let messages = MessageText.messages(TraceFixtures.messagesJSON)
        #expect(messages.map(\.heading) == ["system", "user", "assistant", "tool"])
        #expect(messages[1].paragraphs == ["Where is my order 42? It was due on Monday."])
        #expect(messages[2].paragraphs == ["→ lookup_order({\"order_id\":42})"])
        #expect(messages[3].paragraphs == ["← {\"status\":\"shipped\"}"])
    }

    @Test func olderContentStringsAndOpenAIToolCalls() {
        let text = """
            [{"role":"user","content":"hi\\nthere"},{"role":"assistant","content":null,\
            "tool_calls":[{"id":"1","type":"function","function":{"name":"search","arguments":"{\\"q\\":\\"x\\"}"}}]}]
            """
        let messages = MessageText.messages(text)
        #expect(messages.map(\.heading) == ["user", "assistant"])
        #expect(messages[0].paragraphs == ["hi\nthere"])
        #expect(messages[1].paragraphs == ["→ search({\"q\":\"x\"})"])
    }

    @Test func plainTextAndBrokenJSONStayAsTheyAre() {
        #expect(MessageText.messages("Summarise the ticket") == [.init(heading: nil, paragraphs: ["Summarise the ticket"])])
        #expect(MessageText.messages("[{\"role\": ") == [.init(heading: nil, paragraphs: ["[{\"role\": "])])
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(MessageText.messages(deep).first?.heading == nil)
    }

    @Test func jsonStringsDecodeEscapesAndSurrogates() {
        #expect(JSONValue.parse("\"a\\u00e9\\ud83d\\ude00\\\"\"") == .string("aé😀\""))
        #expect(JSONValue.parse("{\"a\":[1,true,null]}")?.compact == "{\"a\":[1,true,null]}")
        #expect(JSONValue.parse("[1,]") == nil)
    }
}
