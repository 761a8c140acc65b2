import Foundation
import TamgaCore

/// The arrival rules of the two-administrator approval across copies
/// (issue 18; attacker session 38, #5 and #10), kept apart from the judge's
/// file rules: which arriving approval was made on a copy that had not seen
/// a withdrawal or a member removal already here, and what to say when a
/// member removal on this copy had not seen an arriving entry.
extension ArrivalVerifier.Judge {
    /// An arriving entry by a member whom a removal on this side removed
    /// without having seen it (a removal made apart, on a copy that had
    /// not synced first: attacker session 37 B2, 38 #10). Readers here do
    /// not count it, so this copy cannot take in what the remote holds.
    static let removedApart = "written by a member whom a removal on this copy removed without having seen this entry (the "
        + "removal was made apart, before this copy synced): this copy does not count it, so it cannot take in what the remote "
        + "holds. Clone the vault again (`tamga clone`) and remove the member again there (`tamga member remove`), so that the "
        + "removal comes after what they did; this copy's own other changes since its last sync must be made again there"

    /// A counted entry on the receiving side (not arriving) that binds a
    /// keyring removing a member whom the keyring `item` binds still
    /// holds: `item` was written on a copy that had not seen that removal.
    /// Judged from clear fields (keyrings in chain order), so the guard does
    /// it too. `upstream`: on `sync`, the entries the remote holds; a
    /// removal made on this copy and not pushed yet is not counted, since
    /// the approval then reached the remote first and the removal comes after.
    static func removalUnseen(by item: VaultIndex.Item, in items: [String: VaultIndex.Item], notIn arriving: Set<String>,
                              derived: IndexMemo.Derived, chain: [KeyringStore.Verified], upstream: Set<String>?) -> String? {
        removalUnseen(by: item, in: items, derived: derived, chain: chain) { name in
            !arriving.contains(name) && (upstream?.contains(name) ?? true)
        }
    }

    /// A counted entry among those `counts` accepts that binds a keyring
    /// removing a member whom the keyring `item` binds still holds.
    static func removalUnseen(by item: VaultIndex.Item, in items: [String: VaultIndex.Item], derived: IndexMemo.Derived,
                              chain: [KeyringStore.Verified], counts: (String) -> Bool) -> String? {
        guard let bound = chain.firstIndex(where: { $0.fileHash == item.keyring }) else { return nil }
        let active = Set(chain[bound].body.members.filter(\.active).map(\.fingerprint))
        let removing = chain.indices.filter { at in
            at > bound && chain[at].body.members.contains { !$0.active && active.contains($0.fingerprint) }
        }
        guard let first = removing.first else { return nil }
        let later = Set(chain[first...].map(\.fileHash))
        return items.filter { name, other in
            counts(name) && derived.refused[name] == nil && later.contains(other.keyring)
        }.min { ($0.value.sequence, $0.key) < ($1.value.sequence, $1.key) }?.key
    }

    /// A counted withdrawal of `request`, by someone entitled to it,
    /// already on the receiving side (not arriving): an approval made on
    /// a copy that had not seen it is refused where it arrives (the guard,
    /// `sync`), since the two-administrator rule means the asker may still
    /// say no until the approval is in. A fresh clone, where both arrive,
    /// judges by descent only (`EntryAuthorization+Approval`). `upstream`:
    /// on `sync`, the entries the remote holds; a withdrawal made on this
    /// copy and not pushed yet does not count, since the approval then
    /// reached the remote first and every other copy carries it out
    /// (attacker session 39, F8: counting it jammed the asker's copy for
    /// good). `lateWithdrawal` names such a withdrawal, to tell the asker.
    static func withdrawal(of request: String, in items: [String: VaultIndex.Item], notIn arriving: Set<String>,
                           derived: IndexMemo.Derived, upstream: Set<String>? = nil) -> String? {
        withdrawals(of: request, in: items, derived: derived) { name in
            !arriving.contains(name) && (upstream?.contains(name) ?? true)
        }.min()
    }

    /// A withdrawal of `request` made on this copy and not pushed yet
    /// (neither arriving nor on the remote): on `sync`, it came too late.
    static func lateWithdrawal(of request: String, in items: [String: VaultIndex.Item], notIn arriving: Set<String>,
                               derived: IndexMemo.Derived, upstream: Set<String>) -> String? {
        withdrawals(of: request, in: items, derived: derived) { name in
            !arriving.contains(name) && !upstream.contains(name)
        }.min()
    }

    /// What the asker is told when their unpushed withdrawal came too late.
    static func tooLate(withdrawal: String, approval: String, erasure: Bool) -> String {
        let what = erasure ? "the erasure it asked for is made" : "the documents it asked to destroy are destroyed"
        return "log/\(withdrawal.prefix(12))…: this copy's withdrawal of a request came too late: an administrator's approval "
            + "(log/\(approval.prefix(12))…) reached the remote first, so \(what) on every copy, this one included. The withdrawal "
            + "stays in the log as a record of the \"no\" (it goes to the remote with this copy's changes); it changes nothing"
    }

    /// Counted withdrawals of `request`, by someone entitled to, among those `counts` accepts.
    static func withdrawals(of request: String, in items: [String: VaultIndex.Item], derived: IndexMemo.Derived,
                            counts: (String) -> Bool) -> [String] {
        guard let asked = items[request] else { return [] }
        return items.filter { name, item in
            counts(name) && item.withdraws == request && derived.refused[name] == nil
                && EntryAuthorization.isEntitledToWithdraw(item, request: asked, rules: derived.rules)
        }.map(\.key)
    }

    /// Why this copy's own approval, not pushed yet, must not be pushed (on
    /// `sync`, `upstream` the entries the remote holds), or nil: the remote
    /// holds a withdrawal of its request, or a member removal, that it had
    /// not seen. The mirror of the arrival rules above, applied before the
    /// push, so that an honest client never puts a stale approval on a
    /// remote, guarded or not (attacker session 39, F1).
    static func ownApprovalRefusal(_ name: String, _ item: VaultIndex.Item, in items: [String: VaultIndex.Item],
                                   derived: IndexMemo.Derived, chain: [KeyringStore.Verified], upstream: Set<String>,
                                   graph: LogGraph) -> String? {
        guard let request = item.approves else { return nil }
        let kind = item.erased.isEmpty ? "destruction" : "erasure"
        let way = "Nothing from the remote was merged and nothing was pushed, so no other copy counts it. Clone the vault again "
            + "(`tamga clone`) and, if the \(kind) is still wanted, have it asked again (`tamga "
            + (item.erased.isEmpty ? "destroy ID --reason" : "person erase ID --reason") + "`) and approve it there; this copy's "
            + "other changes since its last sync must be made again there"
        if let withdrawal = withdrawals(of: request, in: items, derived: derived, counts: {
            upstream.contains($0) && !graph.isAncestor($0, of: name)
        }).min() {
            return "this copy's own approval (not pushed yet) carries out a request whose withdrawal the remote already holds (log/"
                + "\(withdrawal.prefix(12))…): the asker's \"no\" reached the remote first, so no copy may count this \(kind). " + way
        }
        if let removal = removalUnseen(by: item, in: items, derived: derived, chain: chain, counts: { upstream.contains($0) }) {
            return "this copy's own approval (not pushed yet) was made before a member removal the remote already holds (log/"
                + "\(removal.prefix(12))…): the removal re-keyed every document, so the request was outdated. " + way
        }
        return nil
    }
}
