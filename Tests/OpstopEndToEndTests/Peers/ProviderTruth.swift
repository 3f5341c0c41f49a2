import Foundation

/// What the fake provider (`fake_provider.py`) logged: the truth a producer's report must match.
struct ProviderTruth {
    var calls = 0
    var ok = 0
    var status429 = 0
    var status500 = 0
    var promptTokens = 0
    var completionTokens = 0
    var cachedTokens = 0
    var reasoningTokens = 0
    /// OpenAI's published list prices per 1M tokens: input, cached input, output.
    static let listPrices: [String: (input: Double, cached: Double, output: Double)] = [
        "gpt-4o-mini": (0.15, 0.075, 0.60), "gpt-4.5-preview": (75, 37.5, 150),
    ]
    /// What the successful calls cost at list price, by model (models without a list price are left out).
    var listCostByModel: [String: Double] = [:]
    var listCostUSD: Double { listCostByModel.values.reduce(0, +) }

    init(log: URL) throws {
        for line in try String(contentsOf: log, encoding: .utf8).split(separator: "\n") {
            let entry = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            calls += 1
            switch entry["status"] as? Int {
            case 429: status429 += 1
            case 500: status500 += 1
            case 200:
                ok += 1
                let prompt = entry["prompt_tokens"] as? Int ?? 0
                let completion = entry["completion_tokens"] as? Int ?? 0
                let cached = entry["cached_tokens"] as? Int ?? 0
                promptTokens += prompt
                completionTokens += completion
                cachedTokens += cached
                reasoningTokens += entry["reasoning_tokens"] as? Int ?? 0
                let model = String((entry["model"] as? String ?? "").split(separator: "/").last ?? "")
                if let price = Self.listPrices[model] {
                    listCostByModel[model, default: 0] +=
                        (Double(prompt - cached) * price.input + Double(cached) * price.cached
                            + Double(completion) * price.output) / 1e6
                }
            default: break
            }
        }
    }
}

/// A Python producer script run to its end, with a deadline.
enum ProducerScript {
    static func run(_ script: String, _ arguments: [String], seconds: Double = 150) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try TestPeers.python())
        process.arguments = [TestPeers.script(script)] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        environment["NO_PROXY"] = "*"
        environment["OTEL_SDK_DISABLED"] = nil
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { if process.isRunning { process.terminate() } }
        let errorText = Thread.detachedRead(errors)
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stdout, errorText())
    }
}

extension Thread {
    /// Reads a pipe to its end on another thread (so neither pipe fills while the other is read).
    static func detachedRead(_ pipe: Pipe) -> () -> String {
        let box = ReadBox()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.set(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
            done.signal()
        }
        return {
            done.wait()
            return box.get()
        }
    }

    private final class ReadBox: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func set(_ value: String) { lock.withLock { text = value } }
        func get() -> String { lock.withLock { text } }
    }
}
