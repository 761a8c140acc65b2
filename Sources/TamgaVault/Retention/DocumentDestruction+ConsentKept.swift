import TamgaCore

/// A destruction must not give consent back (retention attacker 39, F6).
/// A person's withdrawal may live only in the document being destroyed: its
/// `consent:` narrower than another document's (the registry grants only
/// what every declaration grants), or consent an earlier revision gave and
/// a later one took away (`ConsentWithdrawals`, which withholds photos).
/// Once the document is gone, the other documents' wider consent would
/// name the person, and show their photo, to that audience again, against
/// OPCAT art. 21(2). The destruction is refused instead, naming the person
/// and the audiences and the way to keep the withdrawal: the consent log,
/// which outlives every document.
extension DocumentDestruction {
    /// For each person `id` declares, the audiences whose withdrawal only `id` records.
    func consentOnlyHere(_ persons: Set<String>, besides id: String, index: VaultIndex) throws -> [String: [Audience]] {
        guard !persons.isEmpty else { return [:] }
        let others = index.declarations.filter { $0.document != id }
        var conflicts: [RegistryError] = []
        let now = index.consentLedger.apply(to: PersonRegistry(declarations: index.declarations, conflicts: &conflicts))
        let after = index.consentLedger(without: [id]).apply(to: PersonRegistry(declarations: others, conflicts: &conflicts))
        let withdrawnNow = try ConsentWithdrawals(index: index)
        let withdrawnAfter = try ConsentWithdrawals(index: index, without: [id])
        var found: [String: [Audience]] = [:]
        for person in persons.sorted() {
            guard let before = now.persons[person], !before.erased, let later = after.persons[person] else { continue }
            let audiences = [Audience.state, .public].filter { audience in
                (later.consent.contains(audience) && !before.consent.contains(audience))
                    || (withdrawnNow.persons(for: audience).contains(person) && !withdrawnAfter.persons(for: audience).contains(person))
            }
            if !audiences.isEmpty { found[person] = audiences }
        }
        return found
    }

    /// Refuses a destruction that would give back consent only the document takes away.
    static func requireConsentKept(_ plan: Plan) throws {
        guard let (person, audiences) = plan.consentOnlyHere.sorted(by: { $0.key < $1.key }).first else { return }
        let names = audiences.map(\.rawValue)
        let others = plan.consentOnlyHere.count > 1 ? " (and \(plan.consentOnlyHere.count - 1) other person(s))" : ""
        throw VaultError.invalidArgument("\(plan.id) is the only record that \(person)\(others) withdrew consent to be named to "
            + names.joined(separator: " and ") + ": once it is destroyed, other documents' consent would name them (and show "
            + "their photos) there again. Record the withdrawal in the consent log first (`tamga person consent \(person) --withdraw "
            + "\(names[0]) --date DATE --obtained-by NAME`), then destroy; \(plan.id) was not destroyed")
    }
}
