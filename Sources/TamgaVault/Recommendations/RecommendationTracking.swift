import Foundation
import TamgaCore

/// Recording what happened to a recommendation, the one way `tamga rec
/// respond` and `rec verify` do it (and, later, the web front end's
/// follow-up dashboard: issue 20, one use case per action): the
/// recommendation must exist in a report this member reads (and, for a
/// verification, the visit report that checked it), then, under the vault's
/// write lock, the event is stored signed and dated (`RecommendationStore`).
public struct RecommendationTracking: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// An addressee's answer to recommendation `id`.
    public func respond(_ id: String, from: String, date: String, status: RecommendationStatus, text: String?,
                        level: Level = .state) throws {
        guard CalendarDate(iso: date) != nil else { throw VaultError.invalidArgument("the date must be a date like 2015-02-01") }
        guard RecommendationStatus.responseStatuses.contains(status) else {
            throw VaultError.invalidArgument("a response status is one of: "
                + RecommendationStatus.responseStatuses.map(\.rawValue).joined(separator: ", "))
        }
        let desk = try RecommendationDesk(vault: vault)
        _ = try desk.requireRecord(id)
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        try RecommendationStore(vault: vault).record(RecommendationEvent(
            kind: .response, recommendation: id, date: date, from: from, status: status, text: text,
            level: level, recorded: Timestamp.now()))
    }

    /// What the later visit `visit` found of recommendation `id`; dated by that visit.
    public func verify(_ id: String, visit: String, finding: VerificationFinding, level: Level = .state) throws {
        let desk = try RecommendationDesk(vault: vault)
        _ = try desk.requireRecord(id)
        guard let report = desk.context.documents[visit] else { throw VaultError.unknownDocument(id: visit) }
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        try RecommendationStore(vault: vault).record(RecommendationEvent(
            kind: .verification, recommendation: id, date: report.date.description, visit: visit, finding: finding,
            level: level, recorded: Timestamp.now()))
    }
}
