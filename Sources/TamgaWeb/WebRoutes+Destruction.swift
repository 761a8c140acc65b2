import Foundation
import Hummingbird
import TamgaCore
import TamgaVault

/// Destroying a document from its page (issue 20), through the use case
/// `tamga destroy` calls (`DocumentDestruction`): the confirmation page
/// names what will be lost (`plan`, which writes nothing) and what no
/// destruction can recall (as `tamga destroy --help` says), and asks for
/// the reason and the document id typed again, as the command line asks.
/// Under a policy that asks for a second administrator's approval the form
/// asks (`request`) and destroys nothing; the request then waits on the
/// approvals page. Who may destroy (members cleared internal) and whether
/// the document may go (a person only it declares named elsewhere, consent
/// only it records) are the use case's rules: a member it does not clear
/// gets 403, any other refusal comes back on the form (422), nothing written.
extension WebRoutes {
    func addDestruction(to router: Router<BasicRequestContext>) {
        router.get("/documents/:id/destroy") { request, context in
            let id = try context.parameters.require("id")
            return try await withVault(request) { vault, frame in destroyPage(id, vault: vault, frame: frame) }
        }
        router.post("/documents/:id/destroy") { request, context in
            let id = try context.parameters.require("id")
            let form = try await WebForm(request)
            guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in destroy(id, form: form, vault: vault, frame: frame) }
        }
        addErasure(to: router)
    }

    /// `words[word]` with each `{key}` replaced.
    static func say(_ words: [String: String], _ word: String, _ values: [String: String] = [:]) -> String {
        values.reduce(words[word] ?? "") { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// The 403 page for a member the use case does not clear for this.
    func notCleared(_ error: any Error, frame: WebPages.Frame, back: String) -> Response {
        pages.page("error", title: frame.words["errorTitle"] ?? "", frame: frame,
                   values: ["message": Self.refusalText(error, frame: frame).message, "back": back], status: .forbidden)
    }

    /// The confirmation form; `refused` (a refusal of the posted form) is shown above it, with the reason typed kept.
    func destroyPage(_ id: String, vault: UnlockedVault, frame: WebPages.Frame, reason: String = "", refused: (any Error)? = nil) -> Response {
        let words = frame.words
        let destruction = DocumentDestruction(vault: vault)
        do {
            let plan = try destruction.plan(id)
            let asks = try destruction.needsApproval()
            var lost = [Self.say(words, "destroyTombstone"), Self.say(words, "destroyLogKeeps")]
            if !plan.persons.isEmpty { lost.append(Self.say(words, "destroyPersons", ["persons": plan.persons.joined(separator: ", ")])) }
            if !plan.declaredOnlyHere.isEmpty {
                lost.append(Self.say(words, "destroyRegistry", ["persons": plan.declaredOnlyHere.joined(separator: ", ")]))
            }
            var notRecalled = [Self.say(words, "destroyNotRecalled"), Self.say(words, "destroyCopiesBefore")]
            if plan.sealedWithoutDataKeys > 0 {
                notRecalled.append(Self.say(words, "destroyWithoutDataKeys", ["count": "\(plan.sealedWithoutDataKeys)",
                                                                               "total": "\(plan.parts + plan.attachments)"]))
            }
            notRecalled += plan.handedOver.map { Self.handedOverNotice($0, words: words) }
            var values: [String: Any] = [
                "heading": Self.say(words, "destroyTitle", ["id": id]), "action": "/documents/\(id)/destroy", "back": "/documents/\(id)",
                "what": Self.say(words, "destroyWhat", ["id": id, "revisions": "\(plan.revisions)", "parts": "\(plan.parts)",
                                                        "attachments": "\(plan.attachments)"]),
                "lost": lost, "notRecalled": notRecalled, "reason": reason,
                "reasonLabel": words["destroyReasonLabel"] ?? "", "typeLabel": words["typeDocumentID"] ?? "",
                "button": words[asks ? "askDestroy" : "destroyButton"] ?? "",
            ]
            if asks { values["approval"] = words["approvalNeededDestroy"] ?? "" }
            if let refused { values.merge(refusal(refused, frame: frame)) { $1 } }
            return pages.page("destroy", title: Self.say(words, "destroyTitle", ["id": id]), frame: frame, values: values,
                              status: refused == nil ? .ok : .unprocessableContent)
        } catch VaultError.notCleared(let member, let needed) {
            return notCleared(VaultError.notCleared(member: member, needed: needed), frame: frame, back: "/documents/\(id)")
        } catch {
            return failure(refused ?? error, frame: frame, back: "/documents/\(id)")
        }
    }

    func destroy(_ id: String, form: WebForm, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        let words = frame.words
        let reason = form.string("reason") ?? ""
        let destruction = DocumentDestruction(vault: vault)
        do {
            // As the command line asks the id typed again: nothing is written when it does not match.
            guard form.string("typed")?.trimmingCharacters(in: .whitespaces) == id else {
                throw WebRefusal(message: Self.say(words, "typedMismatch", ["id": id]))
            }
            if try destruction.needsApproval() {
                let request = try destruction.request(id, reason: reason)
                return outcome(frame, heading: words["askedTitle"] ?? "",
                               lines: [Self.say(words, "askedDestroy", ["id": id, "entry": String(request.entry.prefix(12))])],
                               links: [("/approvals", words["approvals"] ?? ""), ("/documents/\(id)", id)])
            }
            let done = try destruction.destroy(id, reason: reason)
            var lines = [Self.say(words, "destroyedMessage", ["id": id, "entry": String(done.entry.prefix(12))]),
                         Self.say(words, "filesRemoved", ["count": "\(done.filesRemoved)"])]
            if !done.plan.declaredOnlyHere.isEmpty {
                lines.append(Self.say(words, "destroyRegistry", ["persons": done.plan.declaredOnlyHere.joined(separator: ", ")]))
            }
            let warnings = done.left.map { Self.say(words, "fileLeft", ["problem": $0]) } + [Self.say(words, "destroyCopiesBefore")]
                + done.plan.handedOver.map { Self.handedOverNotice($0, words: words) }
            return outcome(frame, heading: words["destroyedTitle"] ?? "", lines: lines, warnings: warnings,
                           links: [("/documents", words["documents"] ?? "")])
        } catch VaultError.notCleared(let member, let needed) {
            return notCleared(VaultError.notCleared(member: member, needed: needed), frame: frame, back: "/documents/\(id)")
        } catch {
            return destroyPage(id, vault: vault, frame: frame, reason: reason, refused: error)
        }
    }

    /// A page saying what a destruction, an erasure or a request did.
    func outcome(_ frame: WebPages.Frame, heading: String, lines: [String], warnings: [String] = [], links: [(String, String)]) -> Response {
        pages.page("outcome", title: heading, frame: frame, values: [
            "heading": heading, "lines": lines, "warnings": warnings, "links": links.map { ["href": $0.0, "label": $0.1] },
        ])
    }
}
