extension ExportCatalogue {
    /// The review page's own words (`tamga preview`): its banner, headings,
    /// notes, refusals and the legend of rules. The columns themselves are
    /// the exports, in the document's language whatever these are in.
    public struct PreviewTexts: Sendable {
        /// The banner on every printed page: the page holds internal text.
        let banner: String
        /// The HTML title and the first heading, for the document id.
        let pageTitle: @Sendable (String) -> String
        let heading: @Sendable (String) -> String
        let note: String
        /// "No export." and what follows it when the leak scan refused.
        let noExport, wouldHaveBeen: String
        let leakScan, facility: String
        /// The legend's heading, and what it says when nothing was replaced.
        let rulesApplied, rules, noRules: String
        /// A rule's short label for its category ("pseudonym: detainee"),
        /// by the projector's rule name; categories are the policy's keys.
        let labels: [String: @Sendable (String) -> String]
        /// What a rule means, for the legend, by rule name, for its category.
        let explanations: [String: @Sendable (String) -> String]
        /// The label and explanation of a rule the catalogue does not know.
        let otherLabel: @Sendable (String, String) -> String
        let otherExplanation: @Sendable (String, String) -> String
    }
}
