import NIOHTTP1

extension RequestTriage {
    /// The decision for a request on one of LangSmith's paths: bodies are JSON (multipart for `/runs/multipart`),
    /// optionally gzip; the token, when set, may come as `Authorization: Bearer` or as LangSmith's `x-api-key`.
    static func decide(
        _ route: LangSmithRoute, head: HTTPRequestHead, contentLength: Int?, service: ReceiverService
    ) -> Decision {
        let tooLong = (contentLength ?? 0) > service.configuration.maxBodyBytes
        guard var response = refusal(route, head: head, contentLength: contentLength, service: service) else {
            let encoding = head.headers.first(name: "content-encoding")?.lowercased() ?? ""
            let gzip = encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate"
            return .accept(.langSmith(route), .json, gzip: gzip)
        }
        // A body over the limit is not read: answer now and close.
        if response.close || tooLong {
            response.close = true
            return .refuseNow(response)
        }
        return .refuseAfterBody(response)
    }

    /// The decision for a Langfuse score request: a JSON body, optionally gzip, the token as for LangSmith.
    static func decide(
        _ route: LangfuseRoute, head: HTTPRequestHead, contentLength: Int?, service: ReceiverService
    ) -> Decision {
        let limit = service.configuration.maxBodyBytes
        var refusal: ReceiverResponse?
        if let token = service.configuration.token,
           !token.accepts(authorization: head.headers.first(name: "authorization")),
           !token.accepts(authorization: head.headers.first(name: "x-api-key").map { "Bearer " + $0 })
        {
            refusal = .failure(.unauthorized, "missing or wrong token (Authorization: Bearer …)", encoding: .json)
        } else if let contentLength, contentLength > limit {
            refusal = .failure(
                .payloadTooLarge, "Content-Length \(contentLength) is over the \(ByteSize.describe(limit)) limit (--max-body)",
                encoding: .json, close: true)
        }
        let encoding = (head.headers.first(name: "content-encoding") ?? "identity").lowercased()
        switch encoding {
        case "", "identity", "gzip", "x-gzip", "deflate": break
        default:
            refusal = refusal ?? .failure(
                .unsupportedMediaType, "Content-Encoding '\(encoding.prefix(40))' is not supported; use gzip or none",
                encoding: .json)
        }
        if refusal == nil, service.isOverloaded(.langfuse(route)) { refusal = service.overloaded(.json) }
        guard var response = refusal else {
            return .accept(.langfuse(route), .json, gzip: encoding != "" && encoding != "identity")
        }
        if response.close || (contentLength ?? 0) > limit {
            response.close = true
            return .refuseNow(response)
        }
        return .refuseAfterBody(response)
    }

    /// The answer that takes the place of reading the runs (`/info` is one), or nil to read them.
    private static func refusal(
        _ route: LangSmithRoute, head: HTTPRequestHead, contentLength: Int?, service: ReceiverService
    ) -> ReceiverResponse? {
        let limit = service.configuration.maxBodyBytes
        if let token = service.configuration.token,
           !token.accepts(authorization: head.headers.first(name: "authorization")),
           !token.accepts(authorization: head.headers.first(name: "x-api-key").map { "Bearer " + $0 })
        {
            return .failure(.unauthorized, "missing or wrong token (x-api-key or Authorization: Bearer)", encoding: .json)
        }
        if case .info = route { return LangSmithAnswers.info(maxBodyBytes: limit) }
        if let contentLength, contentLength > limit {
            return .failure(
                .payloadTooLarge, "Content-Length \(contentLength) is over the \(ByteSize.describe(limit)) limit (--max-body)",
                encoding: .json, close: true)
        }
        if case .multipart(nil) = route {
            return .failure(.unsupportedMediaType, "/runs/multipart takes multipart/form-data with a boundary",
                            encoding: .json)
        }
        switch (head.headers.first(name: "content-encoding") ?? "identity").lowercased() {
        case "", "identity", "gzip", "x-gzip", "deflate": break
        case let other:
            // zstd is what the SDK would use, but only when /info says the server takes it: opstop's says not.
            return .failure(.unsupportedMediaType, "Content-Encoding '\(other.prefix(40))' is not supported; use gzip or none",
                            encoding: .json)
        }
        return service.isOverloaded(.langSmith(route)) ? service.overloaded(.json) : nil
    }
}
