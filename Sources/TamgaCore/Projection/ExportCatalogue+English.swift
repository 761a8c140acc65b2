extension ExportCatalogue {
    /// English. Its policy texts are exactly the shipped policy's
    /// (`policy/default.yaml`; `ExportCatalogueTests` checks they agree):
    /// they are what `translation(ofShipped:)` recognises.
    static let english = ExportCatalogue(
        language: .english,
        header: HeaderLabels(document: "Document", date: "Date", kind: "Kind", facility: "Facility", authors: "Authors",
                             classification: "Classification"),
        nothingWithheld: "Nothing was withheld from this export.",
        withheldOpening: "Withheld from this export: ",
        pluralRule: .oneOther,
        withheldNouns: [
            "level/section": CountedNoun("section", "sections"),
            "level/block": CountedNoun("passage", "passages"),
            "level/span": CountedNoun("word or phrase", "words or phrases"),
            "person/detainee": CountedNoun("detainee's name", "detainees' names"),
            "person/witness": CountedNoun("witness's name", "witnesses' names"),
            "person/relative": CountedNoun("relative's name", "relatives' names"),
            "person/official": CountedNoun("official's name", "officials' names"),
            "person/staff": CountedNoun("staff member's name", "staff members' names"),
            "person/other": CountedNoun("person's name", "persons' names"),
            "person/ambiguous": CountedNoun("name several people share", "names several people share"),
            "detail": CountedNoun("confidential detail", "confidential details"),
            "detector/document-number": CountedNoun("identity document number", "identity document numbers"),
            "detector/personal-number": CountedNoun("personal number", "personal numbers"),
            "detector/phone-number": CountedNoun("phone number", "phone numbers"),
            "detector/birth-date": CountedNoun("date of birth", "dates of birth"),
            "detector/email-address": CountedNoun("e-mail address", "e-mail addresses"),
            "detector/home-address": CountedNoun("home address", "home addresses"),
            "detector/case-number": CountedNoun("case number", "case numbers"),
            "detector/vehicle-plate": CountedNoun("vehicle plate", "vehicle plates"),
        ],
        policyTexts: PolicyTexts(
            audiences: [
                .internal: AudienceText(label: "NPM internal", banner: "NPM INTERNAL"),
                .state: AudienceText(label: "State authorities", banner: "SHARED WITH STATE AUTHORITIES"),
                .public: AudienceText(label: "Public", banner: "PUBLIC"),
            ],
            markers: Markers(span: "[withheld]", block: "[A passage was withheld.]", section: "[Section withheld.]"),
            detectorMarkers: [
                .documentNumber: "[document number withheld]", .personalNumber: "[personal number withheld]",
                .phoneNumber: "[phone number withheld]", .birthDate: "[date of birth withheld]",
                .emailAddress: "[e-mail address withheld]", .homeAddress: "[home address withheld]",
                .caseNumber: "[case number withheld]", .vehiclePlate: "[vehicle plate withheld]",
            ],
            pseudonyms: ["detainee": "Detainee {letter}", "witness": "Witness {letter}", "relative": "Relative {letter}",
                         "official": "Official {letter}", "staff": "Staff member {letter}"]),
        summary: englishSummary, followUp: englishFollowUp, preview: englishPreview)

    static let englishSummary = SummaryTexts(
        title: { "Annual summary \($0)" }, yearLabel: "Year", audienceLabel: "Audience", classificationLabel: "Classification",
        introduction: { "This summary lists the visits of \($0), the parts of each visit report released to this audience, and counts taken from the reports' records (never from their text)." },
        findingDefinition: "A finding is a theme recorded for a visit report (a tag such as overcrowding); a report counts once under each of its themes.",
        suppressionNote: { "Counts from 1 to \($0 - 1) are shown as \"<\($0)\"; counts shown as \"x\" are withheld so that a small count cannot be worked out from the totals." },
        visitsHeading: "Visits", chartHeading: "Visits and findings per month", findingsHeading: "Findings by theme and month",
        reportsHeading: "Reports", noVisits: { "No visits are recorded for \($0)." },
        date: "Date", place: "Place of detention", report: "Report", month: "Month", visits: "Visits", findings: "Findings",
        visitsWord: "visits", findingsWord: "findings", findingsLegend: "Findings (themes recorded on visit reports)", chartTitle: { "Visits and findings per month, \($0)" },
        visitNoun: CountedNoun("visit", "visits"),
        releasedOnly: "Only the parts of each report released to this audience are shown.",
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        findingsCaption: { "Tag mentions by tag and month, \($0)-01-01 to \($0)-12-31" }, corner: "tag \\ month", total: "Total",
        mentionsLegend: "A document counts once under each of its tags, so counts and totals are tag mentions, not documents; totals add up the counts shown in their row or column.",
        thresholdLegend: { "\"<\($0)\": a count from 1 to \($0 - 1), suppressed. \"x\": suppressed so that a suppressed count cannot be worked out from the totals." },
        belowThreshold: { "below the threshold of \($0)" }, protects: "protects")

    static let englishFollowUp = FollowUpTexts(
        title: { "Follow-up of recommendations addressed to \($0)" }, classification: "Classification", date: "Date",
        openCount: "Open recommendations", facility: "Facility", theme: "theme", status: "Status", noResponse: "No response recorded.",
        response: { "response from \($0 ?? "the authority")" }, verification: { "visit \($0) found it" },
        statuses: Dictionary(uniqueKeysWithValues: RecommendationStatus.allCases.map { ($0, $0.rawValue) }),
        findings: Dictionary(uniqueKeysWithValues: VerificationFinding.allCases.map { ($0, $0.rawValue) }))

    static let englishPreview = PreviewTexts(
        banner: "NPM INTERNAL — REVIEW COPY", pageTitle: { "preview of \($0)" }, heading: { "Preview of \($0) for every audience" },
        note: "This page contains internal text. It shows what each audience's export would contain; highlighted pieces were withheld, replaced or kept by the rule named beside them.",
        noExport: "No export.", wouldHaveBeen: "What the export would have been is below; outlined blocks are what the leak scan refuses.",
        leakScan: "leak scan", facility: "Facility", rulesApplied: "Rules that applied", rules: "Rules", noRules: "No piece was withheld or replaced.",
        labels: ["level": { "withheld: \($0)" }, "person": { "pseudonym: \($0)" }, "named": { "named: \($0)" },
                 "sensitive": { _ in "sensitive string" }, "detector": { "detector: \($0)" }, "overlap": { _ in "overlapping findings" }],
        explanations: [
            "level": { "A \($0) whose level (its mark, else the document's or the kind's default) this audience does not see; the policy's marker stands in its place." },
            "person": { "A person with role \($0) whom the policy does not name to this audience and who has not consented: the role's pseudonym, the same for every spelling in this export." },
            "named": { "A person with role \($0) named to this audience, by the policy's role rules or by the person's recorded consent." },
            "sensitive": { "A `sensitive` string listed by a document in the vault (\($0 == "mixed" ? "overlapping a name" : "as written"))." },
            "detector": { "A match of the policy's \($0) detector (identity numbers, phone numbers, dates of birth)." },
            "overlap": { _ in "Findings of different rules overlapped; the union was replaced once by the span marker." },
        ],
        otherLabel: { "\($0): \($1)" }, otherExplanation: { "Rule \($0), category \($1)." })
}
