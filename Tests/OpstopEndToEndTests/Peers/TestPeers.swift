import Foundation
import XCTest

/// Real peers for integration tests: the Python venv `.ci/run` builds, and Debian's Prometheus server.
///
/// Locally a missing peer skips the test; in CI (`OPSTOP_REQUIRE_PEERS=1`) it fails it, so a broken
/// install can never turn the integration tests into silent passes.
enum TestPeers {
    /// The venv's Python (`OPSTOP_TEST_PYTHON`), with the packages of `.ci/requirements.txt`.
    static func python() throws -> String {
        try require("OPSTOP_TEST_PYTHON", what: "the Python venv from .ci/requirements.txt")
    }

    /// Debian's `prometheus` binary (`OPSTOP_TEST_PROMETHEUS`).
    static func prometheus() throws -> String {
        try require("OPSTOP_TEST_PROMETHEUS", what: "Debian's prometheus server")
    }

    /// A Python script kept next to the tests, in `Tests/OpstopEndToEndTests/Peers/python/`.
    static func script(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("python")
            .appendingPathComponent(name).path
    }

    private static func require(_ variable: String, what: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment[variable], !path.isEmpty, FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let message = "\(variable) does not name \(what); run the tests through .ci/run"
        if environment["OPSTOP_REQUIRE_PEERS"] == "1" {
            XCTFail(message)
            throw PeerMissing(message: message)
        }
        throw XCTSkip(message)
    }

    struct PeerMissing: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
