import TamgaCore

/// `erased: true` in a front matter is what `tamga person erase` writes into
/// the revisions it rewrites; written by hand it made `person show` and
/// `person list` report an erasure no one made (attacker 40b, F6: a
/// contributor's new document declaring `D-0042: {erased: true}`), so
/// internal members could believe a person's records were erased. An add,
/// an edit, `new` and the web form accept it only for a person the vault
/// already records as erased (editing a document after an erasure); a
/// contributor, who cannot read the registry, never. A hand-over's import
/// carries the former body's erasures and is not checked here.
///
/// The mirror holds too: a document naming a person the vault records as
/// erased (a file saved before the erasure, added with `--force`) is refused
/// for a member cleared internal: it would put the erased name back into the
/// internal text of every copy (session 41 attacker, E3).
struct ErasedDeclarationCheck {
    let vault: UnlockedVault

    func require(_ documents: [Document]) throws {
        let claimed = documents.flatMap { document in document.persons.filter(\.erased).map { (document: document.id, person: $0.id) } }
        let reads = vault.levelKeys.canRead(.internal)
        guard !claimed.isEmpty || reads else { return }
        let erased: Set<String> = reads ? Set(try VaultIndex.load(vault).declarations.flatMap(\.persons).filter(\.erased).map(\.id)) : []
        for document in documents {
            for person in document.persons where !person.erased && erased.contains(person.id) {
                throw VaultError.invalidDocument("\(document.id) names \(person.id), whom `tamga person erase` erased (`tamga log` "
                    + "shows when): adding it would put the erased name back into the vault. Start from `tamga show \(document.id)` or "
                    + "`tamga edit \(document.id)`, which declare the person as erased; a new record of this person needs a new id "
                    + "(nothing was added)")
            }
        }
        for (document, person) in claimed where !erased.contains(person) {
            throw VaultError.invalidDocument("\(document) declares \(person) with `erased: true`, but no erasure of \(person) is "
                + "recorded: only `tamga person erase \(person)` erases a person (it rewrites every document that names them). "
                + "Remove that line (nothing was added)")
        }
    }
}
