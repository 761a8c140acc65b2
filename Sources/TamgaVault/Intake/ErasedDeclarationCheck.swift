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
struct ErasedDeclarationCheck {
    let vault: UnlockedVault

    func require(_ documents: [Document]) throws {
        let claimed = documents.flatMap { document in document.persons.filter(\.erased).map { (document: document.id, person: $0.id) } }
        guard !claimed.isEmpty else { return }
        let erased: Set<String> = vault.levelKeys.canRead(.internal)
            ? Set(try VaultIndex.load(vault).declarations.flatMap(\.persons).filter(\.erased).map(\.id)) : []
        for (document, person) in claimed where !erased.contains(person) {
            throw VaultError.invalidDocument("\(document) declares \(person) with `erased: true`, but no erasure of \(person) is "
                + "recorded: only `tamga person erase \(person)` erases a person (it rewrites every document that names them). "
                + "Remove that line (nothing was added)")
        }
    }
}
