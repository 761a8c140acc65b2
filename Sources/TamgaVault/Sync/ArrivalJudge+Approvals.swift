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
        guard let bound = chain.firstIndex(where: { $0.fileHash == item.keyring }) else { return nil }
        let active = Set(chain[bound].body.members.filter(\.active).map(\.fingerprint))
        let removing = chain.indices.filter { at in
            at > bound && chain[at].body.members.contains { !$0.active && active.contains($0.fingerprint) }
        }
        guard let first = removing.first else { return nil }
        let later = Set(chain[first...].map(\.fileHash))
        return items.filter { name, other in
            !arriving.contains(name) && derived.refused[name] == nil && later.contains(other.keyring)
                && (upstream?.contains(name) ?? true)
        }.min { ($0.value.sequence, $0.key) < ($1.value.sequence, $1.key) }?.key
    }

    /// A counted withdrawal of `request`, by someone entitled to it,
    /// already on the receiving side (not arriving): an approval made on
    /// a copy that had not seen it is refused where it arrives (the guard,
    /// `sync`), since the two-administrator rule means the asker may still
    /// say no until the approval is in. A fresh clone, where both arrive,
    /// judges by descent only (`EntryAuthorization+Approval`).
    static func withdrawal(of request: String, in items: [String: VaultIndex.Item], notIn arriving: Set<String>,
                           derived: IndexMemo.Derived) -> String? {
        guard let asked = items[request] else { return nil }
        return items.first { name, item in
            !arriving.contains(name) && item.withdraws == request && derived.refused[name] == nil
                && EntryAuthorization.isEntitledToWithdraw(item, request: asked, rules: derived.rules)
        }?.key
    }
}
