import Foundation
import Hummingbird
import TamgaCore
import TamgaVault

/// Requests waiting for a second administrator (issue 18, under a policy
/// with `approval: second-administrator`): the destructions and erasures
/// asked for, each approved after a confirmation page through the use case
/// `tamga destroy --approve` and `tamga person erase --approve` call
/// (`DocumentDestruction.approve`, `PersonErasure.approve`): who may
/// approve (an administrator cleared internal, not the one who asked) and
/// whether the request still holds are theirs. A request is withdrawn here
/// too, by whoever asked or an administrator (`DocumentDestruction.cancel`,
/// `PersonErasure.cancel`, as `--cancel`); asking stays on the command line.
extension WebRoutes {
    func addApprovals(to router: Router<BasicRequestContext>) {
        router.get("/approvals") { request, _ in try await withVault(request) { vault, frame in approvals(vault, frame) } }
        router.post("/approvals/:what") { request, context in
            let what = try context.parameters.require("what")
            let form = try await WebForm(request)
            guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in approve(what, form: form, vault: vault, frame: frame) }
        }
    }

    func approvals(_ vault: UnlockedVault, _ frame: WebPages.Frame, extra: [String: Any] = [:],
                   status: HTTPResponse.Status = .ok) -> Response {
        do {
            func rows(_ requests: [DocumentDestruction.Request], _ what: String) -> [[String: Any]] {
                requests.map { request -> [String: Any] in
                    let own = request.requestedByFingerprint == vault.member.fingerprint
                    // The button only for whom the use case would let approve (web round 42: it was shown to every member).
                    let may = ApprovalIndependence.mayApprove(vault, request: request.entry, askedBy: request.requestedByFingerprint)
                    return ["what": what, "id": request.id, "entry": request.entry, "by": request.requestedBy, "time": request.time, "reason": request.reason,
                            "own": own, "mayApprove": may, "otherApproves": !own && !may, "mayWithdraw": own || vault.member.administrator]
                }
            }
            let destructions = rows(try DocumentDestruction(vault: vault).pending(), "destroy")
            let erasures = rows(try PersonErasure(vault: vault).pending(), "erase")
            var values: [String: Any] = ["destructions": destructions, "erasures": erasures,
                                         "none": destructions.isEmpty && erasures.isEmpty]
            values.merge(extra) { $1 }
            return pages.page("approvals", title: frame.words["approvals"] ?? "", frame: frame, values: values, status: status)
        } catch {
            return failure(error, frame: frame, back: "/documents")
        }
    }

    /// The request entry an approval names (the confirmation page's and the list's forms carry it): an approval
    /// is of the request the administrator read, its asker and reason, not of whatever holds the id when the button
    /// is pressed (web red team 42, B1). A form without it approves nothing.
    static func readEntry(_ form: WebForm, what: String) throws -> String {
        guard let entry = form.string("entry"), !entry.isEmpty else {
            throw VaultError.invalidArgument("the approval does not name the request you read: open it from the approvals page "
                                             + "and approve it there; nothing was changed")
        }
        return entry
    }

    func approve(_ what: String, form: WebForm, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        let id = form.string("id") ?? ""
        let words = frame.words
        func say(_ word: String, _ values: [String: String]) -> String {
            values.reduce(words[word] ?? "") { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        do {
            switch what {
            case "withdraw":
                // Withdrawing destroys nothing and can be asked again: no confirmation page.
                let withdrawn: DocumentDestruction.Request
                switch form.string("kind") {
                case "destroy": withdrawn = try DocumentDestruction(vault: vault).cancel(id)
                case "erase": withdrawn = try PersonErasure(vault: vault).cancel(id)
                default: return WebPages.plain(.notFound, "No such request type.")
                }
                return approvals(vault, frame, extra: ["message": say("withdrawnMessage", ["id": id, "by": withdrawn.requestedBy])])
            case "destroy":
                let destruction = DocumentDestruction(vault: vault)
                if form.string("confirm") == "yes" {
                    let outcome = try destruction.approve(id, expectedEntry: try Self.readEntry(form, what: "destroy \(id)"))
                    return approvals(vault, frame, extra: ["message": say("destroyedMessage", ["id": id, "entry": String(outcome.entry.prefix(12))])])
                }
                guard let request = try destruction.pending().first(where: { $0.id == id }) else {
                    throw VaultError.invalidArgument("nothing asks for \(id) to be destroyed")
                }
                try DocumentDestruction.require(request, is: form.string("entry"), what: "destroy \(id)")
                let plan = try destruction.plan(id)
                let what = say("destroyWhat", ["id": id, "revisions": "\(plan.revisions)", "parts": "\(plan.parts)",
                                               "attachments": "\(plan.attachments)"])
                return confirmation(frame, action: "/approvals/destroy", what: what,
                                    consequences: [say("askedBy", ["by": request.requestedBy, "time": request.time, "reason": request.reason]),
                                                   words["destroyForGood"] ?? ""] + plan.handedOver.map { Self.handedOverNotice($0, words: words) },
                                    fields: [("id", id), ("entry", request.entry)], button: words["approveDestroy"] ?? "", back: "/approvals")
            case "erase":
                let erasure = PersonErasure(vault: vault)
                if form.string("confirm") == "yes" {
                    let outcome = try erasure.approve(id, expectedEntry: try Self.readEntry(form, what: "erase \(id)"))
                    return approvals(vault, frame, extra: ["message": say("erasedMessage", ["id": id, "documents": "\(outcome.plan.documents.count)",
                                                                                            "entry": String(outcome.entry.prefix(12))])])
                }
                guard let request = try erasure.pending().first(where: { $0.id == id }) else {
                    throw VaultError.invalidArgument("nothing asks for \(id) to be erased")
                }
                try DocumentDestruction.require(request, is: form.string("entry"), what: "erase \(id)")
                let plan = try erasure.plan(id)
                let what = say("eraseWhat", ["id": id, "role": plan.role, "documents": plan.documents.joined(separator: ", "),
                                             "revisions": "\(plan.revisions)", "attachments": "\(plan.attachments)"])
                return confirmation(frame, action: "/approvals/erase", what: what,
                                    consequences: [say("askedBy", ["by": request.requestedBy, "time": request.time, "reason": request.reason]),
                                                   words["eraseForGood"] ?? ""] + plan.handedOver.map { Self.handedOverNotice($0, words: words) },
                                    fields: [("id", id), ("entry", request.entry)], button: words["approveErase"] ?? "", back: "/approvals")
            default:
                return WebPages.plain(.notFound, "No such request type.")
            }
        } catch {
            return approvals(vault, frame, extra: refusal(error, frame: frame), status: .unprocessableContent)
        }
    }
}
