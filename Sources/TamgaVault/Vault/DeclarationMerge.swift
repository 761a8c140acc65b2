import TamgaCore

/// How the revisions of one document add up to the persons it declares: one
/// rule for the index (`VaultIndex.summary`), for the context an `add` or
/// `edit` projects other documents with (`RedactionContext.load(adding:)`),
/// and for a recovered document (`ErasureRecovery`). Three hand-made copies
/// of it disagreed: an add took the new revision's persons only, so a
/// revision that dropped a person (or an `also` spelling) re-projected other
/// documents' State parts without him (retention attacker 39, F2).
///
/// Starting from the newest revision's persons, each older declaration adds:
/// - its spellings, to the same person's (a name stays protected once written);
/// - a person the newest revision dropped altogether, marked `earlier`, with
///   no consent: taking the whole entry out is the strongest way to take a
///   person out of a document, so it withdraws what that entry gave, which
///   is kept in `dropped` (attacker 39, F3);
/// - consent an older revision gave that the newest does not, in `dropped`.
///
/// Erased anywhere means erased here.
struct DeclarationMerge {
    private(set) var declarations: [VaultIndex.Declaration]
    /// How many audiences a role names a person to (`Policy.openness`): a
    /// role an older revision (or another fork head) declared that names to
    /// fewer is kept, so a revision turning a detainee into an official
    /// names nobody (attacker 40b, F3). A role can be narrowed, never opened.
    var openness: (String) -> Int = { _ in 0 }

    init(newest persons: [DeclaredPerson]) {
        declarations = persons.map {
            VaultIndex.Declaration(id: $0.id, role: $0.role, name: $0.name, also: $0.also, consent: $0.consent.map(\.rawValue).sorted(),
                                   erased: $0.erased ? true : nil)
        }
    }

    init(declarations: [VaultIndex.Declaration]) { self.declarations = declarations }

    /// A person an older revision (or another head of a fork) declared.
    mutating func addOlder(_ person: DeclaredPerson) {
        addOlder(id: person.id, role: person.role, spellings: person.spellings, consent: Set(person.consent.map(\.rawValue)),
                 erased: person.erased)
    }

    /// What the index already summarized of stored revisions, all older than a revision being added:
    /// the consent they gave includes what their own newest had already dropped.
    mutating func addOlder(_ stored: VaultIndex.Declaration) {
        addOlder(id: stored.id, role: stored.role, spellings: ([stored.name] + stored.also).filter { !$0.isEmpty },
                 consent: Set(stored.consent + stored.dropped), erased: stored.erased == true)
    }

    private mutating func addOlder(id: String, role: String, spellings: [String], consent: Set<String>, erased: Bool) {
        guard let at = declarations.firstIndex(where: { $0.id == id }) else {
            declarations.append(VaultIndex.Declaration(id: id, role: role, name: spellings.first ?? "", also: Array(spellings.dropFirst()),
                                                       consent: [], earlier: true, erased: erased ? true : nil,
                                                       dropped: erased ? [] : consent.sorted()))
            return
        }
        var known = declarations[at]
        let written = ([known.name] + known.also).filter { !$0.isEmpty }
        let all = written + spellings.filter { !written.contains($0) }
        if known.erased == true || erased {
            // Erased anywhere, erased here (issue 18); a name still declared somewhere stays protected.
            declarations[at] = VaultIndex.Declaration(id: id, role: known.role, name: all.first ?? "", also: Array(all.dropFirst()),
                                                      consent: [], earlier: known.earlier, erased: true)
            return
        }
        known.also += spellings.filter { !written.contains($0) }
        if openness(role) < openness(known.role) { known.role = role }
        // Consent an earlier revision gave that the newest took away (evidence F10).
        known.dropped = Array(Set(known.dropped).union(consent.subtracting(known.consent))).sorted()
        declarations[at] = known
    }

    /// Another head of a fork (two copies edited the document apart): while
    /// the fork lasts, consent is what every head gives, so a withdrawal on
    /// either branch counts (attacker 39, F7). `dropsPersons`: persons an
    /// ancestor of that head declared and the head no longer does (it took
    /// them out, which withdraws their consent as above).
    mutating func addForkHead(_ persons: [DeclaredPerson], dropsPersons removed: Set<String>) {
        for person in persons { addOlder(person) }
        let given = Dictionary(persons.map { ($0.id, Set($0.consent.map(\.rawValue))) }, uniquingKeysWith: { $0.intersection($1) })
        for at in declarations.indices where declarations[at].earlier != true && declarations[at].erased != true {
            let id = declarations[at].id
            let kept: Set<String>
            if let theirs = given[id] { kept = theirs } else if removed.contains(id) { kept = [] } else { continue }
            let consent = Set(declarations[at].consent)
            declarations[at].consent = consent.intersection(kept).sorted()
            declarations[at].dropped = Array(Set(declarations[at].dropped).union(consent.subtracting(kept))).sorted()
        }
    }

    /// As registered persons, without persons declared only earlier whom `retired` names.
    func registered(retired: Set<String> = []) -> [RegisteredPerson] {
        declarations.filter { $0.earlier != true || !retired.contains($0.id) }.map {
            RegisteredPerson(id: $0.id, role: $0.role, name: $0.name, also: $0.also,
                             consent: Set($0.consent.compactMap(Audience.init(rawValue:))), erased: $0.erased == true)
        }
    }
}
