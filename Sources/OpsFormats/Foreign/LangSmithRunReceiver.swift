import OpsModel

/// Turns what the LangSmith SDK sends to its API into spans, exactly as LangSmith run files read.
///
/// One receiver holds the runs posted without an end until their patch arrives, across requests; it is not
/// thread-safe (the OTLP receiver keeps it behind a lock).
package struct LangSmithRunReceiver: Sendable {
    /// What one request gave.
    package struct Receipt: Sendable, Hashable {
        package var spans = 0
        package var held = 0
        package var rejected = 0
        /// Why the request could not be read at all, or why its first run was left out.
        package var problem: String?

        package init(spans: Int = 0, held: Int = 0, rejected: Int = 0, problem: String? = nil) {
            self.spans = spans
            self.held = held
            self.rejected = rejected
            self.problem = problem
        }
    }

    private var decoder: ForeignLineDecoder

    package init(keepContent: Bool) {
        decoder = ForeignLineDecoder(keepContent: keepContent, holdsRuns: true, readsMetrics: false)
    }

    /// Runs waiting for their patch.
    package var heldRuns: Int { decoder.book.count }

    /// A `POST /runs/batch` body: `{"post":[…],"patch":[…]}`.
    package mutating func receiveBatch(_ body: [UInt8], into sink: (Event) -> Void) -> Receipt {
        decode(.langSmithBatch, body, sink)
    }

    /// A `POST /runs` body: one run.
    package mutating func receiveRun(_ body: [UInt8], into sink: (Event) -> Void) -> Receipt {
        decode(.langSmithRun, body, sink)
    }

    /// A `PATCH /runs/<id>` body: the fields that end the run `id`.
    package mutating func receivePatch(_ body: [UInt8], id: String, into sink: (Event) -> Void) -> Receipt {
        let parsed = body.withUnsafeBytes { bytes in
            Result { () throws(ForeignProblem) in try ForeignJSON.parseObject(bytes) }
        }
        let patch: ForeignJSON
        switch parsed {
        case let .success(object): patch = object
        case let .failure(error): return Receipt(problem: "LangSmith patch: \(error.reason)")
        }
        var members = patch.object.members
        if patch["id"] == nil { members.insert(JSONObject.Member("id", .string(id)), at: 0) }
        return decodeBatch(posts: [], patches: [.object(JSONObject(members))], sink)
    }

    /// A `POST /runs/multipart` body with its boundary (see ``LangSmithMultipart``).
    package mutating func receiveMultipart(_ body: [UInt8], boundary: String, into sink: (Event) -> Void) -> Receipt {
        let batch: JSONValue
        do throws(ForeignProblem) {
            batch = try LangSmithMultipart.batch(body, boundary: boundary)
        } catch {
            return Receipt(problem: "LangSmith multipart: \(error.reason)")
        }
        return decode(.langSmithBatch, Array(batch.compact.utf8), sink)
    }

    /// The boundary of a `multipart/form-data` content type; nil for any other type.
    package static func multipartBoundary(contentType: String) -> String? {
        LangSmithMultipart.boundary(contentType: contentType)
    }

    private mutating func decodeBatch(posts: [JSONValue], patches: [JSONValue], _ sink: (Event) -> Void) -> Receipt {
        let batch = JSONValue.object(JSONObject([
            JSONObject.Member("post", .array(posts)), JSONObject.Member("patch", .array(patches)),
        ]))
        return decode(.langSmithBatch, Array(batch.compact.utf8), sink)
    }

    private mutating func decode(_ format: ForeignFormat, _ body: [UInt8], _ sink: (Event) -> Void) -> Receipt {
        let outcome = body.withUnsafeBytes { bytes in decoder.decode(format, bytes, into: sink) }
        switch outcome {
        case let .foreign(line):
            return Receipt(spans: line.events, held: line.held, rejected: line.rejected, problem: line.firstRejection)
        case let .malformed(reason):
            return Receipt(problem: reason)
        case .delivered, .blank, .ignored:
            return Receipt()
        }
    }
}
