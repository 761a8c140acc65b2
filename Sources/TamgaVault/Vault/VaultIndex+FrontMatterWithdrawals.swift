import TamgaCore

extension VaultIndex {
    /// Consent the documents' front matter took away, derived from the stored
    /// revisions (`DocumentSummary.revisionWithdrawals`), each as a withdrawal
    /// at the counted entry that added the revision which took it away.
    ///
    /// An add since session 41 logs the same thing in its action
    /// (`FrontMatterWithdrawal`), which outlives a destruction; the texts are
    /// read as well because an add stored before then logged nothing: dating
    /// what it took away at the document's newest revision let a later
    /// revision re-declaring the consent, or `resolve` keeping the other
    /// branch of an old fork, give it back with no grant (session 41
    /// attacker, O1). Only an entry by a member cleared internal counts, as
    /// for the logged ones; an erased person has no consent to count.
    func frontMatterWithdrawals(without removed: Set<String>) -> [ConsentLedger.Event] {
        var entryOf: [String: String] = [:]
        for (name, item) in contents.entries where derived.refused[name] == nil {
            for revision in item.revisions { entryOf[revision] = name }
        }
        struct Logged: Hashable { let entry, person: String; let audience: Audience }
        let logged = Set(contents.consent.filter { $0.document != nil }.map { Logged(entry: $0.entry, person: $0.personID, audience: $0.audience) })
        return contents.documents.values.sorted { ($0.entry?.id ?? "") < ($1.entry?.id ?? "") }.flatMap { summary -> [ConsentLedger.Event] in
            guard let id = summary.entry?.id, !removed.contains(id) else { return [] }
            let erased = Set(summary.declarations.filter { $0.erased == true }.map(\.id))
            return summary.revisionWithdrawals.sorted { $0.key < $1.key }.flatMap { revision, taken -> [ConsentLedger.Event] in
                guard let entry = entryOf[revision], let item = contents.entries[entry], derived.rules.clearance(of: item) == .internal
                else { return [] }
                return taken.sorted { $0.key < $1.key }.filter { !erased.contains($0.key) }.flatMap { person, audiences in
                    audiences.compactMap(Audience.init(rawValue:))
                        .filter { !logged.contains(Logged(entry: entry, person: person, audience: $0)) }
                        .map { ConsentLedger.Event(personID: person, audience: $0, granted: false, date: "", obtainedBy: nil,
                                                   note: nil, recorded: "", sequence: item.sequence, entry: entry, document: id) }
                }
            }
        }
    }
}
