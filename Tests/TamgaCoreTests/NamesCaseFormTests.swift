import Testing
@testable import TamgaCore

/// Russian and Kyrgyz case forms: the generator's output (petrovich rules,
/// Kyrgyz harmony and assimilation), and every form found by the matcher.
@Suite struct NamesCaseFormTests {
    static func assertFound(_ declared: String, _ forms: [String]) {
        let matcher = NameMatcher(persons: [PersonNames(personID: "P", spellings: [declared])])
        for form in forms {
            let text = "Тут \(form) был."
            #expect(matcher.matches(in: text).map { String(text[$0.range]) } == [form], "\(form) from \(declared)")
        }
    }

    /// (nominative, kind, feminine, gen dat acc ins prep [+ family plural])
    @Test(arguments: [
        ("Садыков", RussianDeclension.Kind.surname, false, ["Садыкова", "Садыкову", "Садыковым", "Садыкове", "Садыковы", "Садыковых", "Садыковыми"]),
        ("Садыкова", .surname, true, ["Садыковой", "Садыковой", "Садыкову", "Садыковой", "Садыковой"]),
        ("Ильин", .surname, false, ["Ильина", "Ильину", "Ильина", "Ильиным", "Ильине", "Ильины", "Ильиных", "Ильиным", "Ильиными"]),
        ("Достоевский", .surname, false, ["Достоевского", "Достоевскому", "Достоевского", "Достоевским", "Достоевском"]),
        ("Достоевская", .surname, true, ["Достоевской", "Достоевской", "Достоевскую", "Достоевской", "Достоевской"]),
        ("Айбек", .given, false, ["Айбека", "Айбеку", "Айбека", "Айбеком", "Айбеке"]),
        ("Гульнара", .given, true, ["Гульнары", "Гульнаре", "Гульнару", "Гульнарой", "Гульнаре"]),
        ("Игорь", .given, false, ["Игоря", "Игорю", "Игоря", "Игорем", "Игоре"]),
        ("Сергей", .given, false, ["Сергея", "Сергею", "Сергея", "Сергеем", "Сергее"]),
        ("Дмитрий", .given, false, ["Дмитрия", "Дмитрию", "Дмитрия", "Дмитрием", "Дмитрии"]),
        ("Мария", .given, true, ["Марии", "Марии", "Марию", "Марией", "Марии"]),
        ("Айгуль", .given, true, ["Айгули", "Айгули", "Айгуль", "Айгулью", "Айгули"]),
        ("Садыкович", .patronymic, false, ["Садыковича", "Садыковичу", "Садыковича", "Садыковичем", "Садыковиче"]),
        ("Садыковна", .patronymic, true, ["Садыковны", "Садыковне", "Садыковну", "Садыковной", "Садыковне"]),
    ] as [(String, RussianDeclension.Kind, Bool, [String])])
    func russianForms(nominative: String, kind: RussianDeclension.Kind, feminine: Bool, expected: [String]) {
        let forms = RussianDeclension.forms(of: nominative, kind: kind, feminine: feminine)
        #expect(forms.uniqued() == expected.uniqued())
        Self.assertFound(nominative, expected)
    }

    /// Indeclinable in Russian: foreign names in a vowel, a woman's consonant-final name or surname.
    @Test(arguments: [
        ("Пьеро", RussianDeclension.Kind.given, false), ("Али", .given, false), ("Айгерим", .given, true),
        ("Ким", .surname, true), ("Шевченко", .surname, false), ("Дурново", .surname, false),
    ] as [(String, RussianDeclension.Kind, Bool)])
    func indeclinable(name: String, kind: RussianDeclension.Kind, feminine: Bool) {
        #expect(RussianDeclension.forms(of: name, kind: kind, feminine: feminine).isEmpty)
    }

    /// (nominative, genitive, dative, accusative, locative, ablative, plural): one row per
    /// harmony class (а/ы, е/и, о/у, ө/ү) and per last sound (vowel, voiced, voiceless).
    @Test(arguments: [
        ("Садыков", ["Садыковдун", "Садыковго", "Садыковду", "Садыковдо", "Садыковдон", "Садыковдор"]),   // о/у, voiced
        ("Айбек", ["Айбектин", "Айбекке", "Айбекти", "Айбекте", "Айбектен", "Айбектер"]),               // е/и, voiceless
        ("Гульнара", ["Гульнаранын", "Гульнарага", "Гульнараны", "Гульнарада", "Гульнарадан", "Гульнаралар"]), // а/ы, vowel
        ("Асан", ["Асандын", "Асанга", "Асанды", "Асанда", "Асандан", "Асандар"]),                       // а/ы, voiced
        ("Үсөн", ["Үсөндүн", "Үсөнгө", "Үсөндү", "Үсөндө", "Үсөндөн", "Үсөндөр"]),                        // ө/ү, voiced
        ("Төлөк", ["Төлөктүн", "Төлөккө", "Төлөктү", "Төлөктө", "Төлөктөн", "Төлөктөр"]),                 // ө/ү, voiceless
        ("Бакыт", ["Бакыттын", "Бакытка", "Бакытты", "Бакытта", "Бакыттан", "Бакыттар"]),                // а/ы, voiceless
        ("Мамыт уулу", ["Мамыт уулунун", "Мамыт уулуна", "Мамыт уулун", "Мамыт уулунда", "Мамыт уулунан"]),  // possessive н
        ("Садык кызы", ["Садык кызынын", "Садык кызына", "Садык кызын", "Садык кызында", "Садык кызынан"]),
    ])
    func kyrgyzForms(nominative: String, expected: [String]) {
        #expect(KyrgyzInflection.forms(of: nominative) == expected)
        let declared = nominative.hasSuffix("уулу") || nominative.hasSuffix("кызы") ? "Айбек " + nominative : nominative
        // Бакыт is a common word ("happiness"): declared alone it is found where capitalized, as here.
        Self.assertFound(declared, expected)
    }

    /// Latin-script inflected forms an English or Russian-in-Latin text uses.
    @Test func latinInflectedForms() {
        Self.assertFound("Айбек Садыков", ["Sadykova", "Sadykovym", "Sadykovdun", "Sadykovu", "Sadykovoy", "Aibekke", "Sadykovs"])
    }

    /// Kyrgyz possessive and stacked forms a report uses.
    @Test func kyrgyzStacks() {
        Self.assertFound("Айбек Садыков", ["Садыковдордун", "Айбектерге", "Садыковдой", "Айбекче", "Садыковубуз", "Айбектерибиз"])
    }
}
