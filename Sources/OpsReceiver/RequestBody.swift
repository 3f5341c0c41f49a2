import OpsFormats

/// Collects one request body within the receiver's limits: raw size, inflated size and the shared budget.
struct RequestBody {
    enum Failure: Error {
        case tooLarge(String)
        case corrupt(String)
        case overBudget
    }

    let limit: Int
    private(set) var rawBytes = 0
    private var plain: [UInt8] = []
    private let inflater: GzipInflater?
    /// Bytes of the shared budget this body holds.
    private(set) var reserved = 0

    init(limit: Int, gzip: Bool, expectedLength: Int?) throws(Failure) {
        self.limit = limit
        if gzip {
            do {
                inflater = try GzipInflater(limit: limit)
            } catch {
                throw .corrupt(error.description)
            }
        } else {
            inflater = nil
            plain.reserveCapacity(Swift.min(expectedLength ?? 0, limit, 1024 * 1024))
        }
    }

    /// Adds the next piece; `reserve` takes bytes from the shared budget and says whether it could.
    mutating func append(_ bytes: UnsafeRawBufferPointer, reserve: (Int) -> Bool) throws(Failure) {
        rawBytes += bytes.count
        guard rawBytes <= limit else {
            throw .tooLarge("request body is larger than the \(ByteSize.describe(limit)) limit (--max-body)")
        }
        let before = heldBytes
        if let inflater {
            do {
                try inflater.feed(bytes)
            } catch let GzipInflater.Failure.tooLarge(limit) {
                throw .tooLarge(
                    "inflated request body is larger than the \(ByteSize.describe(limit)) limit (--max-body)")
            } catch {
                throw .corrupt(error.description)
            }
        } else {
            plain.append(contentsOf: bytes)
        }
        let grown = heldBytes - before
        if grown > 0 {
            guard reserve(grown) else { throw .overBudget }
            reserved += grown
        }
    }

    private var heldBytes: Int { inflater?.output.count ?? plain.count }

    /// The whole (inflated) body.
    func finish() throws(Failure) -> [UInt8] {
        guard let inflater else { return plain }
        do {
            return try inflater.finish()
        } catch {
            throw .corrupt(error.description)
        }
    }
}
