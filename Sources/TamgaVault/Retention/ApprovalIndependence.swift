import TamgaCore

/// Under a policy that asks for a second administrator's approval, the
/// approver must already have been an administrator cleared internal when
/// the request was made (the keyring the request entry binds). Otherwise
/// the only administrator asks, adds a "second administrator" whose key
/// they made themselves, and approves as it: three clicks in the browser
/// (web red team 40, F10). Readers refuse such an approval
/// (`EntryAuthorization.approvalRefusal`); this says so before anything is
/// written. Nor may approver and asker come from one member's additions
/// made after the vault first asked for approval (web red team 42, D1: the
/// asker adds the "second administrator" first, then asks; session 43
/// attacker, A1: or has it ask, and approves). The rule counts keys, not
/// people: an identity added before the policy asked still counts
/// (docs/retention.md, limits).
public enum ApprovalIndependence {
    /// Whether the unlocked member may approve the request `entry` asked by `asker` (a front end shows the
    /// button only then): an administrator cleared internal, not the asker, already one when it was asked,
    /// and not made one by the asker after the vault asked for approval. The use case checks again.
    public static func mayApprove(_ vault: UnlockedVault, request entry: String, askedBy asker: String) -> Bool {
        let member = vault.member
        guard member.administrator, member.clearance == .internal, member.fingerprint != asker else { return false }
        return (try? require(vault, approving: entry, what: "it")) != nil
    }

    static func require(_ vault: UnlockedVault, approving request: String, what: String) throws {
        let bound = try AuditLog(paths: vault.paths).entry(named: request).body.keyring
        let keyring = try KeyringStore(paths: vault.paths).verifiedChain().first { $0.fileHash == bound }
        guard let member = keyring?.body.member(fingerprint: vault.member.fingerprint),
              member.active, member.administrator, member.clearance == .internal else {
            throw VaultError.invalidArgument("you were not an administrator cleared internal when \(what) was asked: the policy asks "
                + "for a second administrator who already was one then; another administrator approves it (nothing was changed)")
        }
        if try VaultIndex.load(vault).sharesLineage(vault.member.fingerprint, withTheAskerOf: request) {
            throw VaultError.invalidArgument("you and the member who asked for \(what) come from one member's additions made "
                + "after the vault asked for approval (one of you added the other, or one member added you both): the policy "
                + "asks for a second person, and one person can hold both keys; an administrator from another line approves it "
                + "(nothing was changed)")
        }
    }
}
