extension ExportCatalogue {
    /// Kyrgyz. The language has no grammatical gender and keeps a noun
    /// singular after a number, so one form serves every count.
    static let kyrgyz = ExportCatalogue(
        language: .kyrgyz,
        header: HeaderLabels(document: "Документ", date: "Күнү", kind: "Түрү", facility: "Мекеме", authors: "Авторлор",
                             classification: "Гриф", kinds: ["visit-report": "баруу боюнча отчет", "interview": "маек"]),
        nothingWithheld: "Бул нускадан эч нерсе жашырылган жок.",
        withheldOpening: "Бул нускадан жашырылды: ",
        pluralRule: .invariable,
        withheldNouns: [
            "level/section": CountedNoun("бөлүм"),
            "level/block": CountedNoun("үзүндү"),
            "level/span": CountedNoun("сөз же сөз айкашы"),
            "person/detainee": CountedNoun("камактагы адамдын аты"),
            "person/witness": CountedNoun("күбөнүн аты"),
            "person/relative": CountedNoun("туугандын аты"),
            "person/official": CountedNoun("кызмат адамынын аты"),
            "person/staff": CountedNoun("кызматкердин аты"),
            "person/other": CountedNoun("башка адамдын аты"),
            "person/ambiguous": CountedNoun("бир нече адамга таандык ат"),
            "detail": CountedNoun("купуя маалымат"),
            "detector/document-number": CountedNoun("документтин номери"),
            "detector/personal-number": CountedNoun("жеке номер"),
            "detector/phone-number": CountedNoun("телефон номери"),
            "detector/birth-date": CountedNoun("туулган күн"),
        ],
        policyTexts: PolicyTexts(
            audiences: [
                .internal: AudienceText(label: "НПМ (ички колдонуу үчүн)", banner: "НПМ: ИЧКИ КОЛДОНУУ ҮЧҮН"),
                .state: AudienceText(label: "Мамлекеттик органдар", banner: "МАМЛЕКЕТТИК ОРГАНДАРГА БЕРИЛДИ"),
                .public: AudienceText(label: "Коомчулук", banner: "АЧЫК ДОКУМЕНТ"),
            ],
            markers: Markers(span: "[жашырылды]", block: "[Үзүндү жашырылды.]", section: "[Бөлүм жашырылды.]"),
            detectorMarkers: [
                .documentNumber: "[документтин номери жашырылды]", .personalNumber: "[жеке номер жашырылды]",
                .phoneNumber: "[телефон номери жашырылды]", .birthDate: "[туулган күнү жашырылды]",
            ],
            pseudonyms: ["detainee": "Камактагы {letter}", "witness": "Күбө {letter}", "relative": "Тууган {letter}",
                         "official": "Кызмат адамы {letter}", "staff": "Кызматкер {letter}"]))
}
