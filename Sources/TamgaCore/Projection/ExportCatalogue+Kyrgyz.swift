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
            "detector/email-address": CountedNoun("электрондук почтанын дареги"),
            "detector/home-address": CountedNoun("үй дареги"),
            "detector/case-number": CountedNoun("иштин номери"),
            "detector/vehicle-plate": CountedNoun("унаанын номери"),
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
                .emailAddress: "[электрондук почтанын дареги жашырылды]", .homeAddress: "[үй дареги жашырылды]",
                .caseNumber: "[иштин номери жашырылды]", .vehiclePlate: "[унаанын номери жашырылды]",
            ],
            pseudonyms: ["detainee": "Камактагы {letter}", "witness": "Күбө {letter}", "relative": "Тууган {letter}",
                         "official": "Кызмат адамы {letter}", "staff": "Кызматкер {letter}"]),
        summary: kyrgyzSummary, followUp: kyrgyzFollowUp, preview: kyrgyzPreview)

    static let kyrgyzSummary = SummaryTexts(
        title: { "\($0)-жылдын жылдык жыйынтыгы" }, yearLabel: "Жыл", audienceLabel: "Кимге арналган", classificationLabel: "Гриф",
        introduction: { "Бул жыйынтыкта \($0)-жылдагы баруулар, ар бир баруу боюнча отчеттун ушул окурмандарга ачылган бөлүктөрү жана отчеттордун жазууларынан (эч качан алардын текстинен эмес) алынган сандар келтирилген." },
        findingDefinition: "Табылга — баруу боюнча отчетко белгиленген тема (мисалы, overcrowding теги); отчет өзүнүн ар бир темасы боюнча бир жолу эсептелет.",
        suppressionNote: { "1ден \($0 - 1)ге чейинки сандар «<\($0)» деп көрсөтүлөт; «x» деп көрсөтүлгөн сандар кичине санды жыйынтыктардан эсептеп чыгарууга болбошу үчүн жашырылган." },
        visitsHeading: "Баруулар", chartHeading: "Айлар боюнча баруулар жана табылгалар",
        findingsHeading: "Темалар жана айлар боюнча табылгалар", reportsHeading: "Отчеттор",
        noVisits: { "\($0)-жылы бир да баруу катталган эмес." },
        date: "Күнү", place: "Эркинен ажыратуу жайы", report: "Отчет", month: "Ай", visits: "Баруулар", findings: "Табылгалар",
        visitsWord: "баруулар", findingsWord: "табылгалар", findingsLegend: "Табылгалар (баруу боюнча отчетторго белгиленген темалар)",
        chartTitle: { "Айлар боюнча баруулар жана табылгалар, \($0)" },
        visitNoun: CountedNoun("баруу"),
        releasedOnly: "Ар бир отчеттун ушул окурмандарга ачылган бөлүктөрү гана көрсөтүлгөн.",
        months: ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"],
        shortMonths: ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
        findingsCaption: { "Тегдердин айлар боюнча эскерилиши, \($0)-01-01ден \($0)-12-31ге чейин" }, corner: "тег \\ ай", total: "Жалпы",
        mentionsLegend: "Документ өзүнүн ар бир теги боюнча бир жолу эсептелет, ошондуктан сандар жана жыйынтыктар документтер эмес, тегдердин эскерилиши; жыйынтыктар өз сабында же мамычасында көрсөтүлгөн сандарды кошот.",
        thresholdLegend: { "«<\($0)»: 1ден \($0 - 1)ге чейинки сан, жашырылган. «x»: жашырылган сан жыйынтыктардан эсептелбеши үчүн жашырылган." },
        belowThreshold: { "\($0) чегинен төмөн" }, protects: "коргойт")

    static let kyrgyzFollowUp = FollowUpTexts(
        title: { "Сунуштардын аткарылышы, дареги: \($0)" }, classification: "Гриф", date: "Күнү",
        openCount: "Аткарылбаган сунуштар", facility: "Мекеме", theme: "тема", status: "Абалы", noResponse: "Жооп катталган эмес.",
        response: { $0.map { "жооп (жөнөтүүчү: \($0))" } ?? "жооп (жөнөтүүчү көрсөтүлгөн эмес)" },
        verification: { "\($0) баруусу аныктады:" },
        statuses: [.noResponse: "жооп жок", .accepted: "кабыл алынды", .rejected: "четке кагылды", .inProgress: "аткарылууда",
                   .partiallyImplemented: "жарым-жартылай аткарылды", .implemented: "аткарылды", .notImplemented: "аткарылган жок"],
        findings: [.implemented: "аткарылды", .partially: "жарым-жартылай аткарылды", .notImplemented: "аткарылган жок"])

    static let kyrgyzPreview = PreviewTexts(
        banner: "НПМ: ИЧКИ КОЛДОНУУ ҮЧҮН — ТЕКШЕРҮҮ НУСКАСЫ", pageTitle: { "\($0): алдын ала көрүү" },
        heading: { "\($0): ар бир окурман үчүн алдын ала көрүү" },
        note: "Бул баракта ички текст бар. Ал ар бир окурмандын нускасында эмне болорун көрсөтөт; белгиленген бөлүктөр жанында аталган эреже боюнча жашырылган, алмаштырылган же калтырылган.",
        noExport: "Нуска чыгарылбайт.", wouldHaveBeen: "Нуска кандай болмогу төмөндө; алкакка алынган блокторду агып чыгууну текшерүү четке кагат.",
        leakScan: "агып чыгууну текшерүү", facility: "Мекеме", rulesApplied: "Колдонулган эрежелер", rules: "Эрежелер",
        noRules: "Эч нерсе жашырылган же алмаштырылган жок.",
        labels: ["level": { "жашырылды: \($0)" }, "person": { "псевдоним: \($0)" }, "named": { "аты ачык: \($0)" },
                 "sensitive": { _ in "купуя сап" }, "detector": { "детектор: \($0)" }, "overlap": { _ in "кесилишкен табылгалар" }],
        explanations: [
            "level": { "Деңгээли (анын белгиси, болбосо документтин же түрүнүн демейкиси) бул окурманга көрүнбөгөн бөлүк (\($0)); анын ордунда саясаттын белгиси турат." },
            "person": { "Саясат бул окурманга атын ачпаган жана макулдук бербеген \($0) ролундагы адам: ролдун псевдоними, бул нускадагы ар бир жазылышы үчүн бирдей." },
            "named": { "Саясаттын ролдор эрежеси же адамдын катталган макулдугу боюнча аты бул окурманга ачылган \($0) ролундагы адам." },
            "sensitive": { "Сактагычтагы документтин `sensitive` тизмесиндеги сап (\($0 == "mixed" ? "ат менен кесилишет" : "жазылгандай"))." },
            "detector": { "Саясаттын \($0) детекторуна дал келүү (документтин номерлери, телефон номерлери, туулган күндөр)." },
            "overlap": { _ in "Ар кандай эрежелердин табылгалары кесилишти; алардын бирикмеси бир жолу белги менен алмаштырылды." },
        ],
        otherLabel: { "\($0): \($1)" }, otherExplanation: { "Эреже \($0), категория \($1)." })
}
