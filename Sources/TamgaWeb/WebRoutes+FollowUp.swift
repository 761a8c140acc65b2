import Foundation
import Hummingbird
import TamgaCore
import TamgaVault

/// The follow-up of one recommendation (issue 20): its text, status and
/// history, and the forms that record an authority's response and what a
/// later visit found, through `RecommendationTracking` (the use case `tamga
/// rec respond` and `rec verify` call). The desk reads every source, so a
/// member below internal gets the refusal page.
extension WebRoutes {
    func addFollowUp(to router: Router<BasicRequestContext>) {
        router.get("/recommendations/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await withVault(request) { vault, frame in recommendation(id, vault: vault, frame: frame, message: nil) }
        }
        router.post("/recommendations/:id/respond") { request, context in
            let id = try context.parameters.require("id")
            let form = try await WebForm(request)
            guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in respond(id, form: form, vault: vault, frame: frame) }
        }
        router.post("/recommendations/:id/verify") { request, context in
            let id = try context.parameters.require("id")
            let form = try await WebForm(request)
            guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in verify(id, form: form, vault: vault, frame: frame) }
        }
    }

    func recommendation(_ id: String, vault: UnlockedVault, frame: WebPages.Frame, message: String?) -> Response {
        do {
            let desk = try RecommendationDesk(vault: vault)
            let record = try desk.requireRecord(id)
            let history: [[String: Any]] = desk.history(id).map { event in
                var row: [String: Any] = ["date": event.date, "level": event.level.rawValue, "response": event.kind == .response]
                if let from = event.from { row["from"] = from }
                if let status = event.status { row["status"] = status.rawValue }
                if let visit = event.visit { row["visit"] = visit }
                if let finding = event.finding { row["finding"] = finding.rawValue }
                if let text = event.text { row["text"] = text }
                return row
            }
            let repeats: [[String: Any]] = desk.repeats.filter { $0.later == id || $0.earlier == id }.map { item in
                ["other": item.later == id ? item.earlier : item.later, "reason": item.reason]
            }
            let visits = desk.context.documents.values.filter { $0.date.description >= record.date && $0.id != record.report }
                .sorted { ($0.date.description, $0.id) < ($1.date.description, $1.id) }
                .map { ["value": $0.id, "label": "\($0.id) (\($0.date.description))"] }
            var values: [String: Any] = [
                "id": record.id, "report": record.report, "date": record.date, "level": record.level.rawValue, "text": record.text,
                "addressee": record.addressee ?? "—", "facility": record.facility ?? "—", "theme": record.theme ?? "—",
                "status": desk.status(id).rawValue, "history": history, "hasHistory": !history.isEmpty,
                "repeats": repeats, "hasRepeats": !repeats.isEmpty, "visits": visits, "hasVisits": !visits.isEmpty,
                "statuses": RecommendationStatus.responseStatuses.map(\.rawValue),
                "findings": VerificationFinding.allCases.map(\.rawValue),
            ]
            if let message { values["message"] = message }
            return pages.page("recommendation", title: record.id, frame: frame, values: values)
        } catch {
            return failure(error, frame: frame, back: "/recommendations")
        }
    }

    /// The level a follow-up record is kept at: state or public, as `rec respond --level` allows.
    static func recordLevel(_ form: WebForm) throws -> Level {
        guard let level = form.string("level").flatMap(Level.init(rawValue:)), level != .internal else {
            throw VaultError.invalidArgument("the record's level is state or public")
        }
        return level
    }

    func respond(_ id: String, form: WebForm, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        do {
            guard let from = form.string("from")?.trimmingCharacters(in: .whitespaces), !from.isEmpty,
                  let date = form.string("date"), CalendarDate(iso: date) != nil,
                  let status = form.string("status").flatMap(RecommendationStatus.init(rawValue:)) else {
                throw VaultError.invalidArgument("give who answered, the date of the answer (YYYY-MM-DD) and a status")
            }
            let text = form.string("text").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
            try RecommendationTracking(vault: vault).respond(id, from: from, date: date, status: status, text: text,
                                                             level: try Self.recordLevel(form))
            return recommendation(id, vault: vault, frame: frame, message: "\(frame.words["recorded"] ?? "Recorded"): \(status.rawValue)")
        } catch {
            return failure(error, frame: frame, back: "/recommendations/\(id)")
        }
    }

    func verify(_ id: String, form: WebForm, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        do {
            guard let visit = form.string("visit"), !visit.isEmpty,
                  let finding = form.string("finding").flatMap(VerificationFinding.init(rawValue:)) else {
                throw VaultError.invalidArgument("choose the visit report that checked it and what it found")
            }
            try RecommendationTracking(vault: vault).verify(id, visit: visit, finding: finding, level: try Self.recordLevel(form))
            return recommendation(id, vault: vault, frame: frame, message: "\(frame.words["recorded"] ?? "Recorded"): \(visit), \(finding.rawValue)")
        } catch {
            return failure(error, frame: frame, back: "/recommendations/\(id)")
        }
    }
}
