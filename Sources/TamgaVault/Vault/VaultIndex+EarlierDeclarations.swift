import TamgaCore

extension VaultIndex.DocumentSummary {
    /// Adds the persons that earlier revisions declared (`DeclarationMerge`):
    /// a spelling the newest revision dropped joins that person's other
    /// spellings, a person it dropped altogether stays, marked `earlier`,
    /// and the other heads of a fork narrow consent to what every head gives.
    /// A stored revision that does not parse stops the read (its persons must
    /// not silently drop out).
    ///
    /// It also derives what each revision's front matter took away from the
    /// revisions it follows (`revisionWithdrawals`). A revision written by a
    /// member now cleared contributor gives no consent to take away (as at
    /// add, `DocumentStore.consentTaken`).
    mutating func addEarlierDeclarations(of revisions: [DocumentCatalog.Revision], newest: DocumentCatalog.Revision,
                                         declaring newestPersons: [DeclaredPerson], policy: Policy,
                                         contributors: Set<String>) throws {
        var merge = DeclarationMerge(declarations: declarations)
        merge.openness = policy.openness(of:)
        let all = revisions + [newest]
        let heads = Set(DocumentCatalog.heads(all).map(\.revisionID)).subtracting([newest.revisionID])
        var parsed: [String: [DeclaredPerson]] = [:]
        var declared: [String: [DeclaredPerson]] = [newest.revisionID: newestPersons]
        for revision in revisions {
            let label = "\(revision.metadata.document) (stored revision \(revision.metadata.revision))"
            let document = try revision.content.withUnsafeBytes { try DocumentParser.parse($0, file: label) }
            // An older revision may predate a policy change; its persons count all the same.
            parsed[revision.revisionID] = (try? document.validated(against: policy).persons) ?? document.frontMatter.persons
            declared[revision.revisionID] = document.frontMatter.persons
        }
        let authors = Dictionary(all.map { ($0.revisionID, $0.metadata.author) }, uniquingKeysWith: { first, _ in first })
        revisionWithdrawals = [:]
        for revision in all {
            let parents = revision.parents.filter { authors[$0].map { !contributors.contains($0) } ?? false }.compactMap { declared[$0] }
            guard !parents.isEmpty, let persons = declared[revision.revisionID] else { continue }
            let taken = FrontMatterWithdrawal.taken(by: persons, fromDeclared: parents)
            if !taken.isEmpty { revisionWithdrawals[revision.revisionID] = taken }
        }
        for head in all where heads.contains(head.revisionID) {
            let persons = parsed[head.revisionID] ?? []
            let declared = Set(persons.map(\.id))
            let before = Self.ancestors(of: head, in: all).flatMap { parsed[$0] ?? [] }.map(\.id)
            merge.addForkHead(persons, dropsPersons: Set(before).subtracting(declared))
        }
        let ordered = revisions.filter { !heads.contains($0.revisionID) }
            .sorted { ($0.metadata.revision, $0.metadata.created) > ($1.metadata.revision, $1.metadata.created) }
        for revision in ordered {
            for person in parsed[revision.revisionID] ?? [] { merge.addOlder(person) }
        }
        declarations = merge.declarations
    }

    /// The revision ids `head` descends from (its parents, theirs, …).
    private static func ancestors(of head: DocumentCatalog.Revision, in revisions: [DocumentCatalog.Revision]) -> Set<String> {
        let byID = Dictionary(revisions.map { ($0.revisionID, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        var next = head.parents
        while let id = next.popLast() {
            guard seen.insert(id).inserted, let revision = byID[id] else { continue }
            next += revision.parents
        }
        return seen
    }
}
