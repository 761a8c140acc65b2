import TamgaCore

/// Consent a new revision's front matter takes away from what the revisions
/// it follows (its parents, every head of a fork it joins) declared: a
/// person's `consent` narrowed, or the person's whole entry left out.
///
/// The add's log entry records it (`LogAction.withdrawn`), and the consent
/// ledger counts it as a withdrawal logged at that entry, exactly as
/// `tamga person consent --withdraw` would be (attacker 40b). Reading it
/// from the documents' summaries alone had three holes:
/// - F1: a destruction made apart on another copy took the revision, and
///   the withdrawal with it, out of every copy;
/// - F2: `resolve` (or an edit joining a fork) keeping the other branch's
///   text gave the consent back without a word;
/// - F5: the withdrawal was dated at whichever head read as newest, so a
///   grant logged on the other copy, which never saw it, overrode it.
/// A log entry is never destroyed and dates itself, so none of the three
/// can happen to a withdrawal recorded this way. Re-declaring the consent in
/// a later revision does not give it back: like every withdrawal, it holds
/// until a grant is logged after it.
enum FrontMatterWithdrawal {
    /// Person id → audiences (raw values, sorted) that `new` takes away from `parents`.
    /// A revision joining a fork takes away only what every branch still
    /// gave: what one branch had taken away, that branch's add logged
    /// (session 41 attacker, C10: a resolve keeping the withdrawing branch
    /// after a grant logged a second withdrawal that undid the grant). A
    /// parent that does not parse counts for nothing here; the index, which
    /// derives the same from every stored revision
    /// (`DocumentSummary.revisionWithdrawals`), refuses to read such a
    /// document at all.
    static func taken(by new: [DeclaredPerson], from parents: [DocumentCatalog.Revision]) -> [String: [String]] {
        taken(by: new, fromDeclared: parents.compactMap { parent in
            let label = "\(parent.metadata.document) (stored revision \(parent.metadata.revision))"
            return try? parent.content.withUnsafeBytes({ try DocumentParser.parse($0, file: label) }).frontMatter.persons
        })
    }

    /// The same, from the parents' declared persons (already parsed).
    static func taken(by new: [DeclaredPerson], fromDeclared parents: [[DeclaredPerson]]) -> [String: [String]] {
        let now = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var taken: [String: Set<String>]?
        for before in parents {
            var fromThis: [String: Set<String>] = [:]
            for person in before where !person.erased {
                let kept = now[person.id].map { $0.erased ? [] : $0.consent } ?? []
                let gone = Set(person.consent.subtracting(kept).map(\.rawValue))
                if !gone.isEmpty { fromThis[person.id] = gone }
            }
            guard let sofar = taken else { taken = fromThis; continue }
            var both: [String: Set<String>] = [:]
            for (id, audiences) in sofar {
                let common = audiences.intersection(fromThis[id] ?? [])
                if !common.isEmpty { both[id] = common }
            }
            taken = both
        }
        return (taken ?? [:]).mapValues { $0.sorted() }
    }

    /// The consent events an `add` entry's action records (none when it records none).
    static func events(from action: LogAction, entry: AuditLog.Entry) -> [ConsentLedger.Event] {
        guard action.action == "add", let withdrawn = action.withdrawn, let document = action.document else { return [] }
        let note = "taken away in the front matter of \(document), revision \(action.revision.map(String.init) ?? "?")"
        return withdrawn.keys.sorted().flatMap { person in
            (withdrawn[person] ?? []).compactMap(Audience.init(rawValue:)).map { audience in
                ConsentLedger.Event(personID: person, audience: audience, granted: false, date: String(entry.body.time.prefix(10)),
                                    obtainedBy: nil, note: note, recorded: entry.body.time, sequence: entry.body.sequence,
                                    entry: entry.name, document: document)
            }
        }
    }

    /// Consent `persons` declare that a withdrawal in force overrides: it
    /// stays withdrawn, and a writer must hear so (a re-declared `consent:`
    /// is no grant). Person id and audience, in order.
    static func overridden(_ persons: [DeclaredPerson], inForce: [String: [Audience: Bool]]) -> [(person: String, audience: Audience)] {
        persons.filter { !$0.erased }.flatMap { person in
            person.consent.filter { inForce[person.id]?[$0] == false }.sorted { $0.rawValue < $1.rawValue }
                .map { (person: person.id, audience: $0) }
        }
    }

    /// What to tell the writer of `document` about one overridden consent.
    static func stillWithdrawn(_ person: String, _ audience: Audience, in document: String) -> String {
        "\(document) declares \(person)'s consent for \(audience.rawValue), but a withdrawal is in force (a revision took it "
            + "away, or it was logged): it stays withdrawn. If the person consented again, log it: tamga person consent \(person) "
            + "--grant \(audience.rawValue) --date YYYY-MM-DD --obtained-by NAME"
    }

    /// What to tell the writer of `document` about consent its front matter took away.
    static func takenAway(_ person: String, _ audience: Audience, in document: String) -> String {
        "\(document) no longer gives \(person)'s consent for \(audience.rawValue) (narrowed, or the person left out): logged as a "
            + "withdrawal, which holds in every document that names \(person) until a grant is logged. If that was not meant: "
            + "tamga person consent \(person) --grant \(audience.rawValue) --date YYYY-MM-DD --obtained-by NAME"
    }
}
