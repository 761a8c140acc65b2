/// A person as the whole vault knows them: merged from every document that
/// declares them, with consent as data (the vault's consent records may
/// replace what the documents say).
public struct RegisteredPerson: Sendable, Hashable {
    public let id: String
    public let role: String
    public let name: String
    /// Every other spelling declared anywhere, without duplicates.
    public let also: [String]
    /// Audiences the person consented to be named to. Empty means no consent.
    public let consent: Set<Audience>
    /// Erased (issue 18, `tamga person erase`): no consent, and every
    /// audience, internal included, sees the role's pseudonym. The names are
    /// empty, unless a document added after the erasure declares the person
    /// with a name again: then that name is protected like any other (it is
    /// in a live document), never shown, and a new erasure takes it out.
    public let erased: Bool

    /// An erased person keeps no consent, whatever is passed.
    public init(id: String, role: String, name: String, also: [String], consent: Set<Audience>, erased: Bool = false) {
        self.id = id
        self.role = role
        self.name = name
        self.also = also
        self.consent = erased ? [] : consent
        self.erased = erased
    }

    /// The declared name (none when erased) and the other spellings.
    public var spellings: [String] { (erased && name.isEmpty ? [] : [name]) + also }

    /// The spellings and, for each spelling with a given name, the same with
    /// each diminutive of it (`GivenNameDiminutives`: Ванечка Старостин for
    /// Иван Старостин): what the matcher and the leak scan look for. The
    /// diminutives are derived, never shown as declared.
    public var nameForms: [String] { spellings + NameDiminutiveSpellings.derived(spellings) }
}

/// Every person in the vault, by id: what the projector and the leak scan
/// protect, whichever document is exported (FORMAT.md, "People").
public struct PersonRegistry: Sendable, Hashable {
    public let persons: [String: RegisteredPerson]

    public init(persons: [RegisteredPerson]) throws(RegistryError) {
        var byID: [String: RegisteredPerson] = [:]
        for person in persons {
            guard byID[person.id] == nil else { throw RegistryError(.duplicateID, personID: person.id, documents: []) }
            byID[person.id] = person
        }
        self.persons = byID
    }

    /// Merges the declarations of all documents. The same id with another
    /// name or role is an error; `also` spellings are united; where documents
    /// disagree on consent, only audiences every declaration grants remain.
    /// A person erased in one declaration is erased (issue 18): an older
    /// declaration that still names them brings no name back.
    public init(documents: [Document]) throws(RegistryError) {
        try self.init(declarations: documents.map { document in
            (document.id, document.persons.map {
                RegisteredPerson(id: $0.id, role: $0.role, name: $0.name, also: $0.also, consent: $0.consent, erased: $0.erased)
            })
        })
    }

    /// The same merge from each document's declarations alone (what a cache
    /// of the vault keeps instead of whole documents).
    public init(declarations: [(document: String, persons: [RegisteredPerson])]) throws(RegistryError) {
        var conflicts: [RegistryError] = []
        self.init(declarations: declarations, conflicts: &conflicts)
        if let first = conflicts.first { throw first }
    }

    /// The same merge, which never fails: a declaration with another name
    /// or role for a known id is a conflict (collected), and the person keeps
    /// the first declaration's name and role, every spelling of both (each
    /// stays protected) and only the consent both grant. A contributor, who
    /// cannot read the registry, could otherwise stop every export of the
    /// vault with one document re-declaring an id (web red team 40, F6);
    /// stored conflicts are reported by `check`, and a new one is still
    /// refused when a member cleared internal adds it.
    /// `openness`: how many audiences a role names a person to (the policy's
    /// `named-to`); on a role conflict the role that names to fewer is kept,
    /// so a contributor re-declaring a detainee as an official (named to
    /// the State by role) publishes nobody (attacker 40b, F4). An unknown
    /// role counts as naming to none.
    public init(declarations: [(document: String, persons: [RegisteredPerson])], conflicts: inout [RegistryError],
                openness: (String) -> Int = { _ in 0 }) {
        var merged: [String: (person: RegisteredPerson, document: String)] = [:]
        for (document, persons) in declarations {
            for person in persons {
                guard let existing = merged[person.id] else {
                    merged[person.id] = (person, document)
                    continue
                }
                if existing.person.role != person.role {
                    conflicts.append(RegistryError(.conflictingRole, personID: person.id, documents: [existing.document, document]))
                } else if !existing.person.erased && !person.erased && existing.person.name != person.name {
                    conflicts.append(RegistryError(.conflictingName, personID: person.id, documents: [existing.document, document]))
                }
                if existing.person.erased || person.erased {
                    merged[person.id] = (Self.erased(existing.person, person), existing.document)
                    continue
                }
                let known = existing.person.spellings
                let also = Array((known + person.spellings.filter { !known.contains($0) }).dropFirst())
                let role = openness(person.role) < openness(existing.person.role) ? person.role : existing.person.role
                merged[person.id] = (RegisteredPerson(id: person.id, role: role, name: existing.person.name, also: also,
                                                      consent: existing.person.consent.intersection(person.consent)),
                                     existing.document)
            }
        }
        self.persons = merged.mapValues(\.person)
    }

    /// An erased person merged with another declaration: erased, with any
    /// name a declaration made after the erasure still gives (protected, never shown).
    static func erased(_ one: RegisteredPerson, _ other: RegisteredPerson) -> RegisteredPerson {
        let spellings = one.spellings + other.spellings.filter { !one.spellings.contains($0) }
        return RegisteredPerson(id: one.id, role: one.role, name: spellings.first ?? "", also: Array(spellings.dropFirst()), consent: [],
                                erased: true)
    }

    /// The same persons with consent taken from the vault's records; a person
    /// without a record has no consent (DR-08: no record means no consent).
    public func replacingConsent(with records: [String: Set<Audience>]) -> PersonRegistry {
        var copy = persons
        for (id, person) in persons {
            copy[id] = RegisteredPerson(id: id, role: person.role, name: person.name, also: person.also,
                                        consent: records[id] ?? [], erased: person.erased)
        }
        return PersonRegistry(validated: copy)
    }

    private init(validated persons: [String: RegisteredPerson]) {
        self.persons = persons
    }

    /// The registry plus any person `document` declares that it lacks (with
    /// the document's consent), so a registry built without the document
    /// still protects its people: the projector and the leak scan both
    /// use this.
    public func including(_ document: Document) -> PersonRegistry {
        var copy = persons
        for declared in document.persons {
            let person = RegisteredPerson(id: declared.id, role: declared.role, name: declared.name,
                                          also: declared.also, consent: declared.consent, erased: declared.erased)
            if let known = copy[declared.id] {
                // An erased person this document still names keeps that name protected (issue 18).
                if known.erased || declared.erased { copy[declared.id] = Self.erased(known, person) }
            } else {
                copy[declared.id] = person
            }
        }
        return PersonRegistry(validated: copy)
    }

    /// Every person's spellings, sorted by id, to build a `NameFinding` from.
    /// An erased person has none, unless a later document named them again.
    public var personNames: [PersonNames] {
        persons.values.filter { !$0.erased || !$0.spellings.isEmpty }.sorted { $0.id < $1.id }.map { 
            PersonNames(personID: $0.id, spellings: $0.spellings, diminutives: NameDiminutiveSpellings.derived($0.spellings))
        }
    }

    /// Whether the person's name may appear in an export for `audience`.
    /// An id the registry does not know is never disclosed.
    public func discloses(_ personID: String, to audience: Audience, under policy: Policy) -> Bool {
        guard let person = persons[personID] else { return audience == .internal }
        guard !person.erased else { return false }
        return policy.disclosesName(role: person.role, consent: person.consent, to: audience)
    }
}

/// Two documents disagree about a person (exit 65).
public struct RegistryError: UserFacingError, Equatable {
    public enum Code: String, Sendable { case conflictingName, conflictingRole, duplicateID }
    public let code: Code
    public let personID: String
    public let documents: [String]

    init(_ code: Code, personID: String, documents: [String]) {
        self.code = code
        self.personID = personID
        self.documents = documents
    }

    public var failureClass: FailureClass { .badInput }

    public var message: String {
        let place = documents.isEmpty ? "" : " (in \(documents.joined(separator: " and ")))"
        return switch code {
        case .conflictingName: "person \(personID) is declared with two different names\(place)"
        case .conflictingRole: "person \(personID) is declared with two different roles\(place)"
        case .duplicateID: "person \(personID) is listed twice"
        }
    }

    public var hint: String? {
        "A person id is unique in the vault: use the same name and role everywhere, or a new id for another person."
    }
}
