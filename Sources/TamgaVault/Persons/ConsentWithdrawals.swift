import TamgaCore

/// Who has taken consent back, per audience, whichever way it was recorded:
/// a logged withdrawal in force (`tamga person consent --withdraw`), or
/// consent that an earlier revision of a document declared in its front
/// matter and a later one removed, while no other record gives it back
/// (the registry's consent in force, as `tamga person show` prints it, lacks
/// the audience). Photos and other evidence depicting such a person are
/// withheld from that audience although the person consented at intake
/// (`attach --consent`): consent is taken back by whichever record the
/// monitor used, FORMAT.md documents both (evidence red team F10).
///
/// Consent never given in the front matter is not a withdrawal: the photo's
/// own intake consent decides then, as the Istanbul Protocol's specific
/// consent for photographs asks.
public struct ConsentWithdrawals: Sendable {
    private let byAudience: [Audience: Set<String>]

    /// Needs the internal key (the registry and the consent ledger are internal).
    public static func load(_ vault: UnlockedVault) throws -> ConsentWithdrawals {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "consent records (internal)")
        }
        return try ConsentWithdrawals(index: VaultIndex.load(vault))
    }

    /// `without`: documents whose records do not count, as after their destruction (`DocumentDestruction+ConsentKept`).
    init(index: VaultIndex, without removed: Set<String> = []) throws {
        let ledger = index.consentLedger(without: removed)
        var dropped: [Audience: Set<String>] = [:]
        for summary in index.documents where !removed.contains(summary.entry?.id ?? "") {
            for declaration in summary.declarations where declaration.erased != true {
                for name in declaration.dropped {
                    if let audience = Audience(rawValue: name) { dropped[audience, default: []].insert(declaration.id) }
                }
            }
        }
        // The registry as exports read it: a conflicting declaration keeps only the consent both give.
        var conflicts: [RegistryError] = []
        let inForce = ledger.apply(to: PersonRegistry(declarations: index.declarations.filter { !removed.contains($0.document) },
                                                      conflicts: &conflicts))
        var byAudience: [Audience: Set<String>] = [:]
        for audience in [Audience.state, .public] {
            var withdrawn = Set(ledger.inForce.compactMap { person, audiences in audiences[audience] == false ? person : nil })
            for person in dropped[audience] ?? [] {
                if let registered = inForce.persons[person], registered.consent.contains(audience) { continue }
                withdrawn.insert(person)
            }
            byAudience[audience] = withdrawn
        }
        self.byAudience = byAudience
    }

    /// The persons whose consent to `audience` is taken back (none for internal readers).
    public func persons(for audience: Audience) -> Set<String> { byAudience[audience] ?? [] }
}
