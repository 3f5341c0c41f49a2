import Foundation

/// Where the receiver listens: `HOST:PORT`, `[IPv6]:PORT`, or `:PORT` / `PORT` for 127.0.0.1.
package struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    package var host: String
    package var port: Int

    package init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses the `--listen` value; nil when it is not `HOST:PORT` with a port from 0 to 65535.
    package init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var host = "127.0.0.1"
        var portText = Substring(trimmed)
        if trimmed.hasPrefix("[") {
            guard let close = trimmed.firstIndex(of: "]") else { return nil }
            host = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
            let rest = trimmed[trimmed.index(after: close)...]
            guard rest.hasPrefix(":") else { return nil }
            portText = rest.dropFirst()
        } else if let colon = trimmed.lastIndex(of: ":") {
            let named = trimmed[..<colon]
            guard !named.contains(":") else { return nil }
            if !named.isEmpty { host = String(named) }
            portText = trimmed[trimmed.index(after: colon)...]
        }
        guard !host.isEmpty, !portText.isEmpty, portText.allSatisfy(\.isASCII), let port = Int(portText),
            (0...65_535).contains(port)
        else { return nil }
        self.host = host
        self.port = port
    }

    package var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
