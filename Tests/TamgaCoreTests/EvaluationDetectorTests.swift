import Testing
@testable import TamgaCore

/// Found by the evaluation corpus once the name engine no longer refused
/// the export for other reasons: a paragraph wrapped at 78 columns put a
/// line break inside `дата рождения`, and the date of birth reached the
/// State export. A context phrase, like a number, may be split over lines.
@Suite struct EvaluationDetectorTests {
    @Test(arguments: [
        ("В деле указан ПИН и дата\nрождения 06.01.1989.", "06.01.1989"),
        ("The file gives the date of\nbirth 1989-01-06.", "1989-01-06"),
        ("Year of\n  birth: 1989-01-06", "1989-01-06"),
        ("Задержанный (1991 г.\nр.) доставлен.", "1991"),
    ])
    func contextPhrasesSplitOverLines(text: String, expected: String) {
        #expect(DetectorKind.birthDate.matches(in: text).map { String(text[$0]) } == [expected])
    }

    @Test(arguments: [
        (DetectorKind.documentNumber, "The registration card, ID\n1234567 as written by the clerk.", "ID\n1234567"),
        (.phoneNumber, "A relative can be reached at +996 555\n123 456 and asked.", "+996 555\n123 456"),
        (.phoneNumber, "Связаться по телефону 0555\n123456.", "0555\n123456"),
    ])
    func numbersSplitOverLines(kind: DetectorKind, text: String, expected: String) {
        #expect(kind.matches(in: text).map { String(text[$0]) } == [expected])
    }

    /// A blank line still ends the context: a date in the next paragraph is not a birth date.
    @Test func aBlankLineStillSeparates() {
        #expect(DetectorKind.birthDate.matches(in: "Дата\n\nрождения не указана. Посещение 06.01.2015.").isEmpty)
    }

    /// Through the whole export path: the date is withheld, not refused.
    @Test func theWrappedDateOfBirthIsWithheldFromTheStateExport() throws {
        let document = try Fixture.parse(front: "level: state\n", body: "## Итоги\n\nВ деле указан ПИН 10601198903990 и дата\nрождения 06.01.1989. Конец.\n")
        let registry = try PersonRegistry(documents: [document])
        let export = try Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                                  sensitive: []).export(document, for: .state, as: .markdown)
        #expect(!export.text.contains("06.01.1989"))
        #expect(export.text.contains("[дата рождения скрыта]"))  // the Russian marker: the document is Russian
    }
}
