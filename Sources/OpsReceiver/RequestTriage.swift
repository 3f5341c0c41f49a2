import NIOHTTP1

/// Decides from a request's head alone whether to take its body, in the order the checks matter.
enum RequestTriage {
    enum Decision {
        case accept(OTLPSignal, OTLPEncoding, gzip: Bool)
        /// Read and drop the body, then answer (the connection stays usable).
        case refuseAfterBody(ReceiverResponse)
        /// Answer now and close: the body is not read.
        case refuseNow(ReceiverResponse)
    }

    static func decide(
        _ head: HTTPRequestHead, encoding: OTLPEncoding?, contentLength: Int?, service: ReceiverService
    ) -> Decision {
        let limit = service.configuration.maxBodyBytes
        let tooLong = (contentLength ?? 0) > limit
        func refuse(_ response: ReceiverResponse) -> Decision {
            var response = response
            if tooLong {
                response.close = true
                return .refuseNow(response)
            }
            return .refuseAfterBody(response)
        }
        if let route = LangSmithRoute(method: head.method, uri: head.uri, contentType: head.headers.first(name: "content-type")) {
            return decide(route, head: head, contentLength: contentLength, service: service)
        }
        if let route = LangfuseRoute(method: head.method, uri: head.uri) {
            return decide(route, head: head, contentLength: contentLength, service: service)
        }
        guard let signal = OTLPSignal(path: head.uri) else {
            return refuse(.failure(.notFound, "no such path; OTLP/HTTP uses POST /v1/traces, /v1/metrics and /v1/logs",
                                   encoding: encoding))
        }
        guard head.method == .POST else {
            var response = ReceiverResponse.failure(
                .methodNotAllowed, "\(head.uri) takes POST only", encoding: encoding)
            response.extraHeaders.append(("Allow", "POST"))
            return refuse(response)
        }
        if let token = service.configuration.token, !token.accepts(authorization: head.headers.first(name: "authorization")) {
            var response = ReceiverResponse.failure(
                .unauthorized, "missing or wrong bearer token (Authorization: Bearer …)", encoding: encoding)
            response.extraHeaders.append(("WWW-Authenticate", "Bearer"))
            return refuse(response)
        }
        if tooLong, let contentLength {
            return .refuseNow(.failure(
                .payloadTooLarge,
                "Content-Length \(contentLength) is over the \(ByteSize.describe(limit)) limit (--max-body)",
                encoding: encoding, close: true))
        }
        guard let encoding else {
            let stated = head.headers.first(name: "content-type") ?? "none"
            return refuse(.failure(
                .unsupportedMediaType,
                "Content-Type '\(stated.prefix(80))' is not OTLP; send application/x-protobuf or application/json",
                encoding: nil))
        }
        let contentEncoding = (head.headers.first(name: "content-encoding") ?? "identity").lowercased()
        let gzip: Bool
        switch contentEncoding.trimmingCharacters(in: [" ", "\t"]) {
        case "", "identity": gzip = false
        case "gzip", "x-gzip", "deflate": gzip = true
        default:
            return refuse(.failure(
                .unsupportedMediaType, "Content-Encoding '\(contentEncoding.prefix(40))' is not supported; use gzip",
                encoding: encoding))
        }
        if service.isOverloaded(signal) { return refuse(service.overloaded(encoding)) }
        return .accept(signal, encoding, gzip: gzip)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> Substring {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return text
    }
}
