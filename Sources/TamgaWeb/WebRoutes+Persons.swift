import Foundation
import Hummingbird
import TamgaCore
import TamgaVault

/// The persons pages: the registry, one person with their consent history
/// and disclosures, and recording consent (`ConsentRecording`, the use case
/// `tamga person consent` calls). The registry needs clearance internal: a
/// State member gets the refusal page.
extension WebRoutes {
    func addPersons(to router: Router<BasicRequestContext>) {
        router.get("/persons") { request, _ in try await withVault(request) { vault, frame in persons(vault, frame) } }
        router.get("/persons/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await withVault(request) { vault, frame in person(id, vault: vault, frame: frame, message: nil) }
        }
        router.post("/persons/:id/consent") { request, context in
            let id = try context.parameters.require("id")
            let form = try await WebForm(request)
            guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in consent(id, form: form, vault: vault, frame: frame) }
        }
    }

    static func consentText(_ consent: Set<Audience>) -> String {
        consent.isEmpty ? "none" : consent.map(\.rawValue).sorted().joined(separator: ", ")
    }

    func persons(_ vault: UnlockedVault, _ frame: WebPages.Frame) -> Response {
        do {
            let registry = try RedactionContext.load(vault, loading: .none).registry
            let rows: [[String: Any]] = registry.persons.values.sorted { $0.id < $1.id }.map {
                // An erased person (issue 18) is shown as erased: no name, whatever a declaration still holds.
                ["id": $0.id, "role": $0.role, "consent": Self.consentText($0.consent), "name": $0.erased ? "" : $0.name, "erased": $0.erased]
            }
            return pages.page("persons", title: frame.words["persons"] ?? "", frame: frame, values: ["persons": rows, "hasPersons": !rows.isEmpty])
        } catch {
            return failure(error, frame: frame, back: "/documents")
        }
    }

    func person(_ id: String, vault: UnlockedVault, frame: WebPages.Frame, message: String?) -> Response {
        do {
            let context = try RedactionContext.load(vault, loading: .none)
            guard let person = context.registry.persons[id] else { throw VaultError.unknownPerson(id: id) }
            let documents = try VaultIndex.load(vault).declarations.filter { $0.persons.contains { $0.id == id } }.map(\.document).sorted()
            let named: [[String: Any]] = [Audience.state, .public].map { audience in
                ["audience": audience.rawValue,
                 "answer": context.policy.policy.disclosesName(role: person.role, consent: person.consent, to: audience) ? "yes" : "no (pseudonym)"]
            }
            let events: [[String: Any]] = try ConsentLedger.load(vault).events(for: id).map { event in
                var row: [String: Any] = ["date": event.date, "what": event.granted ? "gave consent to be named to" : "withdrew consent for",
                                          "audience": event.audience.rawValue]
                if let by = event.obtainedBy { row["obtainedBy"] = by }
                if let note = event.note { row["note"] = note }
                return row
            }
            let disclosures: [[String: Any]] = try DisclosureLedger.load(vault).filtered(person: id, audience: nil).map { entry in
                ["time": entry.time, "document": entry.document, "audience": entry.audience,
                 "how": entry.named.contains(id) ? "named" : entry.pseudonymized.contains(id) ? "pseudonymised" : "withheld"]
            }
            var values: [String: Any] = [
                "id": person.id, "name": person.erased ? "" : person.name, "erased": person.erased, "role": person.role, "documents": documents,
                "consent": Self.consentText(person.consent), "named": named, "events": events, "hasEvents": !events.isEmpty,
                "disclosures": disclosures, "hasDisclosures": !disclosures.isEmpty,
            ]
            if !person.also.isEmpty, !person.erased { values["also"] = person.also.joined(separator: "; ") }
            if let message { values["message"] = message }
            return pages.page("person", title: person.id, frame: frame, values: values)
        } catch {
            return failure(error, frame: frame, back: "/persons")
        }
    }

    func consent(_ id: String, form: WebForm, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        do {
            guard let change = form.string("change"), change == "grant" || change == "withdraw",
                  let audience = form.string("audience").flatMap(Audience.init(rawValue:)),
                  let date = form.string("date"), CalendarDate(iso: date) != nil,
                  let obtainedBy = form.string("obtainedBy")?.trimmingCharacters(in: .whitespaces), !obtainedBy.isEmpty else {
                throw VaultError.invalidArgument("choose grant or withdraw, an audience (state or public), a date (YYYY-MM-DD) and who obtained it")
            }
            let note = form.string("note").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            let result = try ConsentRecording(vault: vault).record(
                .init(personID: id, audience: audience, granted: change == "grant", date: date, obtainedBy: obtainedBy, note: note))
            let message = "Recorded: \(id) \(change == "grant" ? "consents" : "no longer consents") to be named to \(audience.rawValue)"
                + (result.reprojected > 0 ? "; \(result.reprojected) stored part(s) re-projected." : ".")
            return person(id, vault: vault, frame: frame, message: message)
        } catch {
            return failure(error, frame: frame, back: "/persons/\(id)")
        }
    }
}
