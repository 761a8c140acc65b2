import Foundation
import HTTPTypes
import Hummingbird
import TamgaCore
import TamgaVault

/// Writing and editing documents in the browser (issue 20): a form for the
/// front matter and a text area for the Markdown body, stored through
/// `DocumentFormSubmission`, the rules of `tamga new` and `tamga edit`. A
/// refused form comes back with the member's text in it and the problem
/// above it (the line of the text area, when it is in the body); nothing
/// is stored. The source is built in memory: no file, no temporary copy.
extension WebRoutes {
    /// Empty person rows a form offers beyond the declared ones (the page's script adds more).
    static let blankPersonRows = 3
    /// The most person rows a form is read for.
    static let largestPersonRows = 500

    func addWriting(to router: Router<BasicRequestContext>) {
        router.get("/documents/new") { request, _ in
            try await withVault(request) { vault, frame in
                do {
                    let words = try DocumentFormSubmission(vault: vault).vocabulary()
                    var form = DocumentForm()
                    form.date = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
                    return writePage(form, words: words, editing: nil, frame: frame)
                } catch {
                    return failure(error, frame: frame, back: "/documents")
                }
            }
        }
        router.post("/documents/new") { request, _ in
            try await submitted(request) { form, vault, frame in
                let submission = DocumentFormSubmission(vault: vault)
                let document = Self.document(from: form)
                do {
                    return stored(try submission.create(document), vault: vault, frame: frame)
                } catch let refusal as DocumentFormSubmission.Refusal {
                    return writePage(document, words: try? submission.vocabulary(), editing: nil, frame: frame, refusal: refusal)
                }
            }
        }
        router.get("/documents/:id/edit") { request, context in
            let id = try context.parameters.require("id")
            return try await withVault(request) { vault, frame in
                do {
                    let submission = DocumentFormSubmission(vault: vault)
                    let opened = try submission.openForEditing(id)
                    return writePage(opened.form, words: try? submission.vocabulary(), editing: (id, opened.basedOn), frame: frame,
                                     notice: opened.droppedComments > 0
                                         ? "\(opened.droppedComments) comment line(s) (# …) of this document's front matter have no field "
                                             + "here; saving the form leaves them out (`tamga edit \(id)` keeps them)." : nil)
                } catch {
                    return failure(error, frame: frame, back: "/documents")
                }
            }
        }
        router.post("/documents/:id/edit") { request, context in
            let id = try context.parameters.require("id")
            return try await submitted(request) { form, vault, frame in
                let submission = DocumentFormSubmission(vault: vault)
                let document = Self.document(from: form)
                let basedOn = form.text("basedOn")
                do {
                    return stored(try submission.update(id, form: document, basedOn: basedOn), vault: vault, frame: frame)
                } catch let refusal as DocumentFormSubmission.Refusal {
                    return writePage(document, words: try? submission.vocabulary(), editing: (id, basedOn), frame: frame, refusal: refusal)
                }
            }
        }
    }

    /// Reads a write or edit form (up to `WebForm.largestDocumentForm`), checks its CSRF token, and runs `body` unlocked.
    func submitted(_ request: Request,
                   _ body: @escaping @Sendable (WebForm, UnlockedVault, WebPages.Frame) throws -> Response) async throws -> Response {
        let form: WebForm
        do {
            form = try await WebForm(request, upTo: WebForm.largestDocumentForm)
        } catch let error as WebForm.TooLarge {
            let frame = frame(request, vault: session.unlocked())
            return pages.page("error", title: frame.words["errorTitle"] ?? "", frame: frame, values: [
                "message": "The form is larger than \(error.limit / 1024) KiB, the most a document written in the browser may be; "
                    + "nothing was read or stored.",
                "hint": "Go back, keep your text elsewhere, and shorten it; a longer document is added with `tamga add FILE`.",
                "back": "/documents",
            ], status: .contentTooLarge)
        }
        guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
        return try await withVault(request) { vault, frame in
            do {
                return try body(form, vault, frame)
            } catch {
                return failure(error, frame: frame, back: "/documents")
            }
        }
    }

    /// The form's fields as a document form: lists split (tags at commas; authors and
    /// other spellings at semicolons; sensitive phrases one a line), empty person rows left out.
    static func document(from form: WebForm) -> DocumentForm {
        func list(_ text: String, _ separators: Set<Character>) -> [String] {
            text.split(whereSeparator: { separators.contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func trimmed(_ name: String) -> String { form.text(name).trimmingCharacters(in: .whitespacesAndNewlines) }
        var document = DocumentForm()
        document.id = trimmed("id")
        document.kind = trimmed("kind")
        document.title = trimmed("title")
        document.date = trimmed("date")
        document.facility = trimmed("facility")
        document.level = trimmed("level")
        document.language = trimmed("lang")
        document.authors = list(form.text("authors"), [";"])
        document.tags = list(form.text("tags"), [","])
        document.sensitive = list(form.text("sensitive"), ["\n", "\r", "\r\n"])
        let rows = min(Int(form.text("personRows")) ?? 0, largestPersonRows)
        for row in 0..<rows {
            let field = { (name: String) in form.text("person-\(row)-\(name)").trimmingCharacters(in: .whitespaces) }
            guard !(field("id").isEmpty && field("name").isEmpty && field("also").isEmpty) else { continue }
            var consent: Set<Audience> = []
            if !field("state").isEmpty { consent.insert(.state) }
            if !field("public").isEmpty { consent.insert(.public) }
            document.persons.append(.init(id: field("id"), name: field("name"), also: list(field("also"), [";"]), role: field("role"),
                                          consent: consent))
        }
        document.body = form.text("body")
        return document
    }

    /// The write or edit page for `form`; `editing` is the document id and the revision it was opened from.
    func writePage(_ form: DocumentForm, words: DocumentFormSubmission.Vocabulary?, editing: (id: String, basedOn: String)?,
                   frame: WebPages.Frame, refusal: DocumentFormSubmission.Refusal? = nil, notice: String? = nil) -> Response {
        func options(_ values: [String], selected: String, blank: String? = nil) -> [[String: Any]] {
            var all = values
            if !selected.isEmpty, !all.contains(selected) { all.append(selected) }
            var rows: [[String: Any]] = all.map { ["value": $0, "label": $0, "selected": $0 == selected] }
            if let blank { rows.insert(["value": "", "label": blank, "selected": selected.isEmpty], at: 0) }
            return rows
        }
        let roles = words?.roles ?? []
        let declared = form.persons + Array(repeating: DocumentForm.Person(id: "", name: "", role: ""), count: Self.blankPersonRows)
        let persons: [[String: Any]] = declared.enumerated().map { row, person in
            ["row": row, "id": person.id, "name": person.name, "also": person.also.joined(separator: "; "),
             "roles": options(roles, selected: person.role, blank: "—"),
             "state": person.consent.contains(.state), "public": person.consent.contains(.public)]
        }
        var values: [String: Any] = [
            "id": form.id, "title": form.title, "date": form.date, "facility": form.facility,
            "authors": form.authors.joined(separator: "; "), "tags": form.tags.joined(separator: ", "),
            "sensitive": form.sensitive.joined(separator: "\n"), "body": form.body,
            "kinds": options(words?.kinds ?? [], selected: form.kind),
            "levels": options(Level.allCases.map(\.rawValue), selected: form.level, blank: frame.words["levelDefault"] ?? ""),
            "langs": options(DocumentLanguage.allCases.map(\.rawValue), selected: form.language, blank: frame.words["languageAuto"] ?? ""),
            "persons": persons, "personRows": declared.count,
            "action": editing.map { "/documents/\($0.id)/edit" } ?? "/documents/new",
        ]
        if let editing {
            values["editing"] = true
            values["basedOn"] = editing.basedOn
        }
        if let notice { values["notice"] = notice }
        if let refusal {
            values["error"] = refusal.message
            if let hint = refusal.hint { values["hint"] = hint }
            if let line = refusal.bodyLine { values["errorLine"] = line }
        }
        let title = editing.map { "\(frame.words["editTitle"] ?? "") \($0.id)" } ?? frame.words["newTitle"] ?? ""
        return pages.page("write", title: title, frame: frame, values: values.merging(["heading": title]) { $1 },
                          status: refusal == nil ? .ok : .unprocessableContent)
    }

    /// What was stored, with the warnings about the text and where to go next.
    func stored(_ stored: DocumentFormSubmission.Stored, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        var message = stored.unchanged ? "No change to \(stored.id): revision \(stored.revision) has this text."
            : "Stored \(stored.id), revision \(stored.revision)."
        if let reprojected = stored.reprojected {
            if reprojected > 0 { message += " Re-projected \(reprojected) state/public part(s) of other documents." }
        } else {
            message += " As a \(vault.member.clearance.rawValue) member you stored the full text only; the state and public versions "
                + "are made when a member cleared internal next stores a document."
        }
        let readable = vault.member.clearance == .internal
        return pages.page("stored", title: frame.words["storedTitle"] ?? "", frame: frame, values: [
            "id": stored.id, "message": message, "warnings": stored.warnings, "hasWarnings": !stored.warnings.isEmpty, "readable": readable,
        ])
    }
}
