/// What the log says about the two-administrator rule for destruction
/// (issue 18, `EntryAuthorization+Approval`), from counted entries only.
extension VaultIndex {
    /// Whether any counted entry set a policy that asks for a second
    /// administrator's approval: from then on every destruction needs one,
    /// whatever the policy in force says now.
    public var asksDestructionApproval: Bool {
        contents.entries.contains { derived.refused[$0.key] == nil && $0.value.asksApproval }
    }

    /// Counted `destroy-request` entries, parents first, with the folders
    /// each asks to destroy and who asked.
    var destructionRequests: [(entry: String, folders: Set<String>, actor: String)] {
        authorizedInOrder.compactMap { name in
            guard let item = contents.entries[name], !item.requests.isEmpty else { return nil }
            return (name, Set(item.requests), item.actor)
        }
    }

    /// Counted `destroy-cancel` entries (members cleared internal see their action).
    var destructionCancels: [String] {
        authorizedInOrder.filter { contents.entries[$0]?.action == "destroy-cancel" }
    }
}
