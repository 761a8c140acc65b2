extension ExportCatalogue {
    /// Russian. Pseudonyms use the generic masculine the Russian legal
    /// register uses for a person of either sex ("Задержанный A"); the letter
    /// stays Latin, the same letter as in every other language's export.
    static let russian = ExportCatalogue(
        language: .russian,
        header: HeaderLabels(document: "Документ", date: "Дата", kind: "Вид", facility: "Учреждение", authors: "Авторы",
                             classification: "Гриф", kinds: ["visit-report": "отчёт о посещении", "interview": "интервью"]),
        nothingWithheld: "В этой версии документа ничего не скрыто.",
        withheldOpening: "Скрыто в этой версии документа: ",
        pluralRule: .oneFewMany,
        withheldNouns: [
            "level/section": CountedNoun("раздел", "раздела", "разделов"),
            "level/block": CountedNoun("фрагмент", "фрагмента", "фрагментов"),
            "level/span": CountedNoun("слово или фраза", "слова или фразы", "слов или фраз"),
            "person/detainee": CountedNoun("имя задержанного", "имени задержанных", "имён задержанных"),
            "person/witness": CountedNoun("имя свидетеля", "имени свидетелей", "имён свидетелей"),
            "person/relative": CountedNoun("имя родственника", "имени родственников", "имён родственников"),
            "person/official": CountedNoun("имя должностного лица", "имени должностных лиц", "имён должностных лиц"),
            "person/staff": CountedNoun("имя сотрудника", "имени сотрудников", "имён сотрудников"),
            "person/other": CountedNoun("имя другого лица", "имени других лиц", "имён других лиц"),
            "person/ambiguous": CountedNoun("имя, общее для нескольких людей", "имени, общих для нескольких людей",
                                            "имён, общих для нескольких людей"),
            "detail": CountedNoun("конфиденциальное сведение", "конфиденциальных сведения", "конфиденциальных сведений"),
            "detector/document-number": CountedNoun("номер документа", "номера документов", "номеров документов"),
            "detector/personal-number": CountedNoun("персональный номер", "персональных номера", "персональных номеров"),
            "detector/phone-number": CountedNoun("номер телефона", "номера телефонов", "номеров телефонов"),
            "detector/birth-date": CountedNoun("дата рождения", "даты рождения", "дат рождения"),
        ],
        policyTexts: PolicyTexts(
            audiences: [
                .internal: AudienceText(label: "НПМ (для внутреннего пользования)", banner: "НПМ: ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ"),
                .state: AudienceText(label: "Государственные органы", banner: "ПЕРЕДАНО ГОСУДАРСТВЕННЫМ ОРГАНАМ"),
                .public: AudienceText(label: "Общественность", banner: "ОТКРЫТЫЙ ДОКУМЕНТ"),
            ],
            markers: Markers(span: "[скрыто]", block: "[Фрагмент скрыт.]", section: "[Раздел скрыт.]"),
            detectorMarkers: [
                .documentNumber: "[номер документа скрыт]", .personalNumber: "[персональный номер скрыт]",
                .phoneNumber: "[номер телефона скрыт]", .birthDate: "[дата рождения скрыта]",
            ],
            pseudonyms: ["detainee": "Задержанный {letter}", "witness": "Свидетель {letter}", "relative": "Родственник {letter}",
                         "official": "Должностное лицо {letter}", "staff": "Сотрудник {letter}"]))
}
