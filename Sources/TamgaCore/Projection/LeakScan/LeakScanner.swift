/// The last check before an export leaves the vault (FORMAT.md, "Guarantee
/// of an export"): a separate code path from the projector that reads the
/// rendered bytes (and the file name) and refuses the export on any
/// protected name, `sensitive` string, detector match, long run of withheld
/// source text, or leftover markup.
///
///     try LeakScanner(policy: policy, registry: registry, names: finder, sensitive: all)
///         .scan(rendered, format: .html, fileName: "VR-2014-017.state.html", document: document, audience: .state)
///
/// It shares with the projector only the policy's decisions (who is
/// disclosed, which detectors run) and the `NameFinding`; its matching and
/// normalization are its own, and what is withheld it takes from the
/// document's levels, not from what the projector did.
public struct LeakScanner: Sendable {
    public let policy: Policy
    public let registry: PersonRegistry
    public let names: any NameFinding
    public let sensitive: [String]
    /// The registry's spellings and stems, and the `sensitive` strings,
    /// normalized once here so a scan does not redo it (BENCHMARKS.md, P2):
    /// make one scanner and scan a batch of exports with it.
    let nameIndex: LeakNameIndex
    let sensitiveIndex: LeakPhraseIndex
    /// The registry's name parts in every writing, for names fused into one word.
    let fusedIndex: FusedWordRule
    /// The registry's name parts searched inside addresses and handles.
    let fusedNames: FusedNameRule
    /// The registry's name parts read beside a pseudonym, a letter or two off.
    let pseudonymNeighbours: LeakPseudonymNeighbours
    /// The registry's name parts read inside a letter-spaced run.
    let spacedRuns: LeakSpacedRunRule

    /// Withheld text this long is distinctive: a run of `shingleWords`
    /// consecutive words, or a whole withheld piece of fewer words but at
    /// least `shortPieceCharacters` characters (normalized), found in the
    /// export. Shorter pieces ("cell 14") are too common to scan for: an
    /// author who needs them protected everywhere lists them in `sensitive`.
    public static let shingleWords = 8
    public static let shortPieceCharacters = 40

    public init(policy: Policy, registry: PersonRegistry, names: any NameFinding, sensitive: [String]) {
        self.policy = policy
        self.registry = registry
        self.names = names
        self.sensitive = sensitive
        nameIndex = LeakNameIndex(persons: registry.persons.values)
        fusedIndex = FusedWordRule(persons: registry.persons.values)
        fusedNames = FusedNameRule(persons: registry.persons.values)
        pseudonymNeighbours = LeakPseudonymNeighbours(persons: registry.persons.values, policy: policy)
        spacedRuns = LeakSpacedRunRule(persons: registry.persons.values)
        sensitiveIndex = LeakPhraseIndex(sensitive)
    }

    /// Scans and returns who the export names: every person the audience
    /// may see named whose name (any spelling, any view) the scan read. The
    /// disclosure ledger records these (issue 15, class 8), not only whom
    /// the projector meant to name: a consenting person's name written in
    /// a form the projector did not take for a mention is still disclosed.
    @discardableResult
    public func scan(_ rendered: String, format: ExportFormat, fileName: String, document: Document,
                     audience: Audience) throws(LeakError) -> Set<String> {
        // The detectors read the document's date (`DetectorContext`), as the projector's do.
        try DetectorContext.withDocumentDate(document.date) { () throws(LeakError) in
            try scanBound(rendered, format: format, fileName: fileName, document: document, audience: audience)
        }
    }

    private func scanBound(_ rendered: String, format: ExportFormat, fileName: String, document: Document,
                           audience: Audience) throws(LeakError) -> Set<String> {
        guard audience != .internal else { return [] }
        // tamga's own stylesheet and page frame are not the document's text (`ExportTemplateText`).
        let framed = format == .html ? ExportTemplateText.blanked(rendered) : rendered
        // A village in a web address is the place (`AddressPlaceWords`): blanked for every rule
        // but the `sensitive` strings, read below in the export as written.
        let rendered = AddressPlaceWords.blanked(framed)
        var hits: [LeakHit] = []
        // In a file name, `-`, `_` and `.` stand for spaces (Aibek_Sadykov).
        let spacedName = String(fileName.map { "-_.".contains($0) ? " " : $0 })
        var views = [ScanView(name: "file name", text: fileName), ScanView(name: "file name", text: spacedName)]
        switch ScanView.decoded(rendered, format: format) {
        case let .success(text):
            views.append(ScanView(name: "export", text: format == .json ? ScanView.spacingJSONEscapes(rendered) : rendered))
            if let text { views.append(ScanView(name: "export text", text: text)) }
        case .failure: hits.append(LeakHit(rule: .unreadableExport, view: "export", exportLine: nil, sourceLine: nil, personID: nil, detector: nil))
        }
        if rendered.allSatisfy(\.isWhitespace) {
            hits.append(LeakHit(rule: .unreadableExport, view: "export", exportLine: nil, sourceLine: nil, personID: nil, detector: nil))
        }
        // An erased person has no name to find (issue 18), unless a later document named them again.
        let persons = registry.including(document).persons.filter { !$0.value.erased || !$0.value.spellings.isEmpty }
        let protected = persons.values.filter { ($0.erased || !policy.disclosesName(role: $0.role, consent: $0.consent, to: audience)) }
        let disclosedNames = Dictionary(uniqueKeysWithValues: persons.values.filter {
            !$0.erased && policy.disclosesName(role: $0.role, consent: $0.consent, to: audience)
        }.map { ($0.id, $0.name) })
        let disclosed = Set(disclosedNames.keys)
        let protectedIDs = Set(protected.map(\.id))
        let personIDs = Set(registry.including(document).persons.keys)
        // Persons only this document declares are not in the prepared index.
        let declaredHere = persons.values.filter { !nameIndex.ids.contains($0.id) }
        let nameIndexes = declaredHere.isEmpty ? [nameIndex] : [nameIndex, LeakNameIndex(persons: declaredHere)]
        let sensitiveStrings = Set(sensitive + document.sensitive).sorted()
        let newSensitive = sensitiveStrings.filter { !sensitiveIndex.contains($0) }
        let sensitiveIndexes = newSensitive.isEmpty ? [sensitiveIndex] : [sensitiveIndex, LeakPhraseIndex(newSensitive)]
        let withheld = WithheldText(document: document, audience: audience, policy: policy, disclosedNames: disclosedNames)
        let neighbourRules = declaredHere.isEmpty ? [pseudonymNeighbours]
            : [pseudonymNeighbours, LeakPseudonymNeighbours(persons: declaredHere, policy: policy)]
        let runRules = declaredHere.isEmpty ? [spacedRuns] : [spacedRuns, LeakSpacedRunRule(persons: declaredHere)]
        var read: Set<String> = []
        // The detectors' hits by a view's text: a text's hits depend on the text alone (the view's
        // name aside), and several views are often the same text (an export with no markup reads
        // as written), so the detectors read each distinct text once (issue 15, the detectors' cost).
        // Keyed by the bytes, not the `String`: two texts equal only up to Unicode canonical
        // equivalence (`й` composed or not) can read differently to a detector.
        var detectorMemo: [[UInt8]: [LeakHit]] = [:]
        func scan(_ views: [ScanView]) {
            for view in views {
                let normalized = LeakNormalizer(view.text)
                hits += nameHits(view, normalized, protected: protectedIDs, disclosed: disclosed, indexes: nameIndexes, read: &read)
                for rule in neighbourRules { hits += rule.hits(in: view, normalized, protected: protectedIDs, disclosed: disclosed) }
                for rule in runRules { hits += rule.hits(in: view, normalized, protected: protectedIDs) }
                hits += sensitiveHits(view, normalized, strings: sensitiveStrings, indexes: sensitiveIndexes)
                if view.rules != .words {
                    let key = Array(view.text.utf8)
                    let found = detectorMemo[key] ?? detectorHits(view, audience: audience)
                    detectorMemo[key] = found
                    hits += found.map { LeakHit(rule: $0.rule, view: view.name, exportLine: $0.exportLine, sourceLine: $0.sourceLine,
                                                personID: $0.personID, detector: $0.detector) }
                }
                guard view.rules == .all else { continue }
                hits += residueHits(view, personIDs: personIDs)
                if view.name != "file name" { hits += withheld.hits(in: view, normalized) }
            }
        }
        scan(views)
        if rendered != framed {
            for view in [ScanView(name: "export", text: framed)] + ReaderView.views(of: framed) {
                hits += sensitiveHits(view, LeakNormalizer(view.text), strings: sensitiveStrings, indexes: sensitiveIndexes)
            }
        }
        // Then as a reader sees it: markup, references, letter-spacing and
        // percent-escapes undone (issue 15, class 2). Only when the bytes
        // themselves passed: an export refused already needs no second reason.
        if hits.isEmpty, case let .success(text) = ScanView.decoded(rendered, format: format) {
            let readerViews = format == .json ? text.map(ReaderView.views) ?? [] : ReaderView.views(of: rendered)
            scan(readerViews)
            // And as a real CommonMark renderer shows the Markdown (JSON
            // strings are Markdown too, for whoever renders them).
            let markdown = format == .markdown ? rendered : format == .json ? text : nil
            if let shown = markdown.flatMap(CommonMarkText.text) {
                scan(ReaderView.commonMarkViews(shown))
            }
            // The HTML export as a browser lays it out: a table's rows as rows, so that a
            // date under a birth column's header is read as one (red-team round 3).
            if format == .html {
                let browser = BrowserText.text(rendered)
                scan([ScanView(name: "export as a browser shows it", text: browser, rules: .wordsAndDetectors)] + ReaderView.tableCellViews(browser))
            }
            // Names fused into addresses and handles (class 3), in the bytes and as read.
            let fusedIndexes = declaredHere.isEmpty ? [fusedIndex] : [fusedIndex, FusedWordRule(persons: declaredHere)]
            let fusedNameRules = declaredHere.isEmpty ? [fusedNames] : [fusedNames, FusedNameRule(persons: declaredHere)]
            for view in views + readerViews.prefix(1) {
                for rule in fusedNameRules { hits += rule.hits(in: view, protected: protectedIDs) }
                let normalized = LeakNormalizer(view.text)
                for index in fusedIndexes { hits += index.hits(in: view, normalized, protected: protectedIDs) }
            }
        }
        guard hits.isEmpty else { throw LeakError(documentID: document.id, audience: audience, hits: hits) }
        return read
    }
}
