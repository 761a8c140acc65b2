/// Produces what one audience may see of a document (FORMAT.md, "People",
/// "Redaction markers", "Defaults"): content above the audience becomes the
/// policy's markers, then every visible text (title, facility, headings,
/// paragraphs, tables, lists) goes through the `Redactor`. Markers,
/// pseudonyms and banners are the policy's in the document's language
/// (`Policy.localized(to:)`, FORMAT.md "Language").
///
///     let projector = Projector(policy: policy, registry: registry,
///                               names: finder, sensitive: vaultSensitive)
///     let projection = try projector.project(document, for: .state)
///
/// The result must still pass `LeakScanner` before anything is written.
public struct Projector: Sendable {
    public let policy: Policy
    public let registry: PersonRegistry
    public let names: any NameFinding
    /// The `sensitive` strings of every document in the vault.
    public let sensitive: [String]
    /// `sensitive` compiled once for every export this projector makes.
    private let vaultSensitive: SensitiveMatcher
    /// Steps a test switches off to prove the leak scan independent.
    /// Never set outside tests (`@testable` only).
    var testOnlyFaults: Set<TestOnlyFault> = []

    enum TestOnlyFault: Hashable, Sendable { case keepWithheldText, skipNames, skipSensitive, skipDetectors }

    public init(policy: Policy, registry: PersonRegistry, names: any NameFinding, sensitive: [String]) {
        self.policy = policy
        self.registry = registry
        self.names = names
        self.sensitive = sensitive
        vaultSensitive = SensitiveMatcher(sensitive)
    }

    public func project(_ document: Document, for audience: Audience) throws(ProjectionError) -> Projection {
        // The detectors read the document's date (`DetectorContext`).
        try DetectorContext.withDocumentDate(document.date) { () throws(ProjectionError) in try projectBound(document, for: audience) }
    }

    private func projectBound(_ document: Document, for audience: Audience) throws(ProjectionError) -> Projection {
        guard audience.clearance >= document.ceiling else {
            throw ProjectionError(code: .aboveCeiling, documentID: document.id, audience: audience, subject: document.kind)
        }
        // Markers, pseudonyms and banners in the document's language (the
        // shipped English ones only: a vault's own wording stays its own).
        let language = document.language
        let policy = policy.localized(to: language)
        var walk = ProjectionWalk(document: document, audience: audience, policy: policy,
                                  redactor: makeRedactor(document, audience, policy), keepWithheldText: testOnlyFaults.contains(.keepWithheldText))
        walk.redactor.place = .title
        walk.redactor.placeOffset = 0
        let title = try document.title.map { text throws(ProjectionError) in try walk.redactor.redact(text, documentID: document.id) }
        walk.redactor.place = .facility
        walk.redactor.placeOffset = 0
        let facility = try document.facility.map { text throws(ProjectionError) in try walk.redactor.redact(text, documentID: document.id) }
        try walk.walk(document.blocks, insideWithheld: false)
        guard walk.hasVisibleContent else {
            throw ProjectionError(code: .nothingVisible, documentID: document.id, audience: audience, subject: document.id)
        }
        let recommendations = try walk.recommendations()
        let rule = policy.audiences[audience]
        let (blocks, replacements) = UnusedLinkDefinitions.removing(from: walk.output, replacements: walk.redactor.replacements)
        return Projection(
            documentID: document.id, audience: audience, audienceLabel: rule?.label ?? audience.rawValue,
            classification: rule?.banner ?? audience.rawValue.uppercased(),
            metadata: ProjectedMetadata(title: title, date: document.date.description, kind: document.kind, facility: facility,
                                        authors: audience == .internal ? document.authors : []),
            blocks: blocks, recommendations: recommendations,
            manifest: WithheldManifest(counts: walk.redactor.counts.map {
                WithheldManifest.Count(rule: $0.key.rule, category: $0.key.category, count: $0.value)
            }.sorted()),
            disclosure: Disclosure(namedPersonIDs: walk.redactor.named, pseudonyms: walk.redactor.book.labels),
            replacements: replacements, language: language)
    }

    private func makeRedactor(_ document: Document, _ audience: Audience, _ policy: Policy) -> Redactor {
        Redactor(policy: policy, audience: audience, registry: registry.including(document),
                 names: testOnlyFaults.contains(.skipNames) ? ExactNameFinder(persons: []) : names,
                 sensitive: testOnlyFaults.contains(.skipSensitive) ? SensitiveMatcher([]) : vaultSensitive.adding(document.sensitive),
                 detectors: testOnlyFaults.contains(.skipDetectors) ? [] : policy.detectors(for: audience))
    }
}
