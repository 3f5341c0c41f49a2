import OpsModel

/// Reads the LangSmith SDK's `POST /runs/multipart` body into the `{"post":[…],"patch":[…]}` batch it stands for.
///
/// The SDK sends one `multipart/form-data` part per run operation, named `post.<id>` or `patch.<id>` (the run
/// without its big fields), and one part per big field, `post.<id>.inputs`, `.outputs`, `.events`, `.extra`,
/// `.error` or `.serialized`, each holding JSON. `attachment.<id>.<name>` and `feedback.<id>` parts are skipped.
enum LangSmithMultipart {
    /// Most parts read from one body; the SDK sends a few per run.
    static let maxParts = 100_000
    static let fields: Set<Substring> = ["inputs", "outputs", "events", "extra", "error", "serialized"]

    /// The batch as a JSON object, runs in the order their first part came.
    static func batch(_ body: [UInt8], boundary: String) throws(ForeignProblem) -> JSONValue {
        var runs: [(operation: String, id: String, members: [JSONObject.Member])] = []
        var index: [String: Int] = [:]
        for part in try parts(body, boundary: boundary) {
            let pieces = part.name.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
            guard pieces.count >= 2, pieces[0] == "post" || pieces[0] == "patch", !pieces[1].isEmpty else { continue }
            if pieces.count == 3, !fields.contains(pieces[2]) { continue }
            let value: JSONValue
            do {
                value = try JSONParser.parse(Array(part.body), maxDepth: ForeignJSON.maxDepth)
            } catch {
                throw ForeignProblem("part \(part.name.prefix(80)): \(error.description)")
            }
            let key = String(pieces[0]) + "." + String(pieces[1])
            let position = index[key] ?? {
                runs.append((String(pieces[0]), String(pieces[1]), []))
                index[key] = runs.count - 1
                return runs.count - 1
            }()
            if pieces.count == 3 {
                runs[position].members.append(JSONObject.Member(String(pieces[2]), value))
            } else {
                guard case let .object(object) = value else {
                    throw ForeignProblem("part \(part.name.prefix(80)) is not a JSON object")
                }
                runs[position].members.insert(contentsOf: object.members, at: 0)
            }
        }
        var posts: [JSONValue] = []
        var patches: [JSONValue] = []
        for run in runs {
            var members = run.members
            if !members.contains(where: { $0.key == "id" }) { members.insert(JSONObject.Member("id", .string(run.id)), at: 0) }
            let object = JSONValue.object(JSONObject(members))
            if run.operation == "post" { posts.append(object) } else { patches.append(object) }
        }
        return .object(JSONObject([JSONObject.Member("post", .array(posts)), JSONObject.Member("patch", .array(patches))]))
    }

    /// The boundary of a `multipart/form-data` content type; nil for any other type.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: " \t") }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            var value = piece.dropFirst("boundary=".count)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return value.isEmpty || value.utf8.count > 200 ? nil : String(value)
        }
        return nil
    }

    struct Part {
        var name: String
        var body: ArraySlice<UInt8>
    }

    /// The named parts of the body, in order.
    static func parts(_ body: [UInt8], boundary: String) throws(ForeignProblem) -> [Part] {
        let delimiter = Array(("--" + boundary).utf8)
        guard var cursor = find(delimiter, in: body, from: 0) else {
            throw ForeignProblem("no multipart boundary '\(boundary.prefix(80))' in the body")
        }
        var parts: [Part] = []
        while true {
            cursor += delimiter.count
            if body[cursor...].starts(with: Array("--".utf8)) { return parts }
            guard let headStart = find(Array("\r\n".utf8), in: body, from: cursor).map({ $0 + 2 }),
                  let headEnd = find(Array("\r\n\r\n".utf8), in: body, from: headStart - 2)
            else { throw ForeignProblem("a multipart part without its headers") }
            // A part without headers ends its header block at the boundary line's own CRLF.
            let head = headEnd > headStart ? String(decoding: body[headStart..<headEnd], as: UTF8.self) : ""
            let contentStart = headEnd + 4
            guard let next = find(Array("\r\n".utf8) + delimiter, in: body, from: contentStart) else {
                throw ForeignProblem("the multipart body ends inside a part (no closing boundary)")
            }
            guard parts.count < maxParts else { throw ForeignProblem("more than \(maxParts) multipart parts") }
            if let name = name(inHead: head) { parts.append(Part(name: name, body: body[contentStart..<next])) }
            cursor = next + 2
        }
    }

    /// The `name` of the part's `Content-Disposition: form-data; name="…"` header.
    static func name(inHead head: String) -> String? {
        let marker = Array("name=\"".utf8)
        for line in head.split(separator: "\r\n") {
            let bytes = Array(line.utf8)
            guard String(decoding: bytes.prefix(20), as: UTF8.self).lowercased() == "content-disposition:",
                  let start = find(marker, in: bytes, from: 0).map({ $0 + marker.count }),
                  let end = bytes[start...].firstIndex(of: UInt8(ascii: "\""))
            else { continue }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0, bytes.count >= needle.count, start <= bytes.count - needle.count else {
            return nil
        }
        let first = needle[0]
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var text = self
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return text
    }
}
