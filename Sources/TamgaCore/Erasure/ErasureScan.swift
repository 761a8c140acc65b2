/// Whether a text still names an erased person (issue 18): the leak scan's
/// own matching (`LeakScanner`: every declared spelling and what the name
/// finder derives from it, stems with case suffixes, names split or fused,
/// look-alike letters), run over the text as written, as a reader sees it
/// (markup, escapes and entities undone) and as a CommonMark renderer shows
/// it, with only that person protected. Everyone else counts as named, so a
/// relative's declared name that shares a surname with the erased person is
/// read as theirs (the scan's rule for a disclosed person's span) and does
/// not stop the erasure.
///
/// It reads names only: no detector, no `sensitive` string, no markup rule
/// (a source is full of marks and references). A hit names a line, never
/// the text.
public struct ErasureScan: Sendable {
    public let personID: String
    let scanner: LeakScanner

    /// `person` is the record before the erasure (with its names); `registry`
    /// the vault's; `names` the finder built over it.
    /// Throws when the scanned registry cannot be built: falling back to the
    /// vault's own would carry the person's consent, and a consented
    /// person's names do not count as a leak (review, session 37).
    public init(person: RegisteredPerson, registry: PersonRegistry, names: any NameFinding, policy: Policy) throws {
        personID = person.id
        var everyone = registry.persons.values.filter { $0.id != person.id && !$0.erased }.map {
            RegisteredPerson(id: $0.id, role: "", name: $0.name, also: $0.also, consent: [.public])
        }
        everyone.append(RegisteredPerson(id: person.id, role: "", name: person.name, also: person.also, consent: []))
        let scanned = try PersonRegistry(persons: everyone)
        let bare = Policy(version: policy.version, audiences: policy.audiences, kinds: policy.kinds, roles: policy.roles,
                          markers: policy.markers, detectors: [:], statistics: policy.statistics)
        scanner = LeakScanner(policy: bare, registry: scanned, names: names, sensitive: [])
    }

    /// The lines (1-based) of `text` where the person is read, and whether
    /// the text as written shows it there (else a reader's view does, whose
    /// line may differ by the markup undone).
    public func hits(in text: String) -> [(line: Int, asWritten: Bool)] {
        let written = ScanView(name: "as written", text: text)
        var views = [written] + ReaderView.views(of: text)
        if let shown = CommonMarkText.text(text) { views += ReaderView.commonMarkViews(shown) }
        do {
            try scanner.scanWords(views, document: nil, audience: .public)
            return []
        } catch {
            return error.hits.filter { $0.personID == personID }.map { ($0.exportLine ?? 1, $0.view == written.name) }
        }
    }
}
