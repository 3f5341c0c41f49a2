import Foundation
import OpsFuzzing

#if FUZZING
    /// libFuzzer's entry (built by scripts/fuzz.sh with -sanitize=fuzzer,address): the target is
    /// named by OPSTOP_FUZZ_TARGET. A broken promise aborts, so libFuzzer keeps the input.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        if let problem = chosenTarget.run(bytes) {
            FileHandle.standardError.write(Data("opstop-fuzz: \(chosenTarget.rawValue): \(problem)\n".utf8))
            abort()
        }
        return 0
    }

    /// libFuzzer's driver: SwiftPM links an executable's entry as `<module>_main`, so libFuzzer's
    /// own `main` is not used and this hands the command line to its driver instead.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    @_cdecl("opstop_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
    }

    private let chosenTarget: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["OPSTOP_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("opstop-fuzz: set OPSTOP_FUZZ_TARGET to one of \(names)\n".utf8))
            exit(2)
        }
        return target
    }()
#else
    /// Without libFuzzer: `opstop-fuzz TARGET SECONDS [CORPUS-DIR]` runs the seeded mutation fuzzer.
    @main
    enum FuzzEntry {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
                print("usage: opstop-fuzz TARGET [SECONDS] [CORPUS-DIR]; targets: \(names)")
                exit(2)
            }
            let seconds = arguments.dropFirst().first.flatMap(Double.init) ?? 10
            let seeds = arguments.dropFirst(2).first.map(corpus) ?? []
            var fuzzer = MutationFuzzer(seed: UInt64(Date().timeIntervalSince1970))
            let end = Date().addingTimeInterval(seconds)
            var runs = 0
            while Date() < end {
                let findings = fuzzer.run(target, seeds: seeds, iterations: 200)
                runs += 200 + seeds.count
                if let finding = findings.first {
                    print("opstop-fuzz: \(target.rawValue): \(finding.problem); input (base64): \(Data(finding.input).base64EncodedString())")
                    exit(1)
                }
            }
            print("opstop-fuzz: \(target.rawValue): \(runs) inputs, no finding")
        }

        static func corpus(_ directory: String) -> [[UInt8]] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            return files.sorted().compactMap { FileManager.default.contents(atPath: directory + "/" + $0).map(Array.init) }
        }
    }
#endif
