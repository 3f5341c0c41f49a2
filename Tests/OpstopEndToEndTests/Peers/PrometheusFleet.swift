import Foundation
import Glibc

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Debian's Prometheus server scraping two replicas of `fleet_app.py` every second, all on 127.0.0.1.
///
/// Replica "a" carries the label `replica="a"`, replica "b" `replica="b"`, both in job `support-bot`.
/// `stop()` kills everything; call it in a `defer` right after `start()`.
final class PrometheusFleet {
    let directory: URL
    private(set) var replicas: [String: (process: PeerProcess, port: Int)] = [:]
    private(set) var prometheus: PeerProcess?
    private(set) var port = 0

    var baseURL: String { "http://127.0.0.1:\(port)" }

    init() throws {
        directory = try OpstopBinary.temporaryDirectory()
    }

    /// Starts both replicas and the server; returns once Prometheus is ready and both targets are up.
    func start(python: String, prometheusBinary: String) throws {
        for name in ["a", "b"] {
            let process = try PeerProcess(
                name: "replica-\(name)", executable: python,
                arguments: ["-u", TestPeers.script("fleet_app.py"), "--replica", name], directory: directory)
            replicas[name] = (process, 0)
            let portText = try process.waitForOutput { output in
                output.split(separator: "\n").first { $0.hasPrefix("PORT ") }.map { String($0.dropFirst(5)) }
            }
            replicas[name] = (process, Int(portText) ?? 0)
        }
        try startPrometheus(prometheusBinary)
        try waitUntil(seconds: 30, "both targets up") {
            let targets = try? self.get("/api/v1/targets")
            return targets.map { $0.components(separatedBy: "\"health\":\"up\"").count - 1 == 2 } ?? false
        }
    }

    private func startPrometheus(_ binary: String) throws {
        let config = """
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: support-bot
                static_configs:
                  - targets: ['127.0.0.1:\(replicas["a"]?.port ?? 0)']
                    labels: {replica: a}
                  - targets: ['127.0.0.1:\(replicas["b"]?.port ?? 0)']
                    labels: {replica: b}

            """
        let configURL = directory.appendingPathComponent("prometheus.yml")
        try config.write(to: configURL, atomically: true, encoding: .utf8)
        var lastError: (any Error)?
        for attempt in 0..<3 {
            port = try Self.freePort()
            let process = try PeerProcess(
                name: "prometheus-\(attempt)", executable: binary,
                arguments: [
                    "--config.file=\(configURL.path)",
                    "--storage.tsdb.path=\(directory.appendingPathComponent("data-\(attempt)").path)",
                    "--web.listen-address=127.0.0.1:\(port)",
                    "--log.level=warn",
                ], directory: directory)
            prometheus = process
            do {
                try waitUntil(seconds: 30, "prometheus ready") {
                    guard process.isRunning else {
                        throw PeerFailure("prometheus exited: \(process.output.suffix(2000))")
                    }
                    return (try? self.get("/-/ready")) != nil
                }
                return
            } catch {
                lastError = error
                process.stop()
            }
        }
        throw lastError ?? PeerFailure("prometheus did not start")
    }

    /// Tells a replica to record its observations.
    func record(_ replica: String) throws {
        guard let port = replicas[replica]?.port else { throw PeerFailure("no replica \(replica)") }
        _ = try Self.httpGet("http://127.0.0.1:\(port)/record")
    }

    /// Stops the server only (the replicas keep running), for fault tests.
    func stopPrometheus() {
        prometheus?.stop()
    }

    func stop() {
        prometheus?.stop()
        for (_, replica) in replicas { replica.process.stop() }
        try? FileManager.default.removeItem(at: directory)
    }

    /// An instant query answered by the server itself, at `time` (Unix seconds) when given: the result's samples.
    func query(_ promql: String, time: Double? = nil) throws -> [(labels: [String: String], value: Double)] {
        var components = URLComponents(string: baseURL + "/api/v1/query")
        components?.queryItems =
            [URLQueryItem(name: "query", value: promql)]
            + (time.map { [URLQueryItem(name: "time", value: String($0))] } ?? [])
        guard let url = components?.url else { throw PeerFailure("bad query \(promql)") }
        let body = try Self.httpGet(url.absoluteString)
        guard let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
            json["status"] as? String == "success", let data = json["data"] as? [String: Any],
            let result = data["result"] as? [[String: Any]]
        else { throw PeerFailure("unexpected answer to \(promql): \(body.prefix(500))") }
        return result.map { item in
            let pair = item["value"] as? [Any] ?? []
            let text = pair.count == 2 ? pair[1] as? String ?? "NaN" : "NaN"
            return (item["metric"] as? [String: String] ?? [:], Double(text) ?? .nan)
        }
    }

    /// The raw samples of a range-vector query (`metric[1m]`), one list of (time, value) per series.
    func samples(_ promql: String, time: Double) throws -> [[(time: Double, value: Double)]] {
        var components = URLComponents(string: baseURL + "/api/v1/query")
        components?.queryItems = [URLQueryItem(name: "query", value: promql), URLQueryItem(name: "time", value: String(time))]
        guard let url = components?.url else { throw PeerFailure("bad query \(promql)") }
        let body = try Self.httpGet(url.absoluteString)
        guard let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
            let data = json["data"] as? [String: Any], data["resultType"] as? String == "matrix",
            let result = data["result"] as? [[String: Any]]
        else { throw PeerFailure("unexpected answer to \(promql): \(body.prefix(500))") }
        return result.map { item in
            (item["values"] as? [[Any]] ?? []).map { pair in
                ((pair.first as? NSNumber)?.doubleValue ?? .nan, Double(pair.last as? String ?? "") ?? .nan)
            }
        }
    }

    /// The single value of an instant query (NaN when it has none).
    func value(_ promql: String, time: Double? = nil) throws -> Double {
        try query(promql, time: time).first?.value ?? .nan
    }

    func get(_ path: String) throws -> String { try Self.httpGet(baseURL + path) }

    func waitUntil(seconds: Double, _ what: String, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return }
            usleep(200_000)
        }
        throw PeerFailure("timed out waiting for \(what); prometheus said: \(prometheus?.output.suffix(1500) ?? "")")
    }

    static func httpGet(_ address: String) throws -> String {
        guard let url = URL(string: address) else { throw PeerFailure("bad URL \(address)") }
        var request = URLRequest(url: url)
        request.timeoutInterval = 5
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            box.set(data: data, status: (response as? HTTPURLResponse)?.statusCode, error: error)
            done.signal()
        }.resume()
        if done.wait(timeout: .now() + 10) == .timedOut { throw PeerFailure("GET \(address) timed out") }
        let (data, status, error) = box.get()
        if let error { throw PeerFailure("GET \(address): \(error.localizedDescription)") }
        guard status == 200, let data else { throw PeerFailure("GET \(address): HTTP \(status ?? 0)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// A port nothing listens on right now (bound to port 0, then released).
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw PeerFailure("socket() failed") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw PeerFailure("bind() failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard named == 0 else { throw PeerFailure("getsockname() failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

private final class ResponseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Data?, Int?, (any Error)?) = (nil, nil, nil)

    func set(data: Data?, status: Int?, error: (any Error)?) {
        lock.lock()
        value = (data, status, error)
        lock.unlock()
    }

    func get() -> (Data?, Int?, (any Error)?) {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
