import TamgaCore

extension VaultIndex.DocumentSummary {
    /// Adds the persons that earlier revisions declared: a spelling the newest
    /// revision dropped joins that person's other spellings, and a person it
    /// dropped altogether stays, marked `earlier`. A stored revision that does
    /// not parse stops the read (its persons must not silently drop out).
    mutating func addEarlierDeclarations(of revisions: [DocumentCatalog.Revision], policy: Policy) throws {
        let ordered = revisions.sorted { ($0.metadata.revision, $0.metadata.created) > ($1.metadata.revision, $1.metadata.created) }
        for revision in ordered {
            let label = "\(revision.metadata.document) (stored revision \(revision.metadata.revision))"
            let parsed = try revision.content.withUnsafeBytes { try DocumentParser.parse($0, file: label) }
            // An older revision may predate a policy change; its persons count all the same.
            let persons = (try? parsed.validated(against: policy).persons) ?? parsed.frontMatter.persons
            for person in persons {
                let spellings = person.spellings
                if let at = declarations.firstIndex(where: { $0.id == person.id }) {
                    // Erased anywhere, erased here (issue 18); a name still declared somewhere stays protected.
                    if declarations[at].erased == true || person.erased {
                        let known = ([declarations[at].name] + declarations[at].also).filter { !$0.isEmpty }
                        let all = known + spellings.filter { !known.contains($0) }
                        declarations[at] = VaultIndex.Declaration(id: person.id, role: declarations[at].role, name: all.first ?? "",
                                                                  also: Array(all.dropFirst()), consent: [],
                                                                  earlier: declarations[at].earlier, erased: true)
                        continue
                    }
                    let known = Set([declarations[at].name] + declarations[at].also)
                    declarations[at].also += spellings.filter { !known.contains($0) }
                    if declarations[at].earlier != true {
                        // Consent an earlier revision gave that the newest took away (evidence F10).
                        let taken = person.consent.map(\.rawValue).filter { !declarations[at].consent.contains($0) }
                        declarations[at].dropped = Array(Set(declarations[at].dropped).union(taken)).sorted()
                    }
                } else {
                    declarations.append(VaultIndex.Declaration(
                        id: person.id, role: person.role, name: person.name, also: person.also,
                        consent: person.consent.map(\.rawValue).sorted(), earlier: true, erased: person.erased ? true : nil))
                }
            }
        }
    }
}
