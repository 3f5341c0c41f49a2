import CCurl
import Foundation
import OpsFormats

/// One HTTP request with libcurl, blocking its caller: a total deadline, a cap on the body, and
/// gzip inflated as it streams by the shared ``GzipInflater``.
///
/// URLSession on Linux inflates gzip itself and hands the body to its delegate asynchronously, so
/// a 1 MB gzip bomb had grown to gigabytes before a cancel took effect. Here the body arrives
/// in libcurl's synchronous write callback: the inflater stops at the cap, and returning short
/// from the callback ends the transfer at once. Memory stays within the cap plus one 64 KiB step.
package enum HTTPFetch {
    package struct Request: Sendable {
        package var url: String
        package var headers: [String]
        /// Sent as the body of a POST; nil makes a GET.
        package var postBody: [UInt8]?
        /// Connecting, sending and receiving together.
        package var timeoutSeconds: Double
        /// The largest body kept, after inflating.
        package var maxBodyBytes: Int

        package init(
            url: String, headers: [String] = [], postBody: [UInt8]? = nil, timeoutSeconds: Double, maxBodyBytes: Int
        ) {
            self.url = url
            self.headers = headers
            self.postBody = postBody
            self.timeoutSeconds = timeoutSeconds
            self.maxBodyBytes = maxBodyBytes
        }
    }

    package struct Response: Sendable {
        package var status: Int
        package var contentType: String?
        package var body: [UInt8]
    }

    package enum Failure: Error, Sendable, Hashable {
        case refused
        case hostNotFound
        /// The deadline passed; `received` body bytes had arrived (raw, before inflating).
        case timedOut(received: Int)
        /// The body, inflated, would pass `limit`.
        case tooLarge(limit: Int)
        case connectionLost
        case badResponse
        /// A gzip body that does not inflate, or an encoding opstop does not read.
        case undecodable(String)
        case tls(String)
        case other(String)
    }

    /// libcurl must be set up once per process before any handle is made.
    private static let initialised: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// Sends the request and waits for the whole answer (or the deadline).
    package static func perform(_ request: Request) -> Result<Response, Failure> {
        guard initialised, let handle = curl_easy_init() else { return .failure(.other("libcurl could not start")) }
        defer { curl_easy_cleanup(handle) }
        let transfer = Transfer(limit: request.maxBodyBytes)
        var headerList: UnsafeMutablePointer<curl_slist>?
        for header in request.headers { headerList = curl_slist_append(headerList, header) }
        defer { curl_slist_free_all(headerList) }
        let milliseconds = Int(Swift.max(1, (request.timeoutSeconds * 1000).rounded(.up)))
        let code: CURLcode = withExtendedLifetime(transfer) {
            let context = Unmanaged.passUnretained(transfer).toOpaque()
            _ = ccurl_setopt_pointer(handle, CURLOPT_URL, request.url)
            _ = ccurl_setopt_pointer(handle, CURLOPT_PROTOCOLS_STR, "http,https")
            _ = ccurl_setopt_pointer(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
            _ = ccurl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 1)
            _ = ccurl_setopt_long(handle, CURLOPT_MAXREDIRS, 5)
            _ = ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
            _ = ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, milliseconds)
            _ = ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
            // Ask for gzip but inflate it here, bounded; curl passes the body as it came.
            _ = ccurl_setopt_pointer(handle, CURLOPT_ACCEPT_ENCODING, "gzip")
            _ = ccurl_setopt_long(handle, CURLOPT_HTTP_CONTENT_DECODING, 0)
            _ = ccurl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headerList)
            if let body = request.postBody {
                _ = ccurl_setopt_long(handle, CURLOPT_POSTFIELDSIZE, body.count)
                _ = body.withUnsafeBytes { ccurl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
            }
            _ = ccurl_setopt_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
                guard let data, let context else { return 0 }
                let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
                Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue().header(bytes)
                return size * count
            }
            _ = ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
            _ = ccurl_setopt_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
                guard let data, let context else { return 0 }
                let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
                // Anything short of the whole piece makes curl end the transfer at once.
                return Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue().body(bytes) ? size * count : 0
            }
            _ = ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
            return curl_easy_perform(handle)
        }
        if let failure = transfer.failure { return .failure(failure) }
        guard code == CURLE_OK else { return .failure(failure(code, received: transfer.received)) }
        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        switch transfer.finish() {
        case let .success(body): return .success(Response(status: status, contentType: transfer.contentType, body: body))
        case let .failure(failure): return .failure(failure)
        }
    }

    private static func failure(_ code: CURLcode, received: Int) -> Failure {
        switch code {
        case CURLE_COULDNT_CONNECT: return .refused
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return .hostNotFound
        case CURLE_OPERATION_TIMEDOUT: return .timedOut(received: received)
        case CURLE_RECV_ERROR, CURLE_PARTIAL_FILE, CURLE_GOT_NOTHING, CURLE_SEND_ERROR: return .connectionLost
        case CURLE_WEIRD_SERVER_REPLY, CURLE_BAD_CONTENT_ENCODING: return .badResponse
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CACERT_BADFILE:
            return .tls(String(cString: curl_easy_strerror(code)))
        default: return .other(String(cString: curl_easy_strerror(code)))
        }
    }

    /// What one transfer gathered, filled by curl's callbacks on the calling thread.
    private final class Transfer {
        let limit: Int
        var received = 0
        var contentType: String?
        var contentEncoding: String?
        var plain: [UInt8] = []
        var inflater: GzipInflater?
        var startedBody = false
        var failure: Failure?

        init(limit: Int) {
            self.limit = limit
        }

        /// One header line; a status line (of a redirect's next answer) starts over.
        func header(_ bytes: UnsafeRawBufferPointer) {
            let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if line.hasPrefix("HTTP/") {
                contentType = nil
                contentEncoding = nil
                return
            }
            guard let colon = line.firstIndex(of: ":") else { return }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-type" { contentType = value }
            if name == "content-encoding" { contentEncoding = value.lowercased() }
        }

        /// One piece of the body; false stops the transfer.
        func body(_ bytes: UnsafeRawBufferPointer) -> Bool {
            received += bytes.count
            if !startedBody {
                startedBody = true
                switch contentEncoding {
                case nil, "identity", "": break
                case "gzip", "x-gzip", "deflate":
                    do throws(GzipInflater.Failure) {
                        inflater = try GzipInflater(limit: limit)
                    } catch {
                        failure = .undecodable(error.description)
                        return false
                    }
                case let other?:
                    failure = .undecodable("Content-Encoding '\(other)' is not gzip")
                    return false
                }
            }
            guard received <= limit else {
                failure = .tooLarge(limit: limit)
                return false
            }
            if let inflater {
                do throws(GzipInflater.Failure) {
                    try inflater.feed(bytes)
                } catch {
                    if case .tooLarge = error { failure = .tooLarge(limit: limit) } else { failure = .undecodable(error.description) }
                    return false
                }
            } else {
                plain.append(contentsOf: bytes)
            }
            return true
        }

        func finish() -> Result<[UInt8], Failure> {
            guard let inflater else { return .success(plain) }
            do throws(GzipInflater.Failure) {
                return .success(try inflater.finish())
            } catch {
                return .failure(.undecodable(error.description))
            }
        }
    }
}
