import Foundation
import Glibc
import OpsSources
import Synchronization
import Testing

@Suite("StdinReader")
struct StdinReaderTests {
    @Test func readsAPipeUntilEndOfFile() throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        let writer = Writer(fd: fds[1])
        let text = (0..<1000).map { "{\"n\":\($0)}\n" }.joined()
        let thread = Thread {
            writer.write(text)
            writer.close()
        }
        thread.start()
        var received: [UInt8] = []
        try StdinReader(fd: fds[0]).run { received += $0 }
        _ = close(fds[0])
        #expect(String(decoding: received, as: UTF8.self) == text)
    }

    @Test func stopEndsAReadThatWaitsForData() throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer {
            _ = close(fds[0])
            _ = close(fds[1])
        }
        let reader = StdinReader(fd: fds[0])
        let done = Atomic<Bool>(false)
        let thread = Thread {
            try? reader.run { _ in }
            done.store(true, ordering: .releasing)
        }
        thread.start()
        usleep(50_000)
        reader.stop()
        #expect(eventually { done.load(ordering: .acquiring) })
    }
}

extension Writer {
    init(fd: Int32) {
        self.fd = fd
    }
}
