import Foundation
import TamgaCore
import TamgaCrypto

/// Which of the vault's redaction inputs one revision's State and public
/// projections can depend on (issue 16, "re-projection touches only the parts
/// whose text the change can affect").
///
/// A stored lower part carries a projection tag over its source and a digest
/// of the redaction inputs it was made under. Were that digest taken over the
/// whole registry, every consent change or new person would make every part
/// look out of date, and a 15 MiB report that never names the person would be
/// projected and leak-scanned again (about 40 s). The digest is therefore
/// taken over the policy, every `sensitive` string, and only the persons whose
/// record can change this revision's projection:
///
/// * the persons it declares;
/// * every person whose id its source contains (an `@ID` reference);
/// * every person the vault's name finder reports, as the match or as a
///   candidate, anywhere in the raw source or in its parsed text (joined with
///   and without separators, so inline markup cannot split a name unseen);
/// * every person the leak scan, with *every* person made protected, reports
///   in the raw source (read also as a reader sees the Markdown), the policy (which writes markers,
///   banners and pseudonyms into a projection) and the names of the persons
///   above (a reference is rendered as the registered name): a form the
///   finder misses but the leak scan's stems catch would make a fresh export
///   refuse, so it must make the part out of date too.
///
/// A person outside this set can appear in no text the projector redacts and
/// in no text the leak scan reads, so their record changes nothing in the
/// projection: when the set and each member's record are unchanged, the
/// stored part is what a fresh projection would be, and the refresh keeps it.
/// Any change to the set or to a member's record (consent, role, spellings),
/// to the policy or to a sensitive string changes the digest and the part is
/// projected again. It fails closed: a person wrongly counted relevant only
/// costs a re-projection, and whatever cannot be decided (no registry without
/// roles, no kind the policy lets be public) counts every person.
///
/// Deciding is not cheap: the leak scan of a source costs about what
/// projecting it does (BENCHMARKS.md, "Re-projection after a consent change").
/// But it reads only names, never consent or roles, so its outcome is kept per
/// source and set of names (`namesKey`): in the context, so `add` decides once
/// for its own refresh, and in the member's sealed local index, so a consent
/// change decides every document from the cache (a decryption and a parse
/// each) and re-projects only those that name the person. A new or renamed
/// person changes the names and every source is scanned again.
///
/// Limits: the leak scan reads the source, not the projection, so a rule of
/// its that depends on context (a common-word stem "used as a name") does not
/// see a context the projection makes (a word now next to a pseudonym or a
/// marker). And neither the digest nor the cache key names the version of the
/// name finder or the leak scan: a tamga whose matching changed keeps parts
/// (and cached decisions) the older one made, as it did before this digest.
public struct ProjectionRelevance: Sendable {
    // What it needs of the context, not the context itself (which holds it).
    let registry: PersonRegistry
    let names: any NameFinding
    let policy: PolicyStore.InForce
    let sensitive: [String]
    /// The leak scan with every registry person protected (an unknown role
    /// is named to no audience, and no consent is kept), so it reports any
    /// of them it reads; nil when that registry cannot be made, and then
    /// every person counts as relevant (fail closed).
    let everyoneProtected: LeakScanner?
    /// What the scan is told it reads: an empty public document that declares
    /// nobody and withholds nothing. Told it reads the real document, the scan
    /// would report a name in a part the audience may not see as withheld
    /// text, not as the person's. Nil when the policy has no kind that may be
    /// public; then every person counts as relevant.
    let openStub: Document?
    /// A digest of everything `persons(of:source:)` reads besides the source:
    /// the policy text and every person's id and spellings (the scan gives
    /// everyone the same role and no consent, so those do not count). Under
    /// the same key, a source's relevant persons are the same.
    public let namesKey: String

    /// Prepares the scan over the whole registry once (like the exporter's),
    /// so a refresh or a batch add does not rebuild it for every document.
    public init(context: RedactionContext) {
        registry = context.registry
        names = context.names
        policy = context.policy
        sensitive = context.sensitive
        // A policy whose public audience does not see public content would
        // make the stub withheld too: then nothing is decided (fail closed).
        openStub = !context.policy.policy.audience(.public, sees: .public) ? nil : context.policy.policy.kinds.keys.sorted().lazy.compactMap { kind in
            let stub = "---\nid: X-0\nkind: \(kind)\nlevel: public\ndate: 2000-01-01\n---\nx\n"
            return try? DocumentParser.parse(Array(stub.utf8), file: "stub").validated(against: context.policy.policy)
        }.first
        namesKey = Hex.encode(SHA256.hash(Array((["policy \(context.policy.hash)"] + context.registry.persons.values
            .sorted { $0.id < $1.id }.map { ([$0.id] + $0.spellings).joined(separator: "\u{1F}") }).joined(separator: "\n").utf8)))
        everyoneProtected = (try? PersonRegistry(persons: context.registry.persons.values.map {
            RegisteredPerson(id: $0.id, role: "", name: $0.name, also: $0.also, consent: [])
        })).map { LeakScanner(policy: context.policy.policy, registry: $0, names: context.names, sensitive: []) }
    }

    /// The persons (ids) whose registry record can change `document`'s projections.
    public func persons(of document: Document, source: String) -> Set<String> {
        let registry = self.registry.including(document)
        guard let scanner = everyoneProtected else { return Set(registry.persons.keys) }
        var relevant = Set(document.persons.map(\.id))
        let pieces = document.pieces
        // And as a Markdown viewer shows the source (markup inside a name, entities: attacker
        // session 38, E6), since the scan below stops before its reader views once the bytes hold a name.
        let texts = [source, pieces.map(\.text).joined(separator: "\n"), pieces.map(\.text).joined()]
            + [CommonMarkText.text(source)].compactMap { $0 }
        for text in texts {
            for match in names.matches(in: text) {
                relevant.insert(match.personID)
                relevant.formUnion(match.candidates)
            }
        }
        relevant.formUnion(Self.referencedIDs(in: source, registry: registry))
        relevant.formUnion(pieces.filter { $0.kind == .reference }.map(\.text))
        let named = relevant.sorted().compactMap { registry.persons[$0] }.flatMap(\.spellings)
        // The source alone: the scan reads Markdown also as a reader sees it
        // (markup, escapes and entities resolved), which the parsed text adds
        // nothing to, and the scan costs about what a projection does per byte.
        let scanned = ([source, policy.yaml] + named).joined(separator: "\n\n")
        guard let open = openStub else { return Set(registry.persons.keys) }
        do {
            try scanner.scan(scanned, format: .markdown, fileName: "x.md", document: open, audience: .public)
        } catch {
            relevant.formUnion(error.hits.compactMap(\.personID))
        }
        return relevant.filter { registry.persons[$0] != nil }
    }

    /// The redaction digest of `document`'s lower parts: the policy, every
    /// sensitive string, and the current record of each relevant person
    /// (`persons`, from `persons(of:source:)`).
    public func digest(of document: Document, persons: Set<String>) -> [UInt8] {
        digest(facts(of: document, persons: persons))
    }

    /// What `document` itself contributes to its digest (`RelevanceFacts`).
    func facts(of document: Document, persons: Set<String>) -> RelevanceFacts {
        let declared = Set(document.persons.map(\.id))
        let registry = self.registry.including(document)
        var own: [String: String] = [:]
        // Only a person the vault's registry lacks (declared by this revision
        // alone, no longer by the newest) counts with this revision's record,
        // as `PersonRegistry.including` has it.
        for id in persons where declared.contains(id) && self.registry.persons[id] == nil {
            if let person = registry.persons[id] { own[id] = Self.recordLine(person) }
        }
        return RelevanceFacts(persons: persons.sorted(), own: own, sensitive: document.sensitive.sorted())
    }

    /// The digest from a revision's facts and the current registry: each
    /// person counts with the registry's record, or, when the registry lacks
    /// them, with the record this revision declares.
    func digest(_ facts: RelevanceFacts) -> [UInt8] {
        var lines = ["tamga/v2/projection-relevance", "policy \(policy.hash)"]
        for id in facts.persons.sorted() {
            guard let line = registry.persons[id].map(Self.recordLine) ?? facts.own[id] else { continue }
            lines.append(line)
        }
        lines.append(contentsOf: sensitive.map { "sensitive \($0)" })
        lines.append(contentsOf: facts.sensitive.map { "own sensitive \($0)" })
        return SHA256.hash(Array(lines.joined(separator: "\n").utf8))
    }

    /// One person's record as the digest reads it: what redaction uses of it.
    static func recordLine(_ person: RegisteredPerson) -> String {
        [person.id, person.role, person.name, person.also.joined(separator: "\u{1F}"),
         person.consent.map(\.rawValue).sorted().joined(separator: ",")].joined(separator: "\u{1E}")
    }

    /// Registry ids that occur in the source as a whole token (ids are made
    /// of letters, digits, `-`, `_` and `.`; `@D-0042.` holds `D-0042`).
    /// Each token is also tried without trailing dots, so a sentence's full
    /// stop does not hide a reference; over-counting only re-projects.
    static func referencedIDs(in source: String, registry: PersonRegistry) -> Set<String> {
        var found: Set<String> = []
        let tokens = source.split { !($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        for token in tokens {
            var candidate = Substring(token)
            while !candidate.isEmpty {
                if registry.persons[String(candidate)] != nil { found.insert(String(candidate)) }
                guard candidate.last == "." || candidate.last == "-" || candidate.last == "_" else { break }
                candidate = candidate.dropLast()
            }
        }
        return found
    }
}
