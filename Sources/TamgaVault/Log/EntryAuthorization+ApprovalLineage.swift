/// Lines of additions for the two-administrator rule (`EntryAuthorization+Approval`): who made whom a
/// member since the vault first asked for approval, so that one person with two keys is not two people
/// (web red team 42, D1; session 43's attackers). docs/retention.md describes the rule and its limits.
extension EntryAuthorization {
    /// Whose additions each member comes from, counted from the keyring after position `since` (the vault
    /// first asked for approval) up to the keyring `through` (its hash). A member active at `since` is their
    /// own root; one a later keyring makes active or gives another clearance (an addition, a return, a
    /// clearance changed; of any clearance, since an administrator signs keyrings) takes the roots of that
    /// keyring's signer, and keeps any they had. Promoting a member to administrator changes no root:
    /// they were a person of their own line before (a member added after the rule already carries their
    /// maker's). Two members with a root in common may not approve each other's requests: one of
    /// them, or one person holding both keys, made the other after the rule was set (web red team 42, D1,
    /// both ways round, and through a chain of additions; session 43 attacker, A1).
    ///
    /// A keyring the recovery key signs takes the roots of whoever put that recovery key in force, when they
    /// did so after `since` (`tamga recovery reshare` shows the new shares to the administrator who runs it:
    /// session 43 attacker, A2); a recovery key from before is held apart, so what it signs is a root of its
    /// own.
    func approvalLineage(since: Int, through keyring: String) -> [String: Set<String>] {
        var roots: [String: Set<String>] = [:]
        guard since < chain.count else { return roots }
        for member in chain[since].body.members where member.active { roots[member.fingerprint] = [member.fingerprint] }
        guard let end = chainPosition(of: keyring), since < end else { return roots }
        for index in (since + 1)...end {
            let before = chain[index - 1].body
            // Every member a keyring makes active or gives another clearance, whatever the clearance: an
            // administrator cleared state whom a reshared recovery key signed in would otherwise be a line of
            // its own and add internal members from it (session 43 attacker, second round, B).
            let made = chain[index].body.members.filter { member in
                guard member.active else { return false }
                guard let earlier = before.members.last(where: { $0.fingerprint == member.fingerprint }), earlier.active else { return true }
                return earlier.clearance != member.clearance
            }
            guard !made.isEmpty else { continue }
            let maker = makerRoots(at: index, since: since, roots: roots)
            for member in made { roots[member.fingerprint, default: []].formUnion(maker) }
        }
        return roots
    }

    /// The roots of whoever made the members keyring `index` adds (see `approvalLineage`).
    private func makerRoots(at index: Int, since: Int, roots: [String: Set<String>]) -> Set<String> {
        var signed = index
        // A recovery key put in force by the recovery key before it (a keyring no command writes) is followed
        // back to the member who reshared (session 43 attacker, second round, A).
        while chain[signed].signer == SealedKeyFolder.recoveryHolder {
            let key = chain[signed - 1].body.recovery.signingKey
            var introduced = signed - 1
            while introduced > 0, chain[introduced - 1].body.recovery.signingKey == key { introduced -= 1 }
            guard introduced > since else { return ["recovery@\(index)"] }
            signed = introduced
        }
        let signer = chain[signed].signer
        return roots[signer] ?? [signer]
    }

    /// Whether the two members' lineages since the rule was set meet (`approvalLineage`).
    func shareLineage(_ asker: String, _ approver: String, since: Int, through keyring: String) -> Bool {
        let roots = approvalLineage(since: since, through: keyring)
        return !(roots[asker] ?? [asker]).isDisjoint(with: roots[approver] ?? [approver])
    }

    /// A member who may ask for a destruction: active and cleared internal.
    static func mayAsk(_ member: MemberRecord) -> Bool { member.active && member.clearance == .internal }
}
