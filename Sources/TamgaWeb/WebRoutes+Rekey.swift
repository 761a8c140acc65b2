import Foundation
import Hummingbird
import TamgaCore
import TamgaVault

/// Re-keying from the members page (issue 20): what `tamga member remove`
/// says to do next, `tamga rekey --all`, through the same use case
/// (`VaultRekey`). A first form names what will be re-encrypted
/// (`VaultRekey.plan`, headers only, nothing written); its confirmation
/// starts `VaultRekey.run(.allHeld)` on a thread of its own (`WebWork`) and
/// answers with a page that shows what the rekey has reported so far (each
/// level as it is done, and its count), reloading itself every few seconds
/// until it is done, then what it did or why it stopped. Who may rekey is
/// the use case's rule (an administrator holding a level): anyone else sees
/// no button and gets 403.
extension WebRoutes {
    func addRekey(to router: Router<BasicRequestContext>) {
        router.get("/members/rekey") { request, _ in try await withVault(request, activity: false) { vault, frame in rekeyStatus(vault, frame) } }
        router.post("/members/rekey") { request, _ in
            let form = try await WebForm(request)
            guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in rekey(form, vault: vault, frame: frame) }
        }
    }

    /// The 403 page for a member the use case does not let rekey.
    func mayNotRekey(_ vault: UnlockedVault, _ frame: WebPages.Frame) -> Response {
        // The use case's only refusal here is that one: said in the page's language.
        let message = Self.say(frame.words, "mayNotRekey")
        return pages.page("error", title: frame.words["errorTitle"] ?? "", frame: frame,
                          values: ["message": message, "back": "/members"], status: .forbidden)
    }

    func rekey(_ form: WebForm, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        let rekey = VaultRekey(vault: vault)
        guard rekey.mayRun else { return mayNotRekey(vault, frame) }
        let words = frame.words
        do {
            let plan = try rekey.plan(.allHeld)
            if form.string("confirm") == "yes" {
                guard session.work.startRekey(vault, levels: plan.map(\.level)) else {
                    throw WebRefusal(message: words["rekeyBusy"] ?? "a re-encryption is still running")
                }
                return WebPages.redirect("/members/rekey")
            }
            let lines = plan.map { level in
                (words["rekeyLevel"] ?? "").replacingOccurrences(of: "{level}", with: level.level.rawValue)
                    .replacingOccurrences(of: "{epoch}", with: "\(level.epoch)").replacingOccurrences(of: "{parts}", with: "\(level.parts)")
                    .replacingOccurrences(of: "{attachments}", with: "\(level.attachments)")
            }
            return confirmation(frame, action: "/members/rekey", what: words["rekeyWhat"] ?? "",
                                consequences: lines + [words["rekeyRefresh"] ?? "", words["rekeyLong"] ?? ""],
                                fields: [], button: words["confirmRekey"] ?? "")
        } catch VaultError.notCleared {
            return mayNotRekey(vault, frame)
        } catch {
            return members(vault, frame, extra: refusal(error, frame: frame), status: .unprocessableContent)
        }
    }

    /// What the rekey started here reported so far; reloads itself while it runs.
    /// Its reload does not count as use for the idle lock (`withVault(activity: false)`), and locking
    /// stops the rekey before its next level (`WebWork.stop`): the page says so once unlocked again.
    func rekeyStatus(_ vault: UnlockedVault, _ frame: WebPages.Frame) -> Response {
        guard VaultRekey(vault: vault).mayRun else { return mayNotRekey(vault, frame) }
        guard let state = session.work.current else { return WebPages.redirect("/members") }
        let words = frame.words
        let time = DateFormatter()
        time.locale = Locale(identifier: "en_US_POSIX")
        time.timeZone = TimeZone(identifier: "UTC")
        time.dateFormat = "yyyy-MM-dd HH:mm:ss"
        func say(_ word: String, _ values: [String: String]) -> String {
            values.reduce(words[word] ?? "") { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        var values: [String: Any] = [
            "running": state.running, "refresh": state.running,
            "startedLine": say("rekeyStarted", ["by": state.startedBy, "time": time.string(from: state.started)]),
            "done": state.done.map { say("rekeyDone", ["level": $0.level.rawValue, "count": "\($0.count)"]) },
        ]
        if let level = state.current { values["currentLine"] = say("rekeyCurrent", ["level": level.rawValue]) }
        if let finished = state.finished {
            values["finishedLine"] = say(state.failure == nil && !state.stoppedByLock ? "rekeyFinished" : "rekeyStopped",
                                         ["time": time.string(from: finished)])
        }
        if let failure = state.failure { values["failure"] = failure }
        if state.stoppedByLock { values["failure"] = words["rekeyLockStopped"] ?? "" }
        if state.awaitingViewer > 0 { values["awaiting"] = say("rekeyAwaiting", ["count": "\(state.awaitingViewer)"]) }
        return pages.page("rekey", title: words["rekeyTitle"] ?? "", frame: frame, values: values)
    }
}
