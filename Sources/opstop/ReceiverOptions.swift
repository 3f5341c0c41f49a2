import ArgumentParser
import Foundation
import OpsReceiver
import OpsSources

/// The OTLP/HTTP receiver's flags, shared by `watch` and `report`.
struct ReceiverOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Receive OTLP/HTTP spans and metrics and LangSmith SDK runs on HOST:PORT, e.g. 127.0.0.1:4318.",
            valueName: "host:port"))
    var listen: String?

    @Option(help: ArgumentHelp("Largest OTLP request body, also once inflated (16MB, 512KB).", valueName: "size"))
    var maxBody = "16MB"

    @Option(
        help: ArgumentHelp(
            "Require 'Authorization: Bearer <token>' (LangSmith: 'x-api-key'); the token is this file's text.",
            valueName: "path"))
    var listenTokenFile: String?

    func validate() throws {
        if let listen, ListenAddress(parsing: listen) == nil {
            throw ValidationError("--listen must be HOST:PORT with a port from 0 to 65535, e.g. 127.0.0.1:4318")
        }
        if ByteSize.parse(maxBody) == nil {
            throw ValidationError("--max-body must be a size like 16MB, 512KB or 1048576")
        }
        if listenTokenFile != nil, listen == nil {
            throw ValidationError("--listen-token-file needs --listen HOST:PORT")
        }
    }

    var isListening: Bool { listen != nil }

    /// Starts the receiver when `--listen` was given; an unreadable token file or a failed bind ends
    /// the command with a one-line error and status 2 (before any screen is drawn). Without a
    /// `metrics` inbox, `/v1/metrics` requests are decoded, counted and answered, then dropped.
    func startReceiver(
        into inbox: EventFeed, metrics: Inbox<MetricsDelivery>? = nil, keepContent: Bool
    ) -> OTLPReceiver? {
        guard let listen, let address = ListenAddress(parsing: listen), let maxBytes = ByteSize.parse(maxBody) else {
            return nil
        }
        var configuration = ReceiverConfiguration(address: address, maxBodyBytes: maxBytes)
        do throws(ReceiverError) {
            if let listenTokenFile { configuration.token = try BearerToken.load(path: listenTokenFile) }
            let receiver = OTLPReceiver(
                configuration: configuration, events: inbox, metrics: metrics, keepContent: keepContent)
            try receiver.start()
            return receiver
        } catch {
            CommandFailure(message: error.description, code: CommandFailure.unreadableInput).exit()
        }
    }
}
