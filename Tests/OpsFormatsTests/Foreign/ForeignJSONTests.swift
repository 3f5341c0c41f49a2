import OpsModel
import Testing

@testable import OpsFormats

/// The typed accessors other tools' records are read with, on top of `JSONParser`.
struct ForeignJSONTests {
    private func record(_ bytes: [UInt8]) throws(ForeignProblem) -> ForeignJSON {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(ForeignProblem) in try ForeignJSON.parseObject(buffer) }
        }.get()
    }

    private func record(_ text: String) throws(ForeignProblem) -> ForeignJSON { try record(Array(text.utf8)) }

    private func problem(_ bytes: [UInt8], _ read: (ForeignJSON) throws(ForeignProblem) -> Void = { _ in }) -> String? {
        do {
            try read(try record(bytes))
            return nil
        } catch {
            return error.reason
        }
    }

    private func problem(_ text: String, _ read: (ForeignJSON) throws(ForeignProblem) -> Void = { _ in }) -> String? {
        problem(Array(text.utf8), read)
    }

    @Test func aLineMustBeOneObjectWithinTheDepthAndInUTF8() {
        let unreadable = "not readable JSON (a number out of range, or text that is not UTF-8)"
        #expect(problem("[1]") == "expected a JSON object")
        let deep = #"{"a":"# + String(repeating: "[", count: 128) + String(repeating: "]", count: 128) + "}"
        #expect(problem(deep) == "JSON nested deeper than 128 levels")
        #expect(problem(#"{"a":1e400}"#) == unreadable)
        #expect(problem(Array(#"{"a":""#.utf8) + [0xC3] + Array(#""}"#.utf8)) == unreadable)
        #expect(problem(#"{"a":"\ud800"}"#) == nil)
    }

    @Test func labelsAreTextOrExactWholeNumbers() throws {
        let json = try record(
            #"{"big":9007199254740993,"whole":12.0,"half":1.5,"flag":true,"text":"x","empty":"","nil":null}"#)
        #expect(try json.label("big") == "9007199254740993")
        #expect(try json.label("whole") == "12")
        #expect(try json.label("text") == "x")
        #expect(try json.label("empty") == nil)
        #expect(try json.label("nil") == nil)
        #expect(try json.label("absent") == nil)
        #expect(
            problem(#"{"half":1.5}"#) { json throws(ForeignProblem) in _ = try json.label("half") }
                == "half must be a string or a whole number")
        #expect(
            problem(#"{"flag":true}"#) { json throws(ForeignProblem) in _ = try json.label("flag") }
                == "flag must be a string")
    }

    @Test func countsMoneyFlagsAndTimesAreChecked() throws {
        let json = try record(
            #"{"n":1e3,"cost":8.4e-05,"ok":true,"yes":"TRUE","t":1795433851.467231,"iso":"2026-11-23T10:00:00Z"}"#)
        #expect(try json.count("n") == 1000)
        #expect(try json.money("cost") == 8.4e-05)
        #expect(try json.bool("ok") == true)
        #expect(try json.bool("yes") == true)
        #expect(try json.epochSeconds("t") == 1_795_433_851_467_231_000)
        #expect(try json.epochSeconds("iso") == 1_795_428_000_000_000_000)
        let cases: [(String, (ForeignJSON) throws(ForeignProblem) -> Void, String)] = [
            (#"{"n":"12"}"#, { json throws(ForeignProblem) in _ = try json.count("n") }, "n must be a whole number"),
            (#"{"n":true}"#, { json throws(ForeignProblem) in _ = try json.count("n") }, "n must be a whole number"),
            (
                #"{"n":-3}"#, { json throws(ForeignProblem) in _ = try json.count("n") },
                "n must not be negative (found -3)"
            ),
            (
                #"{"n":1e13}"#, { json throws(ForeignProblem) in _ = try json.count("n") },
                "n is out of range (found 10000000000000)"
            ),
            (
                #"{"c":-1}"#, { json throws(ForeignProblem) in _ = try json.money("c") },
                "c must not be negative (found -1.0)"
            ),
            (#"{"c":1e7}"#, { json throws(ForeignProblem) in _ = try json.money("c") }, "c is out of range"),
            (#"{"c":"1"}"#, { json throws(ForeignProblem) in _ = try json.money("c") }, "c must be a number"),
            (#"{"b":1}"#, { json throws(ForeignProblem) in _ = try json.bool("b") }, "b must be true or false"),
            (
                #"{"t":false}"#, { json throws(ForeignProblem) in _ = try json.epochSeconds("t") },
                "t must be epoch seconds (a number)"
            ),
            (
                #"{"t":-5}"#, { json throws(ForeignProblem) in _ = try json.epochSeconds("t") },
                "t is outside the years 1970 to 2200"
            ),
            (#"{"a":{}}"#, { json throws(ForeignProblem) in _ = try json.array("a") }, "a must be an array"),
            (#"{"s":5}"#, { json throws(ForeignProblem) in _ = try json.string("s") }, "s must be a string"),
        ]
        for (text, read, expected) in cases {
            #expect(problem(text, read) == expected, "\(text)")
        }
    }

    @Test func contentIsTextOrCompactJSONWithSortedKeys() throws {
        let json = try record(
            #"{"m":[{"role":"user","content":"a/b","n":1.0,"x":{"z":null,"B":[]}}],"s":"plain","n":3}"#)
        #expect(
            json["m"].flatMap(ForeignJSON.contentText)
                == #"[{"content":"a/b","n":1.0,"role":"user","x":{"B":[],"z":null}}]"#)
        #expect(json["s"].flatMap(ForeignJSON.contentText) == "plain")
        #expect(json["n"].flatMap(ForeignJSON.contentText) == nil)
        #expect(json.object("m") == nil)
        #expect(try json.array("m")?.count == 1)
    }
}
