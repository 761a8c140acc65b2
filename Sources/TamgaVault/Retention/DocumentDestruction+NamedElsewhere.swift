import Foundation
import TamgaCore

/// A destruction must not publish a name (issue 18; attacker session 37, L9).
/// The registry that withholds a person's name in every document is made
/// from the documents that declare them, so destroying the only document
/// that declares a person makes every other document that names them show
/// the name in its State and public versions: an interview destroyed after
/// five years, and the visit report kept ten that names the detainee. The
/// destruction is refused instead, naming the documents to declare the
/// person in first; nothing is written.
extension DocumentDestruction {
    /// For each of `persons` (declared by `id` alone), the other documents
    /// whose revisions concern them as the projector decides it
    /// (`ProjectionRelevance`: named by the name finder or read by the leak
    /// scan, or referenced by id).
    func namedElsewhere(_ persons: [String], besides id: String, index: VaultIndex) throws -> [String: [String]] {
        guard !persons.isEmpty else { return [:] }
        let context = try RedactionContext.load(vault, loading: .none)
        // A person every spelling of whom another document declares (for
        // another person id) stays withheld under that declaration.
        let remaining = Set(index.documents.filter { $0.entry?.id != id }
            .flatMap { $0.declarations.flatMap { [$0.name] + $0.also } }.map { $0.lowercased() })
        let wanted = Set(persons.filter { person in
            guard let spellings = context.registry.persons[person]?.spellings, !spellings.isEmpty else { return true }
            return !spellings.allSatisfy { remaining.contains($0.lowercased()) }
        })
        guard !wanted.isEmpty else { return [:] }
        let relevance = ProjectionRelevance(context: context)
        let catalog = DocumentCatalog(vault: vault)
        var found: [String: Set<String>] = [:]
        for other in index.documents.compactMap(\.entry?.id) where other != id {
            for revision in try catalog.history(other, level: .internal) {
                let label = "\(other) (stored revision \(revision.metadata.revision))"
                let source = String(decoding: revision.content.withUnsafeBytes { Array($0) }, as: UTF8.self)
                let document = try DocumentParser.parse(Array(source.utf8), file: label).validatedAsStored(against: context.policy.policy)
                for person in relevance.persons(of: document, source: source).intersection(wanted) { found[person, default: []].insert(other) }
            }
        }
        return found.mapValues { $0.sorted() }
    }

    /// Refuses a destruction after which a name would no longer be withheld.
    static func requireStillProtected(_ plan: Plan) throws {
        guard let (person, documents) = plan.namedElsewhere.sorted(by: { $0.key < $1.key }).first else { return }
        let others = plan.namedElsewhere.count > 1 ? " (and \(plan.namedElsewhere.count - 1) other person(s))" : ""
        throw VaultError.invalidArgument("\(plan.id) is the only document that declares \(person)\(others), whom "
            + documents.joined(separator: ", ") + " name(s): once it is destroyed, nothing would withhold that name in their State "
            + "and public versions. Declare \(person) in \(documents.count == 1 ? "that document" : "those documents") first "
            + "(`tamga edit \(documents[0])`: copy the person's entry under `persons:`), then destroy; nothing was destroyed")
    }
}
