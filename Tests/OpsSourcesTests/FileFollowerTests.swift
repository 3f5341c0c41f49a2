import Foundation
import Glibc
@testable import OpsSources
import Testing

@Suite("FileFollower")
struct FileFollowerTests {
    @Test func readsExistingContentThenAppendedLinesQuickly() throws {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let writer = Writer(appendingTo: path)
        defer { writer.close() }
        writer.write("old 1\n")
        let recorder = FollowRecorder(FileFollower(path: path))
        #expect(eventually { recorder.text == "old 1\n" })

        var expected = "old 1\n"
        var latencies: [Duration] = []
        let clock = ContinuousClock()
        for number in 1...5 {
            let line = "new \(number)\n"
            expected += line
            let started = clock.now
            writer.write(line)
            #expect(eventually { recorder.text == expected })
            latencies.append(clock.now - started)
        }
        latencies.sort()
        #expect(latencies[latencies.count / 2] < .milliseconds(250))
        #expect(recorder.notices.isEmpty)
        #expect(recorder.stop())
    }

    @Test func renameRotationLosesAndDuplicatesNothing() throws {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let old = Writer(appendingTo: path)
        let recorder = FollowRecorder(FileFollower(path: path))
        var expected = ""
        for number in 0..<50 {
            let line = "before rotation \(number)\n"
            expected += line
            old.write(line)
        }
        #expect(eventually { recorder.text == expected })

        #expect(rename(path, directory.file("app.jsonl.1")) == 0)
        for number in 0..<20 {
            let line = "late write to the old file \(number)\n"
            expected += line
            old.write(line)
        }
        old.close()
        let new = Writer(appendingTo: path)
        defer { new.close() }
        for number in 0..<30 {
            let line = "after rotation \(number)\n"
            expected += line
            new.write(line)
        }
        #expect(eventually { recorder.text == expected })
        let notices = recorder.notices
        #expect(notices == [.rotated] || notices == [.missing, .reappeared])
        #expect(recorder.stop())
        #expect(recorder.text == expected)
    }

    @Test func copytruncateRereadsFromTheStart() throws {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let writer = Writer(appendingTo: path)
        defer { writer.close() }
        let before = (0..<40).map { "line before truncation \($0)\n" }.joined()
        writer.write(before)
        let recorder = FollowRecorder(FileFollower(path: path))
        #expect(eventually { recorder.text == before })

        let copy = Writer(appendingTo: directory.file("app.jsonl.1"))
        copy.write(before)
        copy.close()
        #expect(ftruncate(writer.fd, 0) == 0)
        writer.write("after truncation\n")
        #expect(eventually { recorder.text == before + "after truncation\n" })
        #expect(recorder.notices == [.truncated])
        #expect(recorder.stop())
    }

    @Test func deletionIsReportedAndARecreatedFileIsReadWhole() throws {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let first = Writer(appendingTo: path)
        first.write("first file\n")
        first.close()
        let recorder = FollowRecorder(FileFollower(path: path))
        #expect(eventually { recorder.text == "first file\n" })

        #expect(unlink(path) == 0)
        #expect(eventually { recorder.notices == [.missing] })
        let second = Writer(appendingTo: path)
        defer { second.close() }
        second.write("second file\n")
        #expect(eventually { recorder.text == "first file\nsecond file\n" })
        #expect(recorder.notices == [.missing, .reappeared])
        #expect(recorder.stop())
    }

    @Test func aFileMissingAtStartIsAwaitedAndReadFromItsStart() throws {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("later.jsonl")
        let recorder = FollowRecorder(FileFollower(path: path, from: .end))
        #expect(eventually { recorder.notices == [.missing] })
        let writer = Writer(appendingTo: path)
        defer { writer.close() }
        writer.write("hello\n")
        #expect(eventually { recorder.text == "hello\n" })
        #expect(recorder.notices == [.missing, .reappeared])
        #expect(recorder.stop())
    }

    @Test func aPartialLineIsDeliveredAndCompletedLater() throws {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let writer = Writer(appendingTo: path)
        defer { writer.close() }
        let recorder = FollowRecorder(FileFollower(path: path))
        writer.write("{\"kind\":\"sp")
        #expect(eventually { recorder.text == "{\"kind\":\"sp" })
        writer.write("an\"}\n")
        #expect(eventually { recorder.text == "{\"kind\":\"span\"}\n" })
        #expect(recorder.stop())
    }

    @Test func followingFromTheEndSkipsExistingContent() throws {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let writer = Writer(appendingTo: path)
        defer { writer.close() }
        writer.write("old line\n")
        let recorder = FollowRecorder(FileFollower(path: path, from: .end))
        // The follower may open the file after any given write: keep appending until one arrives.
        var number = 0
        let arrived = eventually {
            number += 1
            writer.write("new line \(number)\n")
            usleep(20_000)
            return !recorder.text.isEmpty
        }
        #expect(arrived)
        #expect(recorder.stop())
        #expect(recorder.text.hasPrefix("new line "))
        #expect(!recorder.text.contains("old line"))
    }

    @Test func stopReturnsPromptlyWhileIdle() {
        let directory = TestDirectory()
        defer { directory.remove() }
        let recorder = FollowRecorder(FileFollower(path: directory.file("none"), pollInterval: .seconds(30)))
        #expect(eventually { recorder.notices == [.missing] })
        let clock = ContinuousClock()
        let started = clock.now
        #expect(recorder.stop())
        #expect(clock.now - started < .seconds(1))
    }

    @Test func theWatchedDirectoryIsTheParentOfThePath() {
        #expect(FileFollower.directory(of: "/var/log/app.jsonl") == "/var/log")
        #expect(FileFollower.directory(of: "app.jsonl") == ".")
        #expect(FileFollower.directory(of: "/app.jsonl") == "/")
    }
}
