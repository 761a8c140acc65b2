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
            ],
            pseudonyms: ["detainee": "Detainee {letter}", "witness": "Witness {letter}", "relative": "Relative {letter}",
                         "official": "Official {letter}", "staff": "Staff member {letter}"]))
}
