import Testing
@testable import TamgaCore

/// Red team round 9 and 10, clean-003 (issue 15): the Kyrgyz letter closing
/// `Урмат менен,` ("with respect,") became `Задержанный A менен,` because
/// урмат is also the declared given name Urmat, and at a sentence start a
/// bare common-word name fails closed. The class: an ordinary Kyrgyz or
/// Russian word equal to a declared given name, at a sentence start, in a
/// set phrase that fixes its reading as the word (a letter's closing
/// formula, "слава богу", "темир жол" railway, "Жеңиш күнү" Victory Day).
/// A real given name used alone (with a verb, a case form, another name)
/// is still the person.
@Suite struct SetPhraseNameTests {
    static func vault(_ body: String) throws -> String? {
        try ScopeIdentifierCheck.exported(body)
    }

    /// Texts that name nobody: each must be exported word for word.
    static let phrases = [
        // The report's case and other closing formulas (Урмат, Тынчтык, Жеңиш, Любовь are declared).
        "Урмат менен,\nУлуттук алдын алуу борбору",
        "Урмат менен,\n\nАкыйкатчы",
        "Терең урмат менен,\nУлуттук алдын алуу борбору",
        "Урмат менен\n\nУлуттук борбор",
        "УРМАТ МЕНЕН,\nУЛУТТУК БОРБОР",
        "Тынчтык менен,\nБорбор",
        "Урмат жана ыраазычылык менен,\nБорбор",
        // Set phrases at a sentence start.
        "Тынчтык жана коопсуздук маселелери талкууланды.",
        "Жеңиш күнү, камерада майрам болгон жок.",
        "Жеңиш күнүнө карата мунапыс жарыяланды.",
        "Любовь к детям.",
        "Темир жол бекетинде кармалган.",
        "Ал: «Урмат менен,» деп жазды.",
        "Тынчтык жана коопсуздук маселелери талкууланды.",
        // Session 41 attacker, N4: the compound SetPhraseUse's own comment names ("with respect").
        "Кечинде. Урмат-сый менен келди.",
        "Урмат-сый менен кабыл алышты.",
    ]

    @Test(arguments: phrases)
    func aSetPhraseIsTheWord(_ text: String) throws {
        let out = try Self.vault(text)
        #expect(out?.contains(text) == true, "damaged or refused: \(text)\n\(out ?? "refused")")
    }

    /// The given name used alone, each must not be published.
    static let persons: [(text: String, needle: String)] = [
        ("Урмат менен сүйлөштүк.", "Урмат"),
        ("Урмат келди.", "Урмат"),
        ("Урмат менен Айбек камерада отурушат.", "Урмат"),
        ("Биз Урмат менен,\nбирге бардык.", "Урмат"),
        ("Кечээ Урматтын апасы келди.", "Урмат"),
        ("Тынчтык менен сүйлөштүк.", "Тынчтык"),
        ("Тынчтык келди, ал сабалган.", "Тынчтык"),
        ("Жеңиш камерада отурат.", "Жеңиш"),
        ("Любовь пришла на свидание.", "Любовь"),
        // Session 41 attacker, N1: coordinated with a possessive or a kinship word, a one-word phrase the
        // sentence goes on after, a wrapped or quoted "менен," that is not a letter's closing.
        ("Кечинде келишти. Урмат жана анын агасы кармалган.", "Урмат"),
        ("Камерада үчөө болду. Тынчтык жана анын иниси сабалган.", "Тынчтык"),
        ("Вечером. Любовь жана анын эжеси келди.", "Любовь"),
        ("Вечером. Урмат же анын иниси келди.", "Урмат"),
        ("Вечером. Любовь и её сестра пришли.", "Любовь"),
        ("Түнү. Жеңиш күнү бою тамак ичкен жок.", "Жеңиш"),
        ("Кечинде. Урмат көрсөтүү берүүдөн баш тартты.", "Урмат"),
        ("Любовь к детям пришла вечером.", "Любовь"),
        ("Любовь к матери обратилась с письмом.", "Любовь"),
        ("Урмат менен,\nТемир сүйлөштү.", "Урмат"),
        ("«Урмат менен,» деди ал.", "Урмат"),
        ("- Урмат жана анын агасы (камера 3)", "Урмат"),
        ("| Тынчтык жана анын иниси | камера 4 |", "Тынчтык"),
        ("> Урмат жана анын агасы сабалды, деди күбө.", "Урмат"),
        ("- Жеңиш күнү бою ачка отурду.", "Жеңиш"),
    ]

    @Test func aGivenNameAloneIsStillThePerson() throws {
        var published: [String] = []
        for (text, needle) in Self.persons {
            if let out = try Self.vault(text), out.contains(needle) { published.append(text) }
        }
        print("SetPhrase: given names alone held \(Self.persons.count - published.count)/\(Self.persons.count)")
        #expect(published.isEmpty, "published: \(published.joined(separator: "\n"))")
    }

    /// Session 41 attacker, N4: a given name with a hyphened Kyrgyz honorific or kinship address ("Урмат-агай",
    /// "Темир-аба", "Тынчтык-эжеке", in their case and possessive forms) is the person: replaced, and the export
    /// not refused (the scan stopped it, so the monitor had to rewrite a correct text).
    static let honorifics: [(text: String, needle: String)] = [
        ("Кечинде. Урмат-агай деп аны чакырышты.", "Урмат"),
        ("Кечинде. Темир-аба келди.", "Темир"),
        ("Кечинде. Тынчтык-эжеке келди.", "Тынчтык"),
        ("Биз Урмат-агайга айттык.", "Урмат"),
        ("Темир-абанын уулу келди.", "Темир"),
        ("Урмат-байкем келди.", "Урмат"),
        ("Жеңиш-агам камерада.", "Жеңиш"),
        ("Кечинде. Тынчтык-эжекеге кат жаздык.", "Тынчтык"),
    ]

    @Test(arguments: honorifics)
    func aHyphenedHonorificIsThePersonAndExports(_ text: String, _ needle: String) throws {
        let out = try Self.vault(text)
        #expect(out != nil, "refused: \(text)")
        #expect(out?.contains(needle) == false, "published: \(text)\n\(out ?? "")")
    }
}
