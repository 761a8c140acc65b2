import Testing
@testable import TamgaCore

/// The export catalogue: complete in every language, its English policy
/// texts exactly the shipped policy's, and the withheld footer readable.
@Suite struct ExportCatalogueTests {
    @Test(arguments: DocumentLanguage.allCases)
    func everyLanguageNamesEveryItemAndText(language: DocumentLanguage) {
        let catalogue = ExportCatalogue.for(language)
        #expect(catalogue.language == language)
        #expect(Set(catalogue.withheldNouns.keys) == Set(WithheldTally.order))
        #expect(Set(catalogue.policyTexts.keyed.keys) == Set(ExportCatalogue.english.policyTexts.keyed.keys))
        for template in catalogue.policyTexts.pseudonyms.values { #expect(PseudonymPattern(template) != nil, "\(template)") }
    }

    /// `Policy.localized(to:)` recognises the shipped defaults by their
    /// English wording: it must be the shipped policy's, word for word.
    @Test func englishTextsAreTheShippedPolicy() throws {
        let policy = try ShippedPolicy.load()
        let english = ExportCatalogue.english.policyTexts
        #expect(english.markers == policy.markers)
        for audience in Audience.allCases {
            #expect(english.audiences[audience]?.label == policy.audiences[audience]?.label)
            #expect(english.audiences[audience]?.banner == policy.audiences[audience]?.banner)
        }
        #expect(english.detectorMarkers == policy.detectors.mapValues(\.marker))
        #expect(english.pseudonyms == policy.roles.mapValues(\.pseudonym.template))
    }

    @Test func theFooterCountsInPlainWords() {
        let manifest = WithheldManifest(counts: [
            .init(rule: "detector", category: "phone-number", count: 1),
            .init(rule: "level", category: "block", count: 2),
            .init(rule: "overlap", category: "string", count: 1),
            .init(rule: "person", category: "detainee", count: 1),
            .init(rule: "person", category: "lawyer", count: 3),
            .init(rule: "sensitive", category: "string", count: 1),
        ])
        #expect(ExportCatalogue.english.footer(for: manifest) == "Withheld from this export: 2 passages, 1 detainee's name, "
            + "3 persons' names, 2 confidential details, 1 phone number.")
        #expect(ExportCatalogue.russian.footer(for: manifest) == "Скрыто в этой версии документа: 2 фрагмента, 1 имя задержанного, "
            + "3 имени других лиц, 2 конфиденциальных сведения, 1 номер телефона.")
        #expect(ExportCatalogue.kyrgyz.footer(for: manifest) == "Бул нускадан жашырылды: 2 үзүндү, 1 камактагы адамдын аты, "
            + "3 башка адамдын аты, 2 купуя маалымат, 1 телефон номери.")
        #expect(ExportCatalogue.russian.footer(for: WithheldManifest(counts: [])) == "В этой версии документа ничего не скрыто.")
    }

    @Test(arguments: [(1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (12, 2), (21, 0), (22, 1), (111, 2), (0, 2)])
    func russianPluralForms(count: Int, form: Int) {
        #expect(PluralRule.oneFewMany.form(for: count) == form)
    }

    @Test func shippedTextsFollowTheLanguageAndAVaultsOwnStay() throws {
        let shipped = try ShippedPolicy.load()
        let russian = shipped.localized(to: .russian)
        #expect(russian.markers.span == "[скрыто]")
        #expect(russian.roles["detainee"]?.pseudonym.label(index: 0) == "Задержанный A")
        #expect(russian.detectors[.birthDate]?.marker == "[дата рождения скрыта]")
        #expect(russian.audiences[.state]?.banner == "ПЕРЕДАНО ГОСУДАРСТВЕННЫМ ОРГАНАМ")
        #expect(russian.roles.mapValues(\.namedTo) == shipped.roles.mapValues(\.namedTo))
        #expect(russian.audiences.mapValues(\.sees) == shipped.audiences.mapValues(\.sees))
        #expect(shipped.localized(to: .kyrgyz).roles["detainee"]?.pseudonym.template == "Камактагы {letter}")
        #expect(shipped.localized(to: .english) == shipped)

        let own = try Policy.load(yaml: ShippedPolicy.yaml
            .replacingOccurrences(of: "\"Detainee {letter}\"", with: "\"Person {letter}\"")
            .replacingOccurrences(of: "span: \"[withheld]\"", with: "span: \"[redacted]\""), file: "own.yaml")
        let ownRussian = own.localized(to: .russian)
        #expect(ownRussian.roles["detainee"]?.pseudonym.template == "Person {letter}")
        #expect(ownRussian.markers.span == "[redacted]")
        #expect(ownRussian.roles["witness"]?.pseudonym.template == "Свидетель {letter}")
    }
}
