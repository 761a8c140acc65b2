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
    /// button only then): an administrator cleared internal, not the asker, and no obstacle the readers
    /// would see (`VaultIndex.approvalObstacle`). The use case checks again when it approves.
    public static func mayApprove(_ vault: UnlockedVault, request entry: String, askedBy asker: String) -> Bool {
        let member = vault.member
        guard member.administrator, member.clearance == .internal, member.fingerprint != asker,
              let index = try? VaultIndex.load(vault) else { return false }
        return index.approvalObstacle(approver: member.fingerprint, request: entry) == nil
    }

    static func require(_ vault: UnlockedVault, approving request: String, what: String) throws {
        switch try VaultIndex.load(vault).approvalObstacle(approver: vault.member.fingerprint, request: request) {
        case nil:
            return
        case .notAdministratorWhenAsked:
            throw VaultError.invalidArgument("you were not an administrator cleared internal when \(what) was asked: the policy asks "
                + "for a second administrator who already was one then; another administrator approves it (nothing was changed)")
        case .sameLine:
            throw VaultError.invalidArgument("you and the member who asked for \(what) come from one member's additions made "
                + "after the vault asked for approval (one of you added the other, or one member added you both): the policy "
                + "asks for a second person, and one person can hold both keys; an administrator from another line approves it "
                + "(nothing was changed)")
        }
    }
}
