import Testing
@testable import TamgaCore

/// The words an export writes itself (the header's labels, the banner, the
/// markers, the withheld footer, in English, Russian and Kyrgyz) are never a
/// protected name: a vault of hundreds of Kyrgyz and Russian detainees, whose
/// names give short forms and nicknames of four letters, must export a
/// document in each language without a refusal (issue 15: "- Күнү:" and
/// "- Түрү:" read as nicknames of a Джунушалиев and a Турдубаева, and every
/// Kyrgyz State export of the red-team evaluation was refused).
@Suite struct CatalogueTextScanTests {
    static let russianSurnames = ["Кузнецов", "Гусев", "Лосев", "Петров", "Медведев", "Соколов", "Волков", "Пушкин"]
    static let russianGiven = ["Иван", "Мария", "Александр", "Наталья", "Михаил", "Татьяна", "Пётр", "Ольга"]

    static let registry: PersonRegistry = {
        var persons: [RegisteredPerson] = []
        for index in 0..<(RedTeamPeople.givenNames.count * RedTeamPeople.surnames.count) {
            let person = RedTeamPeople.person(index)
            persons.append(RegisteredPerson(id: "D-\(index + 1)", role: "detainee", name: person.cyrillic, also: [], consent: []))
        }
        for (index, surname) in russianSurnames.enumerated() {
            for (offset, given) in russianGiven.enumerated() {
                let female = ["Мария", "Наталья", "Татьяна", "Ольга"].contains(given)
                persons.append(RegisteredPerson(id: "R-\(index)-\(offset)", role: "detainee",
                                                name: "\(given) \(surname)\(female ? "а" : "")", also: [], consent: []))
            }
        }
        return try! PersonRegistry(persons: persons)
    }()

    static let exporter = Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                                   sensitive: [])

    /// A body in each language with a withheld passage, a named detainee and
    /// a phone number, so that the footer names several kinds of withheld items.
    static let bodies: [DocumentLanguage: String] = [
        .english: "The cells were overcrowded and the registers were incomplete for the period.\n\n"
            + "[The duty officer spoke off the record.]{.internal} The detainee Aibek Sadykov said he was beaten; "
            + "his phone is +996 555 123 456.",
        .russian: "Камеры переполнены, вентиляция не работает, постельных принадлежностей нет.\n\n"
            + "[Дежурный говорил не для протокола.]{.internal} Задержанный Айбек Садыков сообщил, что его избили; "
            + "его телефон +996 555 123 456.",
        .kyrgyz: "Камактагылар таза суу жетишсиз экенин айтышты. Бөлмөлөр өтө кичинекей, түнү бою жарык күйүп турат.\n\n"
            + "[Кезметчи бул тууралуу расмий эмес айтты.]{.internal} Кармалган Айбек Садыков аны сабашканын айтты; "
            + "анын телефон номери +996 555 123 456, үй-бүлөсү көрүшө элек.",
    ]

    @Test(arguments: DocumentLanguage.allCases)
    func exportsInEveryLanguageAreNotRefused(language: DocumentLanguage) throws {
        let body = try #require(Self.bodies[language])
        let document = try Fixture.parse(front: "title: Visit\nfacility: IVS-1 Bishkek\nlevel: public\n",
                                         body: "\n## Findings\n\n\(body)\n\n## Notes {.internal}\n\nInternal notes.\n")
        #expect(document.language == language)
        for audience in [Audience.state, .public] {
            for format in [ExportFormat.markdown, .html] {
                #expect(throws: Never.self, "\(language) \(audience) \(format)") {
                    _ = try Self.exporter.export(document, for: audience, as: format)
                }
            }
        }
    }
}
