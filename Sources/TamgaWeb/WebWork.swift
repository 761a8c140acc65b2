import Foundation
import TamgaCore
import TamgaVault

/// Long work started from the browser (issue 20: re-keying after a member
/// is removed can take minutes on a large vault), run on a thread of its
/// own so the request answers at once and the server goes on serving; the
/// page then shows what the work reported so far, never an estimate.
///
/// One piece at a time per process. What is kept is only what the use case
/// reported (levels and counts, the member who started it, the times, a
/// refusal's message): no confidential text. It stays after the session
/// locks, so the administrator sees the outcome after unlocking again.
/// Locking (the Lock button, the idle lock) stops the work at the next
/// level boundary (`VaultRekey.run`'s `isCancelled`): the level it is on is
/// finished with the keys it was started with, no other is begun (web red
/// team 42, L2: it went on signing with the member's keys after Lock).
final class WebWork: @unchecked Sendable {
    struct State: Sendable {
        let startedBy: String
        let started: Date
        /// The levels it takes, in order.
        let levels: [Level]
        var done: [(level: Level, count: Int)] = []
        var finished: Date?
        /// The use case's refusal (its message, never confidential text).
        var failure: String?
        /// Restricted images only one of their viewers can re-encrypt.
        var awaitingViewer = 0
        /// The vault was locked while it ran: it stops before the next level.
        var stopping = false
        /// It stopped because the vault was locked (not a refusal).
        var stoppedByLock = false

        var running: Bool { finished == nil }
        /// The level being re-encrypted now, while running.
        var current: Level? { running && done.count < levels.count ? levels[done.count] : nil }
    }

    private let lock = NSLock()
    private var state: State?

    var current: State? { lock.withLock { state } }

    /// Asks the running work to stop at its next level boundary (the vault is being locked).
    func stop() {
        lock.withLock { if state?.running == true { state?.stopping = true } }
    }

    /// Starts `VaultRekey.run(.allHeld)` on its own thread; false when work is still running.
    func startRekey(_ vault: UnlockedVault, levels: [Level]) -> Bool {
        let started = lock.withLock { () -> Bool in
            if state?.running == true { return false }
            state = State(startedBy: vault.member.displayName, started: Date(), levels: levels)
            return true
        }
        guard started else { return false }
        let thread = Thread { [self] in
            let rekey = VaultRekey(vault: vault)
            var failure: String?
            var awaiting = 0
            var stoppedByLock = false
            do {
                try rekey.run(.allHeld, progress: { level, count in
                    self.lock.withLock { self.state?.done.append((level, count)) }
                }, isCancelled: { self.lock.withLock { self.state?.stopping == true } })
                awaiting = (try? rekey.restrictedAwaitingViewer()) ?? 0
            } catch is CancellationError {
                stoppedByLock = true
            } catch let error as any UserFacingError {
                failure = error.message + (error.hint.map { " " + $0 } ?? "")
            } catch {
                failure = "the re-encryption stopped (\(type(of: error)))"
            }
            self.lock.withLock {
                self.state?.failure = failure
                self.state?.awaitingViewer = awaiting
                self.state?.stoppedByLock = stoppedByLock
                self.state?.finished = Date()
            }
        }
        thread.name = "tamga-web-rekey"
        thread.start()
        return true
    }
}
