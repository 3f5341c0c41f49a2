import OpsModel
import OpsFormats
import Testing

private func decode(_ text: String) throws(PrometheusAPIError) -> PrometheusAPIResponse {
    try PrometheusAPIDecoder.decode(Array(text.utf8))
}

private func failure(_ text: String, maxBytes: Int = PrometheusAPIDecoder.defaultMaxBytes) -> PrometheusAPIError? {
    do {
        _ = try PrometheusAPIDecoder.decode(Array(text.utf8), maxBytes: maxBytes)
        return nil
    } catch {
        return error
    }
}

@Suite struct PrometheusAPIDecoderTests {
    @Test func vectorWithLabelsSpecialValuesAndWarnings() throws {
        let response = try decode(
            #"""
            {"status":"success","data":{"resultType":"vector","result":[
              {"metric":{"model":"gpt-4o","instance":"a:1"},"value":[1795447363.5,"0.25"]},
              {"metric":{},"value":[1795447363.5,"NaN"]},
              {"metric":{"le":"+Inf"},"value":[1795447363,"+Inf"]},
              {"metric":{},"value":[1795447363,"-1.5e-3"]}]},
             "warnings":["PromQL info: metric might not be a counter"]}
            """#)
        #expect(response.resultType == .vector)
        #expect(response.series.count == 4)
        #expect(response.series[0].labels == [Label("instance", "a:1"), Label("model", "gpt-4o")])
        #expect(response.series[0].points == [.init(time: 1795447363.5, value: 0.25)])
        #expect(response.series[1].value?.isNaN == true)
        #expect(response.series[2].value == .infinity)
        #expect(response.series[3].value == -0.0015)
        #expect(response.warnings == ["PromQL info: metric might not be a counter"])
    }

    @Test func matrixScalarAndString() throws {
        let matrix = try decode(
            #"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"x"},"values":[[1,"1"],[2,"3"]]}]}}"#
        )
        #expect(matrix.series[0].points == [.init(time: 1, value: 1), .init(time: 2, value: 3)])
        let scalar = try decode(#"{"status":"success","data":{"resultType":"scalar","result":[1795447363.1,"42"]}}"#)
        #expect(scalar.singleValue == 42)
        let string = try decode(#"{"status":"success","data":{"resultType":"string","result":[1,"hello"]}}"#)
        #expect(string.text == "hello")
        let empty = try decode(#"{"status":"success","data":{"resultType":"vector","result":[]}}"#)
        #expect(empty.series.isEmpty && empty.singleValue == nil)
    }

    @Test func anErrorEnvelopeCarriesTheServersTypeAndMessage() {
        let error = failure(#"{"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected"}"#)
        #expect(error == .rejected(type: "bad_data", message: "1:5: parse error: unexpected"))
        #expect(error?.description == "server rejected the query (bad_data): 1:5: parse error: unexpected")
    }

    @Test func hostileBodiesAreErrorsNotCrashes() {
        #expect(
            failure("<html><body>502 Bad Gateway</body></html>")
                == .notAPIResponse(
                    "body does not start with a JSON object (begins '<html><body>502 Bad Gateway</body></html')"))
        #expect(failure("") == .notAPIResponse("empty body"))
        #expect(failure("{\"status\":\"success\",") == .notAPIResponse("body is not valid JSON"))
        #expect(failure(#"{"data":{}}"#) == .notAPIResponse("no \"status\" field"))
        #expect(failure(#"{"status":"success"}"#) == .notAPIResponse("no \"data\" object"))
        #expect(
            failure(#"{"status":"success","data":{"resultType":"histogram","result":[]}}"#)
                == .notAPIResponse("unknown resultType"))
        #expect(
            failure(#"{"status":"success","data":{"resultType":"vector","result":{}}}"#)
                == .notAPIResponse("vector result is not an array"))
        #expect(
            failure(#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}}"#)
                == .notAPIResponse("a sample's value is not a number in a string"))
        #expect(
            failure(#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["x","2"]}]}}"#)
                == .notAPIResponse("a sample's time is not a number"))
        #expect(
            failure(
                #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"2"]}]}}"#)
                == .notAPIResponse("label a is not a string"))
        #expect(
            failure(
                #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"0x1p3"]}]}}"#)
                == .notAPIResponse("a sample's value is not a number in a string"))
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(failure("{\"status\":" + deep + "}") == .notAPIResponse("JSON nested deeper than 16 levels"))
    }

    @Test func aBodyOverTheLimitIsRefusedBeforeParsing() {
        let body =
            #"{"status":"success","data":{"resultType":"vector","result":[]}}"# + String(repeating: " ", count: 100)
        #expect(failure(body, maxBytes: 64) == .tooLarge(bytes: body.utf8.count, limit: 64))
        #expect(
            PrometheusAPIError.tooLarge(bytes: 25_000_000, limit: 20_000_000).description
                == "response exceeds the 20 MB limit (25000000 bytes read)")
    }
}

@Suite struct PrometheusLabelValuesDecoderTests {
    private func strings(_ text: String) -> Result<Set<String>, PrometheusAPIError> {
        do {
            return .success(try PrometheusAPIDecoder.decodeStrings(Array(text.utf8)))
        } catch {
            return .failure(error)
        }
    }

    @Test func labelValuesAreTheStringsOfTheDataArray() {
        #expect(strings(#"{"status":"success","data":["up","a\u00e9",3,null,"up"]}"#) == .success(["up", "aé"]))
        #expect(strings(#"{"status":"success","data":[]}"#) == .success([]))
    }

    @Test func anythingElseIsAnAPIError() {
        let noData = PrometheusAPIError.notAPIResponse("label values answer without a data array")
        #expect(strings(#"{"status":"error","data":["up"]}"#) == .failure(noData))
        #expect(strings(#"{"status":"success","data":{}}"#) == .failure(noData))
        #expect(strings(#"["up"]"#) == .failure(.notAPIResponse("body is not valid JSON")))
        #expect(strings("<html>") == .failure(.notAPIResponse("body is not valid JSON")))
        #expect(strings(#"{"status":"success","data":["up",]}"#) == .failure(.notAPIResponse("body is not valid JSON")))
        let deep = String(repeating: "[", count: 17) + String(repeating: "]", count: 17)
        #expect(strings(#"{"status":"success","data":\#(deep)}"#)
            == .failure(.notAPIResponse("JSON nested deeper than 16 levels")))
    }
}
