import Testing
@testable import TamgaCore

/// How a document's language is known (FORMAT.md, "Language"): the front
/// matter's `lang` first, else the letters of the title and body.
@Suite struct DocumentLanguageTests {
    @Test(arguments: [
        ("On 28 October 2014 a team of two monitors visited the facility.", DocumentLanguage.english),
        ("3 ноября 2014 года мониторинговая группа посетила ИВС.", .russian),
        ("2014-жылдын 3-ноябрында мониторинг тобу убактылуу кармоочу жайга барды. Камактагылар өз укуктары жөнүндө билишкен жок.", .kyrgyz),
        ("", .english),
        ("12.03.2015 — 14:00", .english),
    ])
    func lettersDecide(text: String, expected: DocumentLanguage) {
        #expect(DocumentLanguage.detect(in: [text]) == expected)
    }

    @Test func aQuotedNameDoesNotChangeTheLanguage() {
        let russian = "Задержанный сообщил, что его сосед по камере, Үмүт, был избит в ночь на 3 ноября; "
            + "медицинская помощь не оказывалась, жалобы не регистрировались, прокурор не уведомлялся."
        #expect(DocumentLanguage.detect(in: [russian]) == .russian)
        #expect(DocumentLanguage.detect(in: ["The detainee Эрмек Жумабаев told the monitors about the cell."]) == .english)
    }

    @Test(arguments: [("ru", DocumentLanguage.russian), ("ru-RU", .russian), ("ky_KG", .kyrgyz), ("EN-gb", .english)])
    func pandocTagsAreReadByTheirLanguage(tag: String, expected: DocumentLanguage) {
        #expect(DocumentLanguage(tag: tag) == expected)
    }

    @Test func theFrontMatterWinsOverTheLetters() throws {
        let document = try Fixture.parse(front: "lang: ky\nlevel: public\n", body: "The team visited the facility.\n")
        #expect(document.frontMatter.language == .kyrgyz)
        #expect(document.language == .kyrgyz)
        let undeclared = try Fixture.parse(front: "level: public\n", body: "Группа посетила учреждение.\n")
        #expect(undeclared.frontMatter.language == nil)
        #expect(undeclared.language == .russian)
    }

    @Test func anUnknownLanguageIsRefusedWithTheChoices() throws {
        let error = #expect(throws: DocumentError.self) {
            try Fixture.parse(front: "lang: de\n", body: "Text.\n")
        }
        #expect(error?.code == .invalidValue)
        #expect(error?.hint?.contains("en, ru, ky") == true)
    }
}
