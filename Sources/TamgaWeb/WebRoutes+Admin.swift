import Foundation
import Hummingbird
import TamgaCore
import TamgaVault

/// The audit log and check pages, from the use cases `tamga log` and `tamga
/// check` call (`AuditTrail`, `VaultMaintenance.check`): what log entries say
/// and what counts as a problem are theirs. Read-only pages; the log's filter
/// is a GET form. The members pages are in WebRoutes+Members.
extension WebRoutes {
    func addAdministration(to router: Router<BasicRequestContext>) {
        addMembers(to: router)
        addApprovals(to: router)
        addRekey(to: router)
        addDestruction(to: router)
        router.get("/log") { request, _ in try await withVault(request) { vault, frame in auditLog(request, vault, frame) } }
        router.get("/check") { request, _ in try await withVault(request) { vault, frame in check(vault, frame) } }
    }

    func auditLog(_ request: Request, _ vault: UnlockedVault, _ frame: WebPages.Frame) -> Response {
        let query = request.uri.queryParameters
        func value(_ key: String) -> String? {
            query[Substring(key)].map(String.init).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        let filter = AuditTrail.Filter(document: value("doc"), person: value("person"), since: value("since"))
        do {
            if let since = filter.since, since.wholeMatch(of: /\d{4}-\d{2}-\d{2}(T[0-9:.]*Z?)?/) == nil {
                throw VaultError.invalidArgument("'since' takes a date like 2015-01-01")
            }
            let listing = try AuditTrail(vault: vault).list(filter)
            let lines: [[String: Any]] = listing.lines.map {
                ["sequence": $0.sequence, "time": $0.time, "actor": $0.actor, "summary": $0.summary]
            }
            var values: [String: Any] = ["lines": lines, "doc": filter.document ?? "", "person": filter.person ?? "",
                                         "since": filter.since ?? "", "count": lines.count]
            if listing.refused > 0 { values["refused"] = listing.refused }
            return pages.page("log", title: frame.words["auditLog"] ?? "", frame: frame, values: values)
        } catch {
            return failure(error, frame: frame, back: "/log")
        }
    }

    func check(_ vault: UnlockedVault, _ frame: WebPages.Frame) -> Response {
        let report = VaultMaintenance(vault: vault).check()
        let counts = report.checked.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return pages.page("check", title: frame.words["check"] ?? "", frame: frame, values: [
            "problems": report.problems.map(\.description), "warnings": report.warnings.map(\.description),
            "hasProblems": !report.problems.isEmpty, "hasWarnings": !report.warnings.isEmpty,
            "checked": counts.isEmpty ? "nothing" : counts, "notDecrypted": report.notDecrypted, "clean": report.isClean,
        ], status: report.isClean ? .ok : .conflict)
    }
}
