import Foundation
import TamgaCore

/// A destruction's reason is sealed to internal in the log, which keeps it
/// for good, past any later erasure of the persons the document named. So,
/// as an erasure's reason may not name the person erased
/// (`PersonErasure.requireUnnamed`), a destruction's may not name a person
/// the document declares (web red team 42, N1: "Aibek Sadykov asked us to"
/// stayed readable by every member cleared internal after Sadykov was
/// erased). The same matching: the leak scan's, per person
/// (`ErasureScan`), so lower case, Cyrillic, initials and a given name
/// alone are read as the person.
///
/// Limit: only the persons the document declares are looked for; a name
/// the registry holds only through other documents is not.
extension DocumentDestruction {
    func requireReasonNamesNoOne(_ reason: String, persons: [String]) throws {
        guard !persons.isEmpty else { return }
        let context = try RedactionContext.load(vault, loading: .none)
        for id in persons.sorted() {
            guard let person = context.registry.persons[id], !person.erased else { continue }
            let scan = try ErasureScan(person: person, registry: context.registry, names: context.names, policy: context.policy.policy)
            guard scan.hits(in: reason).isEmpty else {
                throw VaultError.reasonNamesPerson(id: id)
            }
        }
    }
}
