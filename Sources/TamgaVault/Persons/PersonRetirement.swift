import Foundation
import TamgaCore

/// Retiring a person from the registry, the one way `tamga person retire`
/// does it (and, later, the web front end's persons page: issue 20, one use
/// case per action): under the vault's write lock, the person must have been
/// declared somewhere and by no newest revision any more (remove them there
/// first: the registry never shrinks behind a document's back); the
/// retirement is a signed log entry with its reason; then every stored State
/// and public part it makes stale is re-projected.
///
/// Retiring publishes the person's name wherever another document, a
/// recommendation record or an attachment still names them (that is its
/// purpose for a mistaken declaration, but it must not happen unseen:
/// attacker session 38, #8). `plan` lists those places, judged as the
/// destroy check judges (`DocumentDestruction.shown`); the member confirms
/// that list, and `retire` refuses when the log moved and the list grew.
public struct PersonRetirement: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public struct Plan: Sendable, Equatable {
        public let personID: String
        /// Documents (or their records, attachments) whose State and public
        /// versions will show the name once the person is retired.
        public let shownIn: [String]
        /// The log heads the plan was made at (`retire` decides again only when they moved).
        let heads: [String]
    }

    /// Whether `personID` may be retired, and where the name will show.
    public func plan(_ personID: String) throws -> Plan {
        let index = try VaultIndex.load(vault)
        let declaring = index.declarations.filter { $0.persons.contains { $0.id == personID } }.map(\.document)
        guard !declaring.isEmpty else {
            throw VaultError.unknownPerson(id: personID)
        }
        let current = index.documents.filter { $0.declarations.contains { $0.id == personID && $0.earlier != true } }.compactMap(\.entry?.id)
        guard current.isEmpty else {
            throw VaultError.invalidArgument("\(personID) is declared by the newest revision of \(current.sorted().joined(separator: ", ")); "
                + "remove them there first")
        }
        // Only a member who can load the registry (cleared internal) gets this far.
        let now = try RedactionContext.load(vault, loading: .none)
        guard let person = now.registry.persons[personID] else { throw VaultError.unknownPerson(id: personID) }
        let after = try Self.context(retiring: personID, before: now, index: index)
        let shown = try DocumentDestruction(vault: vault).shown([person], now: now, after: after, besides: nil, index: index)
        return Plan(personID: personID, shownIn: shown[personID] ?? [], heads: index.heads)
    }

    /// Retires `personID`; returns the stored parts re-projected. `reason` is
    /// logged, so it holds no confidential text; `progress` hears the
    /// re-projection's documents checked of all. `confirmed`: the plan the
    /// member saw; when the log moved since, the places are judged again and
    /// a place the member was not shown stops the retirement.
    public func retire(_ personID: String, reason: String, confirmed: Plan? = nil, progress: ((Int, Int) -> Void)? = nil) throws -> Int {
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        let heads = try VaultIndex.load(vault).heads
        let reusable = confirmed.flatMap { $0.personID == personID && $0.heads == heads ? $0 : nil }
        let plan = try reusable ?? self.plan(personID)
        if let unseen = plan.shownIn.first(where: { !(confirmed?.shownIn.contains($0) ?? false) }) {
            throw VaultError.invalidArgument("once \(personID) is retired, \(unseen) will show their name in its State and public "
                + "versions, which was not confirmed (the vault changed since, or no list was confirmed); run `tamga person retire` "
                + "again and confirm; nothing was changed")
        }
        try vault.log(LogAction(action: "person-retire", persons: [personID], note: reason))
        return try LowerPartRefresher(vault: vault, context: try RedactionContext.load(vault, loading: .none)).refresh(progress: progress)
    }

    /// The vault's redaction with `personID` out of the registry (every declaration of them is an earlier revision's).
    static func context(retiring personID: String, before: RedactionContext, index: VaultIndex) throws -> RedactionContext {
        let declarations = index.declarations.map { document, persons in (document: document, persons: persons.filter { $0.id != personID }) }
        var conflicts: [RegistryError] = []
        return before.withRegistry(index.consentLedger.apply(to: PersonRegistry(declarations: declarations, conflicts: &conflicts,
                                                                                          openness: before.policy.policy.openness(of:))))
    }
}
