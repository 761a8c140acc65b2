extension ExportCatalogue {
    /// The follow-up report's own words (`tamga rec report`): the title,
    /// labels, the event lines and the statuses as a reader reads them. The
    /// recommendations' texts, ids, dates and the addressee are data.
    public struct FollowUpTexts: Sendable {
        /// "Follow-up of recommendations addressed to Ministry of Health".
        let title: @Sendable (String) -> String
        let classification, date, openCount: String
        let facility, theme, status: String
        /// The line of a recommendation nobody answered.
        let noResponse: String
        /// "response from Ministry of Health" (nil: no sender recorded).
        let response: @Sendable (String?) -> String
        /// "visit VR-2015-003 found it".
        let verification: @Sendable (String) -> String
        /// A status or finding as printed; English keeps the command-line
        /// words (`no-response`), which `rec show` prints too.
        let statuses: [RecommendationStatus: String]
        let findings: [VerificationFinding: String]
    }
}
