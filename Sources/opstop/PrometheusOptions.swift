import ArgumentParser
import Foundation
import OpsEngine
import OpsSources

/// `--prometheus URL` and its companions: a whole fleet from a Prometheus server's HTTP API.
struct PrometheusOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A Prometheus server (http://prom:9090): show the whole fleet from its HTTP API.", valueName: "url"))
    var prometheus: String?

    @Option(
        help: ArgumentHelp(
            "With --prometheus: label matchers added to every query, e.g. '{job=\"support-bot\"}'.",
            valueName: "matchers"))
    var match: String?

    @Option(
        name: .customLong("prometheus-token-env"),
        help: ArgumentHelp("With --prometheus: the environment variable holding a bearer token.", valueName: "name"))
    var tokenEnvironment: String?

    @Option(
        name: .customLong("prometheus-token-file"),
        help: ArgumentHelp("With --prometheus: a file holding a bearer token.", valueName: "path"))
    var tokenFile: String?

    var isEnabled: Bool { prometheus != nil }

    func validate() throws {
        guard let prometheus else {
            if match != nil || tokenEnvironment != nil || tokenFile != nil {
                throw ValidationError(
                    "--match and --prometheus-token-* go with --prometheus URL (a Prometheus server to query)")
            }
            return
        }
        if case let .failure(error) = PrometheusServer.parse(prometheus) {
            throw ValidationError("--prometheus: \(error.description)")
        }
        if let match {
            do {
                _ = try SeriesMatch.parse(match)
            } catch {
                throw ValidationError(error.description)
            }
        }
        if tokenEnvironment != nil && tokenFile != nil {
            throw ValidationError("give the bearer token one way: --prometheus-token-env or --prometheus-token-file")
        }
    }

    var seriesMatch: SeriesMatch { match.flatMap { try? SeriesMatch.parse($0) } ?? .everything }

    /// The server to ask, with its token read; exits with status 2 when the token cannot be read.
    func server(timeoutSeconds: Double) -> PrometheusServer? {
        guard let prometheus, case let .success(url) = PrometheusServer.parse(prometheus) else { return nil }
        return PrometheusServer(baseURL: url, bearerToken: token(), timeoutSeconds: timeoutSeconds)
    }

    /// The token never comes from the command line, where `ps` and shell history would show it.
    private func token() -> String? {
        if let name = tokenEnvironment {
            guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
                CommandFailure(
                    message: "--prometheus-token-env: the environment variable \(name) is not set or empty",
                    code: CommandFailure.unreadableInput
                ).exit()
            }
            return Self.trimmed(value)
        }
        if let path = tokenFile {
            guard let data = FileManager.default.contents(atPath: path), data.count < 65_536,
                let text = String(data: data, encoding: .utf8), !Self.trimmed(text).isEmpty
            else {
                CommandFailure(
                    message:
                        "--prometheus-token-file: cannot read a token from '\(path)' — check the path and permissions",
                    code: CommandFailure.unreadableInput
                ).exit()
            }
            return Self.trimmed(text)
        }
        return nil
    }

    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The server's URL as reports print it: without a user or password, should the URL carry one.
    var displayURL: String {
        guard let prometheus, case let .success(url) = PrometheusServer.parse(prometheus),
            var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        else { return "prometheus" }
        components.user = nil
        components.password = nil
        return components.string ?? "prometheus"
    }

    /// How the header names the server: host and port, no credentials or path.
    var displayName: String {
        guard let prometheus, case let .success(url) = PrometheusServer.parse(prometheus) else { return "prometheus" }
        let port = url.port.map { ":\($0)" } ?? ""
        return "prometheus \(url.host ?? "?")\(port)"
    }
}
