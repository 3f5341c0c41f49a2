import OpsModel
import OpsEngine
import OpsSources
import OpsUI

/// A recorded log played against a virtual clock that the keys control.
///
/// Made with a `ReplayIndexLoader`, it shows the screen while the log is indexed, the source line
/// saying how far (`loading 43 % · 140 MB of 334 MB` in the header); pause and speed keys apply
/// meanwhile, moves in the log (seek, start, end, step) once the index is built and the replay starts.
///
/// At full speed, the loader's play ahead (`ReplayPlayAhead`) plays the log while it is indexed: the
/// screen shows its store, and once the log is indexed the replay is at its end (moves asked for
/// meanwhile are made then). When the play ahead is abandoned (the log is out of order, or a key
/// slowed the replay down), the replay starts from the index as it would have, catching up with
/// where the play ahead got unless the log was out of order.
package struct ReplayDriver: EngineDriver {
    /// nil while the log is being indexed, or when it could not be replayed (`failure` says why).
    package private(set) var session: ReplaySession?
    package private(set) var clock: ReplayClock
    package let name: String
    private let loading: (loader: ReplayIndexLoader, configuration: EngineConfiguration, start: Int64?, workers: Int)?
    /// Why the log cannot be replayed, once indexed.
    package private(set) var failure: String?
    private var shownBytes: Int64 = -1
    /// Moves in the log asked for while it was indexed, made once it is.
    private var deferredMoves: [ReplayCommand] = []
    private let emptyStore: MetricsStore
    /// The replay played while the log is indexed; nil without a play ahead or once it ends.
    private var playing: ReplayPlaying?
    /// Where the play ahead got when the keys stopped it: the replay catches up with it.
    private var playedTo: Int64?
    /// Events taken in per frame at most, so the screen answers keys during a fast replay.
    package let eventsPerPump: Int
    /// Set by a jump of the clock (a start time, a seek, the start or the end): the session catches
    /// up with the clock over as many frames as it needs while the clock keeps its place. Otherwise
    /// a session behind the clock (a fast replay) holds the clock back to where it got.
    private var catchingUp: Bool
    /// The last pump stopped short of the clock (`eventsPerPump` events taken in, more due).
    private var behind = false

    package init(session: ReplaySession, name: String, speed: ReplaySpeed, start: Int64?, eventsPerPump: Int = 50_000) {
        self.session = session
        self.name = name
        self.eventsPerPump = Swift.max(1, eventsPerPump)
        clock = session.makeClock(speed: speed, position: start, paused: false)
        catchingUp = start != nil
        loading = nil
        emptyStore = MetricsStore(configuration: session.configuration)
    }

    /// Replays the log `loader` indexes, once it has, keeping no store checkpoints (each would cost
    /// as much memory as the store): going back replays from the start while the clock keeps its place.
    /// `workers` threads read and decode the log ahead of the screen's thread, which ingests.
    package init(
        loading loader: ReplayIndexLoader, name: String, configuration: EngineConfiguration, speed: ReplaySpeed,
        start: Int64?, eventsPerPump: Int = 50_000, workers: Int = 0
    ) {
        self.name = name
        self.eventsPerPump = Swift.max(1, eventsPerPump)
        clock = ReplayClock(eventStart: 0, eventEnd: 0, speed: speed)
        catchingUp = start != nil
        loading = (loader, configuration, start, workers)
        emptyStore = MetricsStore(configuration: configuration)
        if let playAhead = loader.playAhead {
            if speed == .max {
                playing = ReplayPlaying(playAhead: playAhead, configuration: configuration)
            } else {
                playAhead.abandon()
            }
        }
    }

    package var store: MetricsStore { session?.store ?? playing?.store ?? emptyStore }

    /// Replay moves the clock itself: every step is a change of data.
    package var dataVersion: Int {
        guard let session else {
            return Int(truncatingIfNeeded: shownBytes) &+ (failure == nil ? 0 : 1) &+ (playing?.pumps ?? 0)
        }
        return session.appliedCount &+ Int(truncatingIfNeeded: clock.eventTime)
    }

    package var sources: [SourceLine] {
        guard let session else {
            if let failure { return [SourceLine(name: name, health: .failed, detail: failure)] }
            let total = Int(loading?.loader.totalBytes ?? 0)
            return [
                SourceLine(
                    name: name, health: .live, detail: "indexing",
                    loading: LoadProgress(readBytes: Int(Swift.max(0, shownBytes)), totalBytes: total))
            ]
        }
        return [
            SourceLine(
                name: name, health: clock.isAtEnd ? .finished : .live, malformedLines: session.index.stats.malformed,
                ignoredLines: session.index.stats.ignored)
        ]
    }

    /// A replay behind its clock (at full speed, or catching up with a jump) goes on taking events
    /// in between frames, as a loading log does, rather than `eventsPerPump` events a frame.
    package var hasBacklog: Bool { session == nil ? playing != nil && !clock.isPaused : behind }

    package var mode: ClockMode {
        .replay(speed: clock.speed.description, progress: session == nil ? loadedShare : clock.progress, paused: clock.isPaused)
    }

    /// How much of the log a play ahead has read (0 without one).
    private var loadedShare: Double {
        guard playing != nil, let total = loading?.loader.totalBytes, total > 0 else { return 0 }
        return Swift.min(1, Double(Swift.max(0, shownBytes)) / Double(total))
    }

    package mutating func pump(wallNanos: Int64, monotonicNanos: Int64) -> Bool {
        guard var session else { return pumpWhileIndexing(monotonicNanos: monotonicNanos) }
        // Taken out while it moves, so its store is not shared (and copied) on the way.
        self.session = nil
        defer { self.session = session }
        let before = (session.appliedCount, session.position, clock.eventTime)
        let target = clock.tick(wallNanos: monotonicNanos)
        let reached = session.advance(to: target, maxEvents: eventsPerPump)
        behind = reached < target
        if reached >= target {
            catchingUp = false
        } else if !catchingUp {
            clock.settle(at: reached, wallNanos: monotonicNanos)
        }
        return before != (session.appliedCount, session.position, clock.eventTime)
    }

    /// Takes the index once built: the replay starts, with the speed and pause the keys set meanwhile.
    private mutating func pumpWhileIndexing(monotonicNanos: Int64) -> Bool {
        guard failure == nil, let loading else { return false }
        let played = playAhead()
        switch loading.loader.result {
        case nil:
            let scanned = loading.loader.bytesScanned
            defer { shownBytes = scanned }
            return scanned != shownBytes || played
        case let .failure(error)?:
            failure = error.description
            playing = nil
        case let .success(index)?:
            // Every event the play ahead handed over is taken in first.
            if let playing, !playing.isDone { return played }
            let playedStore = playing?.store
            playing = nil
            guard !index.isEmpty else {
                failure = "no events to replay (\(index.stats.malformed) malformed lines); check it with 'opstop report \(index.path)'"
                return true
            }
            do throws(SourceError) {
                let session: ReplaySession
                let position: Int64?
                if let playedStore {
                    session = try ReplaySession(index: index, played: playedStore, workers: loading.workers)
                    position = session.position
                    catchingUp = false
                } else {
                    session = try ReplaySession(
                        index: index, configuration: loading.configuration, checkpoints: 0, workers: loading.workers)
                    position = playedTo ?? loading.start
                    catchingUp = position != nil
                }
                clock = session.makeClock(speed: clock.speed, position: position, paused: clock.isPaused)
                self.session = session
                for move in deferredMoves { handle(move, monotonicNanos: monotonicNanos) }
                deferredMoves = []
                _ = pump(wallNanos: 0, monotonicNanos: monotonicNanos)
            } catch {
                failure = error.description
            }
        }
        return true
    }

    /// Takes in what the play ahead handed over, or ends it: abandoned by the index pass (its events
    /// no longer count), or by the keys (the replay will catch up with where it got). True when
    /// figures changed.
    private mutating func playAhead() -> Bool {
        guard var playing else { return false }
        let abandonedByPass = playing.playAhead.isAbandoned
        if abandonedByPass || clock.speed != .max {
            playing.playAhead.abandon()
            if !abandonedByPass, playing.store.lastEventNanos != nil { playedTo = playing.store.now }
            self.playing = nil
            return true
        }
        guard !clock.isPaused else { return false }
        // Taken out while it takes events in, so its store is not shared (and copied) on the way.
        self.playing = nil
        defer { self.playing = playing }
        return playing.pump(upTo: eventsPerPump)
    }

    package mutating func handle(_ command: ReplayCommand, monotonicNanos now: Int64) {
        let minute: Int64 = 60_000_000_000
        guard session != nil else {
            // While indexing there is no log time to move to yet: moves wait for the index.
            switch command {
            case .togglePause: clock.togglePause(wallNanos: now)
            case .faster: clock.faster(wallNanos: now)
            case .slower: clock.slower(wallNanos: now)
            case .step, .seek, .toStart, .toEnd: deferredMoves.append(command)
            }
            return
        }
        switch command {
        case .togglePause: clock.togglePause(wallNanos: now)
        case .faster: clock.faster(wallNanos: now)
        case .slower: clock.slower(wallNanos: now)
        case .step: clock.step(seconds: 1)
        case let .seek(seconds):
            clock.seek(by: Int64(seconds) * minute / 60, wallNanos: now)
            catchingUp = true
        case .toStart:
            clock.toStart(wallNanos: now)
            catchingUp = true
        case .toEnd:
            clock.toEnd(wallNanos: now)
            catchingUp = true
        }
    }

    package mutating func prepareToDraw() {
        playing?.settle()
    }

    package func stop() {
        // A pass waiting for room to hand events over returns.
        loading?.loader.playAhead?.abandon()
    }
}
