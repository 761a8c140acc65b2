import Foundation
import TamgaCore

/// Attacker review H2 (docs/retention.md): person records do not travel on
/// their own; the successor's registry is made from the front matter of the
/// documents it receives. So a transferred document that names a person, or
/// a spelling of a person, that no transferred document declares (only a
/// withheld one did) would reach the successor as a name its registry does
/// not know, and its State export would print it. Such a document is
/// withheld too, and the plan names the persons (`undeclared`): declare them
/// in it (a new revision) to transfer it. Withholding one can leave another
/// without its declaration, so this runs until nothing changes.
enum HandoverRegistryCheck {
    /// What one document brings: the spellings its revisions declare per
    /// person, and every text it carries (each revision's source, and its
    /// attachments' caption, file name and text).
    struct Material {
        var declared: [String: Set<String>] = [:]
        var texts: [String] = []
    }

    /// The documents of `transferred` to withhold, with the persons each names
    /// that no document still transferred declares, or by a spelling none
    /// declares: a match of such a spelling that no match of a declared
    /// spelling of the same person covers whole (the name finder links a
    /// Cyrillic spelling to its Latin one, so the successor knows that one).
    static func undeclared(transferred: Set<String>, material: [String: Material], concerns concerned: [String: Set<String>],
                           registry: PersonRegistry) -> [String: [String]] {
        var keep = transferred, flagged: [String: [String]] = [:]
        while true {
            var known: [String: Set<String>] = [:]
            for id in keep { for (person, spellings) in material[id]?.declared ?? [:] { known[person, default: []].formUnion(spellings) } }
            let missing = registry.persons.values.sorted { $0.id < $1.id }.compactMap { person -> PersonNames? in
                let rest = person.spellings.filter { !(known[person.id]?.contains($0) ?? false) }
                return rest.isEmpty ? nil : PersonNames(personID: person.id, spellings: rest)
            }
            let missingFinder = NameFinderFactory.finder(for: missing)
            let knownFinder = NameFinderFactory.finder(for: known.keys.sorted().map { PersonNames(personID: $0, spellings: known[$0]!.sorted()) })
            var changed = false
            for id in keep.sorted() {
                var names = Set((concerned[id] ?? []).filter { known[$0] == nil })
                for text in material[id]?.texts ?? [] where !missing.isEmpty {
                    let covered = knownFinder.matches(in: text)
                    for match in missingFinder.matches(in: text)
                    where !covered.contains(where: { $0.personID == match.personID && $0.range.lowerBound <= match.range.lowerBound
                                                     && $0.range.upperBound >= match.range.upperBound }) {
                        names.insert(match.personID)
                    }
                }
                guard !names.isEmpty else { continue }
                flagged[id] = names.sorted()
                keep.remove(id)
                changed = true
            }
            if !changed { return flagged }
        }
    }
}
