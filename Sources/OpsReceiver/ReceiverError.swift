/// Why the receiver cannot start; each message says what to do.
package enum ReceiverError: Error, Sendable, Hashable, CustomStringConvertible {
    case tokenFile(String)
    case bind(address: String, reason: String)

    package var description: String {
        switch self {
        case let .tokenFile(message): return message
        case let .bind(address, reason):
            return "cannot listen on \(address): \(reason); choose another --listen HOST:PORT"
                + " (is another opstop or collector already using the port?)"
        }
    }
}
