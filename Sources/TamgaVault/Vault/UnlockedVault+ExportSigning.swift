import TamgaCrypto

extension UnlockedVault {
    /// The NPM export-signing key in force, or why this member cannot sign.
    ///
    /// Only members cleared internal hold it (`Clearance.mayExport`): a State
    /// member or a contributor holding it could sign a fabricated "NPM
    /// report" that every recipient would accept. Checked before anything is
    /// read, so such a member learns this first, in plain words.
    public func requireExportSigning() throws -> SigningKeyPair {
        guard member.clearance.mayExport else {
            throw VaultError.notCleared(member: member.name, needed: "exporting (exports are signed by members cleared internal)")
        }
        guard let exportSigning else {
            let epoch = keyring.body.signingKeys.last?.epoch ?? 1
            throw VaultError.damaged(path: "keys/signing/\(epoch)/\(member.fingerprint).sealed",
                                     problem: "missing: no export-signing key for this member")
        }
        return exportSigning
    }
}
