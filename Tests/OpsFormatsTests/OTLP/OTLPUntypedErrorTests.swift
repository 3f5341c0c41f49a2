import Testing
@testable import OpsModel
@testable import OpsFormats

/// Failed spans without `error.type` or an exception type are named from their status attributes and messages.
struct OTLPUntypedErrorTests {
    typealias M = OTLPSpanMappingTests

    func error(_ extra: String) throws -> SpanError? {
        let batch = try OTLPTestSupport.decodeJSON(M.request([extra]))
        #expect(batch.rejections == [])
        return try #require(batch.spans.first).error
    }

    @Test func theStatusMessageNamesAnHTTPStatus() throws {
        let failed = try error(#""status":{"code":2,"message":"Error code: 429 - {'error': {'message': 'Rate limit'}}"}"#)
        #expect(failed?.type == "HTTP 429")
        #expect(failed?.message == "Error code: 429 - {'error': {'message': 'Rate limit'}}")
    }

    @Test func statusAttributesNameItWhateverTheMessage() throws {
        for key in ["http.response.status_code", "http.status_code", "error_code", "exception_status"] {
            let failed = try error(M.attributes(M.int(key, 503)) + #","status":{"code":2,"message":"timed out"}"#)
            #expect(failed?.type == "HTTP 503", "\(key)")
        }
        let text = try error(M.attributes(M.string("error_code", "429")) + #","status":{"code":2}"#)
        #expect(text?.type == "HTTP 429")
        // A success status beside the error says nothing; the message still can.
        let ok = try error(M.attributes(M.int("http.response.status_code", 200)) + #","status":{"code":2,"message":"Request timed out."}"#)
        #expect(ok?.type == "timeout")
    }

    @Test func langfuseLevelErrorWithItsStatusMessageIsNamed() throws {
        let failed = try error(M.attributes(
            M.string("langfuse.observation.level", "ERROR"),
            M.string("langfuse.observation.status_message", "Error code: 500 - {'error': {'type': 'server_error'}}")))
        #expect(failed?.type == "HTTP 500")
    }

    @Test func statedTypesWinAndNothingUsefulStaysError() throws {
        let stated = try error(M.attributes(M.string("error.type", "BudgetExceeded"), M.int("error_code", 429))
            + #","status":{"code":2,"message":"Error code: 429"}"#)
        #expect(stated?.type == "BudgetExceeded")
        #expect(try error(#""status":{"code":2,"message":"boom"}"#)?.type == "error")
        #expect(try error(#""status":{"code":2}"#)?.type == "error")
    }

    @Test func hostileStatusValuesAreIgnored() throws {
        let cases = [
            #"{"key":"http.response.status_code","value":{"boolValue":true}}"#,
            #"{"key":"http.response.status_code","value":{"doubleValue":1e300}}"#,
            #"{"key":"http.response.status_code","value":{"intValue":"-429"}}"#,
            #"{"key":"http.response.status_code","value":{"intValue":"9223372036854775807"}}"#,
            #"{"key":"error_code","value":{"stringValue":"rate_limit_exceeded"}}"#,
            #"{"key":"error_code","value":{"arrayValue":{"values":[{"intValue":"429"}]}}}"#,
        ]
        for attribute in cases {
            #expect(try error(M.attributes(attribute) + #","status":{"code":2}"#)?.type == "error", "\(attribute)")
        }
    }
}
