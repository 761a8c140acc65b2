import Foundation
import Hummingbird
import TamgaCore
import TamgaVault

/// Erasing a person from their page (issue 20), through the use case
/// `tamga person erase` calls (`PersonErasure`): the confirmation page
/// names the documents and revisions that will be rewritten (`plan`, which
/// writes nothing) and what an erasure cannot recall (as `tamga person
/// erase --help` says), and asks for the reason and the person id typed
/// again. Under a policy that asks for a second administrator's approval
/// the form asks (`request`) and changes nothing; the request then waits on
/// the approvals page. The use case decides who may erase (members cleared
/// internal: 403 for anyone else) and refuses, before anything is written,
/// a rewrite that would still name the person; a refusal comes back on the
/// form (422).
extension WebRoutes {
    func addErasure(to router: Router<BasicRequestContext>) {
        router.get("/persons/:id/erase") { request, context in
            let id = try context.parameters.require("id")
            return try await withVault(request) { vault, frame in erasePage(id, vault: vault, frame: frame) }
        }
        router.post("/persons/:id/erase") { request, context in
            let id = try context.parameters.require("id")
            let form = try await WebForm(request)
            guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in erase(id, form: form, vault: vault, frame: frame) }
        }
    }

    func erasePage(_ id: String, vault: UnlockedVault, frame: WebPages.Frame, reason: String = "", refused: (any Error)? = nil) -> Response {
        let words = frame.words
        do {
            let plan = try PersonErasure(vault: vault).plan(id)
            let asks = try DocumentDestruction(vault: vault).needsApproval()
            var lost = [Self.say(words, "eraseRewrite"), Self.say(words, "eraseKept")]
            if plan.restrictedLeft > 0 { lost.append(Self.say(words, "eraseRestrictedLeft", ["count": "\(plan.restrictedLeft)"])) }
            if !plan.uncheckedRestricted.isEmpty {
                lost.append(Self.say(words, "eraseUnchecked", ["documents": plan.uncheckedRestricted.joined(separator: ", ")]))
            }
            let notRecalled = [Self.say(words, "eraseNotRecalled"), Self.say(words, "eraseCopiesBefore")] + plan.handedOver.map { Self.handedOverNotice($0, words: words) }
            var values: [String: Any] = [
                "heading": Self.say(words, "eraseTitle", ["id": id]), "action": "/persons/\(id)/erase", "back": "/persons/\(id)",
                "what": Self.say(words, "eraseWhat", ["id": id, "role": plan.role, "documents": plan.documents.joined(separator: ", "),
                                                      "revisions": "\(plan.revisions)", "attachments": "\(plan.attachments)"]),
                "lost": lost, "notRecalled": notRecalled, "reason": reason,
                "reasonLabel": words["eraseReasonLabel"] ?? "", "typeLabel": words["typePersonID"] ?? "",
                "button": words[asks ? "askErase" : "eraseButton"] ?? "",
            ]
            if asks { values["approval"] = words["approvalNeededErase"] ?? "" }
            if let refused { values.merge(refusal(refused, frame: frame)) { $1 } }
            return pages.page("destroy", title: Self.say(words, "eraseTitle", ["id": id]), frame: frame, values: values,
                              status: refused == nil ? .ok : .unprocessableContent)
        } catch VaultError.notCleared(let member, let needed) {
            return notCleared(VaultError.notCleared(member: member, needed: needed), frame: frame, back: "/persons")
        } catch {
            return failure(refused ?? error, frame: frame, back: "/persons/\(id)")
        }
    }

    func erase(_ id: String, form: WebForm, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        let words = frame.words
        let reason = form.string("reason") ?? ""
        let erasure = PersonErasure(vault: vault)
        do {
            guard form.string("typed")?.trimmingCharacters(in: .whitespaces) == id else {
                throw WebRefusal(message: Self.say(words, "typedMismatch", ["id": id]))
            }
            if try DocumentDestruction(vault: vault).needsApproval() {
                let request = try erasure.request(id, reason: reason)
                return outcome(frame, heading: words["askedTitle"] ?? "",
                               lines: [Self.say(words, "askedErase", ["id": id, "entry": String(request.entry.prefix(12))])],
                               links: [("/approvals", words["approvals"] ?? ""), ("/persons/\(id)", id)])
            }
            let done = try erasure.erase(id, reason: reason)
            var lines = [Self.say(words, "erasedMessage", ["id": id, "documents": "\(done.plan.documents.count)",
                                                           "entry": String(done.entry.prefix(12))]),
                         Self.say(words, "filesRemoved", ["count": "\(done.filesRemoved)"])]
            if done.reprojected > 0 { lines.append(Self.say(words, "reprojected", ["count": "\(done.reprojected)"])) }
            var warnings = done.left.map { Self.say(words, "fileLeft", ["problem": $0]) }
            if done.plan.restrictedLeft > 0 { warnings.append(Self.say(words, "eraseRestrictedLeft", ["count": "\(done.plan.restrictedLeft)"])) }
            if !done.plan.uncheckedRestricted.isEmpty {
                warnings.append(Self.say(words, "eraseUnchecked", ["documents": done.plan.uncheckedRestricted.joined(separator: ", ")]))
            }
            warnings += [Self.say(words, "eraseCopiesBefore")] + done.plan.handedOver.map { Self.handedOverNotice($0, words: words) }
            return outcome(frame, heading: words["erasedTitle"] ?? "", lines: lines, warnings: warnings,
                           links: [("/persons/\(id)", id), ("/persons", words["persons"] ?? "")])
        } catch VaultError.notCleared(let member, let needed) {
            return notCleared(VaultError.notCleared(member: member, needed: needed), frame: frame, back: "/persons")
        } catch {
            return erasePage(id, vault: vault, frame: frame, reason: reason, refused: error)
        }
    }
}
