/// What the log says about the two-administrator rule for destruction
/// (issue 18, `EntryAuthorization+Approval`), from counted entries only.
extension VaultIndex {
    /// Whether any counted entry set a policy that asks for a second
    /// administrator's approval: from then on every destruction needs one,
    /// whatever the policy in force says now.
    public var asksDestructionApproval: Bool {
        EntryAuthorization.anyAsking(contents.entries, refused: derived.refused, rules: derived.rules)
    }

    /// Counted `destroy-request` entries, parents first, with the folders
    /// each asks to destroy and who asked.
    var destructionRequests: [(entry: String, folders: Set<String>, actor: String)] { requests(erasure: false) }

    /// Counted `erase-request` entries, parents first, with the folders each
    /// erasure would rewrite and who asked.
    var erasureRequests: [(entry: String, folders: Set<String>, actor: String)] { requests(erasure: true) }

    private func requests(erasure: Bool) -> [(entry: String, folders: Set<String>, actor: String)] {
        authorizedInOrder.compactMap { name in
            guard let item = contents.entries[name], !item.requests.isEmpty, item.requestsErasure == erasure else { return nil }
            return (name, Set(item.requests), item.actor)
        }
    }

    /// Whether a counted entry carries out `request` (a destruction or an erasure naming it).
    func carriesOut(_ request: String) -> Bool {
        contents.entries.contains { name, item in item.approves == request && derived.refused[name] == nil }
    }

    /// Requests withdrawn by a counted entry of someone entitled to (`EntryAuthorization.isEntitledToWithdraw`).
    var withdrawnRequests: Set<String> {
        Set(contents.entries.compactMap { name, item -> String? in
            guard let request = item.withdraws, derived.refused[name] == nil, let asked = contents.entries[request],
                  EntryAuthorization.isEntitledToWithdraw(item, request: asked, rules: derived.rules) else { return nil }
            return request
        })
    }
}

extension VaultIndex {
    /// Why readers would not count an approval of `request` by `approver` written now, judged with their own
    /// rules (`EntryAuthorization.approvalRefusal`): the approver was no administrator cleared internal in
    /// the keyring the request binds (web red team 40, F10), or the two come from one line of additions
    /// since the vault first asked (web red team 42, D1). A request the index does not hold counts as the first.
    enum ApprovalObstacle { case notAdministratorWhenAsked, sameLine }

    func approvalObstacle(approver: String, request: String) -> ApprovalObstacle? {
        let rules = derived.rules
        guard let asked = contents.entries[request], rules.wasAdministrator(approver, whenWriting: asked) else {
            return .notAdministratorWhenAsked
        }
        guard let newest = rules.chain.last,
              let since = EntryAuthorization.firstAskingKeyring(contents.entries, refused: derived.refused, rules: rules) else { return nil }
        return rules.shareLineage(asked.actor, approver, since: since, through: newest.fileHash) ? .sameLine : nil
    }

    /// Whether the entry carries the clear flag of a policy asking for approval.
    func asksApproval(entry: String) -> Bool { contents.entries[entry]?.asksApproval == true }
}
