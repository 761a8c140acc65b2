import Foundation
import TamgaCore

/// Recording that a person gave or withdrew consent to have their records
/// handed over to a successor body (`tamga person consent ID --grant
/// transfer`), the one way a front end does it. Like `ConsentRecording`: under
/// the vault's write lock, the person must be in the registry, and the event
/// is a signed, dated log entry sealed to internal. It changes no projection
/// (it is not consent to be named), so nothing is re-projected.
public struct TransferConsentRecording: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Records a grant (`granted`) or a withdrawal; returns the log entry.
    @discardableResult
    public func record(personID: String, granted: Bool, date: String, obtainedBy: String, note: String? = nil) throws -> String {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "recording consent (internal)")
        }
        guard CalendarDate(iso: date) != nil else { throw VaultError.invalidArgument("the date must be a date like 2014-11-02") }
        guard !obtainedBy.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw VaultError.invalidArgument("say who obtained the consent (--obtained-by)")
        }
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        // A retired person too: the hand-over plan still withholds their records for lack of it (`HandoverRegistry`).
        let context = try HandoverRegistry.context(try RedactionContext.load(vault, loading: .none), index: try VaultIndex.load(vault))
        guard context.registry.persons[personID] != nil else { throw VaultError.unknownPerson(id: personID) }
        return try vault.log(LogAction(action: granted ? TransferConsent.grantAction : TransferConsent.withdrawAction,
                                       persons: [personID], note: note, date: date, obtainedBy: obtainedBy))
    }
}
