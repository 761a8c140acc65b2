/// Every word an export adds to a document, in each language the vault
/// exports in: the header labels, the withheld footer, and the texts of the
/// shipped policy (banners, audience labels, markers, detector markers,
/// pseudonyms). One place, so a Russian report's export is Russian from
/// banner to footer (issue 19.13) and a translation is reviewed as one file
/// per language (`ExportCatalogue+Russian.swift`, ...). The annual summary,
/// the follow-up report and the preview take their words from here too,
/// in the language `--lang` gives or most of their documents are in.
///
/// The policy texts here translate only the shipped English defaults: a
/// vault whose policy words a marker or pseudonym its own way keeps that
/// wording in every language (`Policy.localized(to:)`).
public struct ExportCatalogue: Sendable {
    public let language: DocumentLanguage
    /// The labels of the metadata lines that head every export.
    public let header: HeaderLabels
    /// The footer of an export that withheld nothing.
    let nothingWithheld: String
    /// The footer's opening, before the counts ("Withheld from this export: ").
    let withheldOpening: String
    let pluralRule: PluralRule
    /// What each kind of withheld item is called, by `WithheldTally` key.
    let withheldNouns: [String: CountedNoun]
    /// The shipped policy's texts in this language.
    let policyTexts: PolicyTexts
    /// The words of the outputs that are not one document's export: the
    /// annual summary, the follow-up report, the reviewer's preview.
    public let summary: SummaryTexts
    public let followUp: FollowUpTexts
    public let preview: PreviewTexts

    public struct HeaderLabels: Sendable, Hashable {
        public let document, date, kind, facility, authors, classification: String
        /// How the header shows the shipped kinds (`visit-report`); a kind
        /// not listed, and every kind in JSON, is shown as the policy names it.
        public var kinds: [String: String] = [:]
    }

    /// The human-readable values of the shipped policy (`policy/default.yaml`).
    struct PolicyTexts: Sendable, Hashable {
        let audiences: [Audience: AudienceText]
        let markers: Markers
        let detectorMarkers: [DetectorKind: String]
        /// Pseudonym templates by shipped role.
        let pseudonyms: [String: String]

        /// Every text, each under a key the same in all languages, so the
        /// English value can be looked up and replaced by its translation.
        var keyed: [String: String] {
            var texts = ["marker/span": markers.span, "marker/block": markers.block, "marker/section": markers.section]
            for (audience, text) in audiences {
                texts["label/\(audience.rawValue)"] = text.label
                texts["banner/\(audience.rawValue)"] = text.banner
            }
            for (kind, marker) in detectorMarkers { texts["detector/\(kind.rawValue)"] = marker }
            for (role, template) in pseudonyms { texts["pseudonym/\(role)"] = template }
            return texts
        }
    }

    /// An audience's label and banner (`audiences` in the policy).
    struct AudienceText: Sendable, Hashable {
        let label, banner: String
    }

    /// The catalogue for `language`.
    public static func `for`(_ language: DocumentLanguage) -> ExportCatalogue {
        switch language {
        case .english: english
        case .russian: russian
        case .kyrgyz: kyrgyz
        }
    }

    /// The footer every export ends with: what was withheld, as counts a
    /// reader understands ("2 passages, 1 detainee's name"), never content.
    public func footer(for manifest: WithheldManifest) -> String {
        let tally = WithheldTally(manifest, known: Set(withheldNouns.keys))
        guard !tally.items.isEmpty else { return nothingWithheld }
        let parts = tally.items.compactMap { item in withheldNouns[item.key]?.counted(item.count, rule: pluralRule) }
        return withheldOpening + parts.joined(separator: ", ") + "."
    }

    /// This catalogue's wording of a shipped English policy text, or nil
    /// when `text` is not one (a vault's own wording stays as written).
    func translation(ofShipped text: String) -> String? {
        Self.shippedKeys[text].flatMap { policyTexts.keyed[$0] }
    }

    /// Each shipped English policy text's key (texts are distinct; on a
    /// tie the smaller key wins, so the lookup never depends on order).
    private static let shippedKeys: [String: String] =
        Dictionary(english.policyTexts.keyed.map { ($0.value, $0.key) }, uniquingKeysWith: min)
}
