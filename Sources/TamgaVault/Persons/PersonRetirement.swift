import Foundation
import TamgaCore

/// Retiring a person from the registry, the one way `tamga person retire`
/// does it (and, later, the web front end's persons page: issue 20, one use
/// case per action): under the vault's write lock, the person must have been
/// declared somewhere and by no newest revision any more (remove them there
/// first: the registry never shrinks behind a document's back); the
/// retirement is a signed log entry with its reason; then every stored State
/// and public part it makes stale is re-projected.
public struct PersonRetirement: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Retires `personID`; returns the stored parts re-projected. `reason` is
    /// logged, so it holds no confidential text; `progress` hears the
    /// re-projection's documents checked of all.
    public func retire(_ personID: String, reason: String, progress: ((Int, Int) -> Void)? = nil) throws -> Int {
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
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
        _ = try RedactionContext.load(vault, loading: .none)
        try vault.log(LogAction(action: "person-retire", persons: [personID], note: reason))
        return try LowerPartRefresher(vault: vault, context: try RedactionContext.load(vault, loading: .none)).refresh(progress: progress)
    }
}
