import Foundation
import Hummingbird
import TamgaCore
import TamgaVault

/// The members page and its two changes, adding a member from the key line
/// `tamga member invite` printed and removing one, through `MemberChange`,
/// the use case `tamga member add` and `remove` call: who may change the
/// membership (an administrator cleared internal), which names, keys and
/// clearances are allowed, and what a removal renews are its rules, not
/// this file's. Each change takes two forms: the first is checked by the
/// use case's rules and answered with a page naming what will happen, and
/// only its confirmation writes. A member who may not change the membership
/// sees no form and gets 403 for a posted one; any other refusal comes back
/// on the members page with the reason (422), nothing written.
extension WebRoutes {
    func addMembers(to router: Router<BasicRequestContext>) {
        router.get("/members") { request, _ in try await withVault(request) { vault, frame in members(vault, frame) } }
        router.post("/members/add") { request, _ in
            let form = try await WebForm(request)
            guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in addMember(form, vault: vault, frame: frame) }
        }
        router.post("/members/remove") { request, _ in
            let form = try await WebForm(request)
            guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in removeMember(form, vault: vault, frame: frame) }
        }
    }

    /// The roster as `tamga member list` shows it; for an administrator, the
    /// add form (with what was typed, after a refusal) and a remove button on
    /// every other active member's row.
    func members(_ vault: UnlockedVault, _ frame: WebPages.Frame, extra: [String: Any] = [:],
                 status: HTTPResponse.Status = .ok) -> Response {
        let roster = MemberRoster(vault: vault)
        let mayChange = MemberChange(vault: vault).mayChange
        let rows: [[String: Any]] = roster.rows.map {
            ["name": $0.name, "fingerprint": Fingerprint.grouped($0.fingerprint), "clearance": $0.clearance.rawValue, "role": $0.role,
             "removable": mayChange && $0.role != "removed" && $0.fingerprint != vault.member.fingerprint]
        }
        let access: [[String: Any]] = roster.access.map {
            ["level": $0.level.rawValue, "epoch": $0.epoch, "holders": $0.holders.joined(separator: ", ")]
        }
        var values: [String: Any] = ["members": rows, "access": access, "mayChange": mayChange,
                                     "mayRekey": VaultRekey(vault: vault).mayRun, "rekeyStarted": session.work.current != nil,
                                     "clearances": Clearance.allCases.map { ["value": $0.rawValue, "selected": $0 == .state] }]
        values.merge(extra) { $1 }
        return pages.page("members", title: frame.words["members"] ?? "", frame: frame, values: values, status: status)
    }

    /// The 403 page for a member the use case does not let change the membership.
    func notAdministrator(_ vault: UnlockedVault, _ frame: WebPages.Frame) -> Response {
        var message = "only an administrator cleared internal may change the membership"
        do { try MemberChange(vault: vault).requireMayChange() } catch let error as any UserFacingError { message = error.message } catch {}
        return pages.page("error", title: frame.words["errorTitle"] ?? "", frame: frame,
                          values: ["message": message, "back": "/members"], status: .forbidden)
    }

    func addMember(_ form: WebForm, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        let change = MemberChange(vault: vault)
        guard change.mayChange else { return notAdministrator(vault, frame) }
        let name = form.string("name")?.trimmingCharacters(in: .whitespaces) ?? ""
        let keyLine = form.string("key")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let clearanceText = form.string("clearance") ?? ""
        let administrator = form.string("administrator") == "1"
        let typed: [String: Any] = ["addName": name, "addKey": keyLine, "addAdministrator": administrator,
                                    "clearances": Clearance.allCases.map { ["value": $0.rawValue, "selected": $0.rawValue == clearanceText] }]
        do {
            guard let clearance = Clearance(rawValue: clearanceText) else {
                throw VaultError.invalidArgument("choose a clearance: internal, state or contributor")
            }
            let key = try MemberPublicKey(text: keyLine)
            let addition = MemberChange.Addition(name: name, key: key, clearance: clearance, administrator: administrator)
            let words = frame.words
            let fingerprint = Fingerprint.grouped(key.fingerprint)
            func say(_ word: String) -> String {
                (words[word] ?? "").replacingOccurrences(of: "{name}", with: name).replacingOccurrences(of: "{clearance}", with: clearance.rawValue)
                    .replacingOccurrences(of: "{fingerprint}", with: fingerprint)
                    .replacingOccurrences(of: "{admin}", with: administrator ? words["asAdministrator"] ?? "" : "")
            }
            if form.string("confirm") == "yes" {
                try change.add(addition)
                return afterChange(vault, frame, message: say("memberAdded"))
            }
            let levels = try change.check(addition)
            let consequences = [say("addFingerprint"),
                                levels.isEmpty ? say("addNoLevels")
                                    : say("addLevels").replacingOccurrences(of: "{levels}", with: levels.map(\.rawValue).joined(separator: ", "))]
                + (try change.cannotApproveAddersRequests(addition) ? [say("addApprovesOthersOnly")] : [])
            return confirmation(frame, action: "/members/add", what: say("addWhat"), consequences: consequences,
                                fields: [("name", name), ("key", keyLine), ("clearance", clearance.rawValue)]
                                    + (administrator ? [("administrator", "1")] : []),
                                button: words["confirmAdd"] ?? "")
        } catch {
            return members(vault, frame, extra: typed.merging(refusal(error, frame: frame)) { $1 }, status: .unprocessableContent)
        }
    }

    func removeMember(_ form: WebForm, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        let change = MemberChange(vault: vault)
        guard change.mayChange else { return notAdministrator(vault, frame) }
        let name = form.string("name") ?? ""
        let words = frame.words
        func say(_ word: String, levels: [Level] = []) -> String {
            (words[word] ?? "").replacingOccurrences(of: "{name}", with: name)
                .replacingOccurrences(of: "{levels}", with: levels.map(\.rawValue).joined(separator: ", "))
        }
        do {
            if form.string("confirm") == "yes" {
                let removal = try change.remove(name: name)
                var lines = [say("memberRemoved")]
                if removal.needsRekey { lines += [say("removeLevels", levels: removal.rotated), say("removeRekey")] }
                lines.append(say("removeExportKey"))
                return afterChange(vault, frame, message: lines.joined(separator: " "))
            }
            let plan = try change.plan(removing: name)
            let consequences = (plan.needsRekey ? [say("removeLevels", levels: plan.rotated)] : [say("removeNoLevels")])
                + [say("removeExportKey"), say("removeRekey")]
            return confirmation(frame, action: "/members/remove", what: say("removeWhat"), consequences: consequences,
                                fields: [("name", name)], button: words["confirmRemove"] ?? "")
        } catch {
            return members(vault, frame, extra: refusal(error, frame: frame), status: .unprocessableContent)
        }
    }

    /// The members page after a change, from the vault opened again: the
    /// session must not go on with the keyring and keys from before it
    /// (after a removal it would seal new parts to the epoch the removed
    /// member holds). If it cannot be opened again, the session locks: the
    /// change is written, and unlocking again shows the vault as it is.
    func afterChange(_ vault: UnlockedVault, _ frame: WebPages.Frame, message: String) -> Response {
        do {
            let fresh = try vault.reopened()
            session.replace(fresh)
            return members(fresh, frame, extra: ["message": message])
        } catch {
            var response = pages.page("error", title: frame.words["errorTitle"] ?? "", frame: frame, values: [
                "message": message + " " + ((error as? any UserFacingError)?.message ?? "the vault could not be opened again"),
                "hint": frame.words["lockedAfterChange"] ?? "", "back": "/unlock",
            ], status: .conflict)
            Self.setSessionCookie(session.lockVault(), on: &response)
            return response
        }
    }

    /// The second form: what will happen, named, and the same values posted again with `confirm=yes`.
    func confirmation(_ frame: WebPages.Frame, action: String, what: String, consequences: [String], fields: [(String, String)],
                      button: String, back: String = "/members") -> Response {
        pages.page("member-confirm", title: frame.words["confirmTitle"] ?? "", frame: frame, values: [
            "action": action, "what": what, "consequences": consequences, "button": button, "back": back,
            "fields": fields.map { ["name": $0.0, "value": $0.1] },
        ])
    }

    /// A refusal's message and hint (never confidential text), for the members page.
    func refusal(_ error: any Error, frame: WebPages.Frame) -> [String: Any] {
        let text = Self.refusalText(error, frame: frame)
        var values: [String: Any] = ["error": text.message]
        if let hint = text.hint { values["errorHint"] = hint }
        return values
    }
}
