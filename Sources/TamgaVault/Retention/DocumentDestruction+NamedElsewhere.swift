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
    /// that would show them once `id` is gone. Each revision of every other
    /// document is projected for the State as it would be
    /// after the destruction (the registry and `sensitive` strings without
    /// `id`'s), and the leak scan, protecting only these persons, reads the
    /// result as a reader does (markup, escapes, split words: attacker
    /// session 38 D5). A name only an internal passage carries is no reason
    /// (D4). A projection that fails (a reference to the person by id)
    /// counts as naming them. Only revisions where the name finder reads
    /// one of them (in the source, or as a Markdown viewer shows it) are
    /// projected and scanned: a name written in a form the finder does not
    /// read at all (letter-spaced, split over lines) is not seen here, though
    /// the export's scan refuses it today (docs/retention.md, limits). Cost:
    /// BENCHMARKS.md ("destroy").
    func namedElsewhere(_ persons: [String], besides id: String, index: VaultIndex) throws -> [String: [String]] {
        guard !persons.isEmpty else { return [:] }
        let now = try RedactionContext.load(vault, loading: .none)
        // A person every spelling of whom another document declares (for
        // another person id) stays withheld under that declaration.
        let remaining = Set(index.documents.filter { $0.entry?.id != id }
            .flatMap { $0.declarations.flatMap { [$0.name] + $0.also } }.map { $0.lowercased() })
        let wanted = persons.compactMap { now.registry.persons[$0] }.filter { person in
            !person.spellings.allSatisfy { remaining.contains($0.lowercased()) }
        }
        guard !wanted.isEmpty else { return [:] }
        // A document whose files are gone from this copy (moved aside: attacker
        // session 38, K1) cannot be read here: fail closed.
        let missing = index.commits.liveObjects.filter { $0.hasPrefix("documents/") }
            .filter { !FileManager.default.fileExists(atPath: vault.paths.root.appendingPathComponent($0).path) }
        guard missing.isEmpty else {
            throw VaultError.invalidArgument("\(missing.count) document file(s) the log lists are missing from this copy, so whether "
                + "another document names a person only \(id) declares cannot be told; run `tamga check` and restore them; \(id) was not destroyed")
        }
        let after = try RedactionContext.load(vault, loading: .none, without: [id])
        return try shown(wanted, now: now, after: after, besides: id, index: index)
    }

    /// The persons of `wanted` (each with their names, from `now`) whom
    /// another document than `besides` (every one when nil) would show once
    /// redaction is `after`'s, with those documents (and records, attachments).
    /// Used by `destroy` and by `person retire` (attacker session 38, #8).
    func shown(_ wanted: [RegisteredPerson], now: RedactionContext, after: RedactionContext, besides id: String?,
               index: VaultIndex) throws -> [String: [String]] {
        let wantedIDs = Set(wanted.map(\.id))
        let policy = after.policy.policy
        let projector = Projector(policy: policy, registry: after.registry, names: after.names, sensitive: after.sensitive)
        let today = Projector(policy: policy, registry: now.registry, names: now.names, sensitive: now.sensitive)
        // The scan knows these persons, protected, and their namesakes as they are
        // (an official Bakyt Sadykov stays himself, not a spelling of Aibek Sadykov: D4).
        let words = Set(wanted.flatMap(\.spellings).flatMap { $0.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) })
        let namesakes = after.registry.persons.values.filter { person in
            !wantedIDs.contains(person.id) && person.spellings.contains { spelling in
                spelling.lowercased().split(whereSeparator: \.isWhitespace).contains { words.contains(String($0)) }
            }
        }
        let protected = try PersonRegistry(persons: wanted.map { RegisteredPerson(id: $0.id, role: "", name: $0.name, also: $0.also, consent: []) }
            + namesakes)
        let scanner = LeakScanner(policy: policy, registry: protected, names: NameFinderFactory.finder(for: protected.personNames), sensitive: [])
        let catalog = DocumentCatalog(vault: vault)
        var found: [String: Set<String>] = [:]
        for other in index.documents.compactMap(\.entry?.id) where other != id {
            for revision in try catalog.history(other, level: .internal) {
                let label = "\(other) (stored revision \(revision.metadata.revision))"
                let source = String(decoding: revision.content.withUnsafeBytes { Array($0) }, as: UTF8.self)
                // Only a revision where the name finder reads one of them, in the source or
                // as a Markdown viewer shows it (markup, entities), is projected and scanned.
                let mentioned = ([source] + [CommonMarkText.text(source)].compactMap { $0 }).contains { text in
                    now.names.matches(in: text).contains { wantedIDs.contains($0.personID) || !wantedIDs.isDisjoint(with: $0.candidates) }
                }
                guard mentioned else { continue }
                let document = try DocumentParser.parse(Array(source.utf8), file: label).validatedAsStored(against: policy)
                // The State's version holds every passage the public's does, and neither
                // names a person no one declares: one projection and one scan suffice.
                for audience in [Audience.state] {
                    let shown: Set<String>
                    do {
                        let rendered = try projector.project(document, for: audience).rendered(as: .markdown)
                        try scanner.scan(rendered, format: .markdown, fileName: "\(other).md", document: document, audience: audience)
                        continue
                    } catch let error as LeakError {
                        shown = Set(error.hits.compactMap(\.personID)).intersection(wantedIDs)
                    } catch {
                        // Not when it fails today too: then the destruction is not why.
                        shown = (try? today.project(document, for: audience)) == nil ? [] : wantedIDs
                    }
                    for person in shown { found[person, default: []].insert(other) }
                }
            }
        }
        // Texts no projection stands in front of: recommendation records, other documents' attachments (#7).
        for (person, labels) in try namedOutsideRevisions(wanted, context: now, besides: id, index: index) {
            found[person, default: []].formUnion(labels)
        }
        return found.mapValues { $0.sorted() }
    }

    /// Refuses a destruction after which a name would no longer be withheld.
    static func requireStillProtected(_ plan: Plan) throws {
        try requireConsentKept(plan)
        guard let (person, documents) = plan.namedElsewhere.sorted(by: { $0.key < $1.key }).first else { return }
        // A label may name a record or an attachment of a document ("VR-2015-003 (an attachment)"): edit that document,
        // or, for the destroyed document's own records, any other document that names the person.
        let owners = documents.map { String($0.prefix { $0 != " " && $0 != "'" }) }
        let editable = owners.first { $0 != plan.id } ?? "ID"
        let others = plan.namedElsewhere.count > 1 ? " (and \(plan.namedElsewhere.count - 1) other person(s))" : ""
        throw VaultError.invalidArgument("\(plan.id) is the only document that declares \(person)\(others), whom "
            + documents.joined(separator: ", ") + " name(s): once it is destroyed, nothing would withhold that name in their State "
            + "and public versions. Declare \(person) in \(documents.count == 1 ? "that document" : "those documents") first "
            + "(`tamga edit \(editable)`: copy the person's entry under `persons:`), then destroy; \(plan.id) was not destroyed")
    }
}
