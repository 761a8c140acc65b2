import TamgaCore

/// Under a policy that asks for a second administrator's approval, the
/// approver must already have been an administrator cleared internal when
/// the request was made (the keyring the request entry binds). Otherwise
/// the only administrator asks, adds a "second administrator" whose key
/// they made themselves, and approves as it: three clicks in the browser
/// (web red team 40, F10). Readers refuse such an approval
/// (`EntryAuthorization.approvalRefusal`); this says so before anything is
/// written. The rule counts keys, not people: an identity added before the
/// request still counts (docs/retention.md, limits).
enum ApprovalIndependence {
    static func require(_ vault: UnlockedVault, approving request: String, what: String) throws {
        let bound = try AuditLog(paths: vault.paths).entry(named: request).body.keyring
        let keyring = try KeyringStore(paths: vault.paths).verifiedChain().first { $0.fileHash == bound }
        guard let member = keyring?.body.member(fingerprint: vault.member.fingerprint),
              member.active, member.administrator, member.clearance == .internal else {
            throw VaultError.invalidArgument("you were not an administrator cleared internal when \(what) was asked: the policy asks "
                + "for a second administrator who already was one then; another administrator approves it (nothing was changed)")
        }
    }
}
