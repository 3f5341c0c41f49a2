import NIOHTTP1

extension RequestTriage {
    /// The decision for a request on one of LangSmith's paths: bodies are JSON (multipart for `/runs/multipart`),
    /// optionally gzip; the token, when set, may come as `Authorization: Bearer` or as LangSmith's `x-api-key`.
    static func decide(
        _ route: LangSmithRoute, head: HTTPRequestHead, contentLength: Int?, service: ReceiverService
    ) -> Decision {
        let tooLong = (contentLength ?? 0) > service.configuration.maxBodyBytes
        func refuse(_ response: ReceiverResponse) -> Decision {
            var response = response
            if tooLong {
                response.close = true
                return .refuseNow(response)
            }
            return .refuseAfterBody(response)
        }
        if let token = service.configuration.token,
           !token.accepts(authorization: head.headers.first(name: "authorization")),
           !token.accepts(authorization: head.headers.first(name: "x-api-key").map { "Bearer " + $0 })
        {
            return refuse(.failure(.unauthorized, "missing or wrong token (x-api-key or Authorization: Bearer)",
                                   encoding: .json))
        }
        if case .info = route { return refuse(LangSmithAnswers.info(maxBodyBytes: service.configuration.maxBodyBytes)) }
        if tooLong, let contentLength {
            return .refuseNow(.failure(
                .payloadTooLarge,
                "Content-Length \(contentLength) is over the \(ByteSize.describe(service.configuration.maxBodyBytes)) limit (--max-body)",
                encoding: .json, close: true))
        }
        if case .multipart(nil) = route {
            return refuse(.failure(.unsupportedMediaType, "/runs/multipart takes multipart/form-data with a boundary",
                                   encoding: .json))
        }
        let contentEncoding = (head.headers.first(name: "content-encoding") ?? "identity").lowercased()
        let gzip: Bool
        switch contentEncoding {
        case "", "identity": gzip = false
        case "gzip", "x-gzip", "deflate": gzip = true
        default:
            // zstd is what the SDK would use, but only when /info says the server takes it: opstop's says not.
            return refuse(.failure(
                .unsupportedMediaType, "Content-Encoding '\(contentEncoding.prefix(40))' is not supported; use gzip or none",
                encoding: .json))
        }
        let signal = OTLPSignal.langSmith(route)
        if service.isOverloaded(signal) { return refuse(service.overloaded(.json)) }
        return .accept(signal, .json, gzip: gzip)
    }
}
