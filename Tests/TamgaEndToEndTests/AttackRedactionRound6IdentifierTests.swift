import Foundation
import Testing
import TamgaTestSupport

// MARK: Round 6, class C (identifiers) and class E (outputs), end to end
//
// The red team's failing class-C cases (birth words of other languages,
// phones percent-encoded in links, an e-mail with spelled dots, the scope
// items), further members of each class, the clean cases about dates and an
// organisation's number, and class E: output paths and printed labels
// carrying an identifier. Same harness as rounds 4 and 5.
extension AttackRedactionTests {
    static let identifiers6: [Leak5] = [
        Leak5(name: "C6-1 DOB German geb.", attackClass: "C identifiers", body: "Der Häftling (geb. 03.03.1990) klagte.", shown: "03.03.1990"),
        Leak5(name: "C6-2 card with 12 digits and a masked end", attackClass: "C identifiers", body: "Карта: 4169 5853 1234 ****", shown: "5853 1234"),
        Leak5(name: "C6-3 driver licence", attackClass: "C identifiers", body: "Водительское удостоверение AB 123456.", shown: "123456"),
        Leak5(name: "C6-4 DOB French né le", attackClass: "C identifiers", body: "Le détenu, né le 03/03/1990, s'est plaint.", shown: "03/03/1990"),
        Leak5(name: "C6-5 DOB German Geburtsdatum", attackClass: "C identifiers", body: "Geburtsdatum: 03.03.1990", shown: "03.03.1990"),
        Leak5(name: "C6-6 DOB Turkish doğum tarihi", attackClass: "C identifiers", body: "Doğum tarihi: 03.03.1990", shown: "03.03.1990"),
        Leak5(name: "C6-7 DOB Uzbek tug'ilgan", attackClass: "C identifiers", body: "Tug'ilgan sana: 03.03.1990", shown: "03.03.1990"),
        Leak5(name: "C6-8 e-mail with [at] and [dot]", attackClass: "C identifiers", body: "E-mail матери: bishkek.mama77 [at] gmail [dot] com",
              shown: "bishkek.mama77"),
        Leak5(name: "C6-9 driver licence, Kyrgyz label", attackClass: "C identifiers", body: "Айдоочулук күбөлүк: AB 123456.", shown: "123456"),
        Leak5(name: "C6-10 SNILS", attackClass: "C identifiers", body: "СНИЛС: 123-456-789 01.", shown: "123-456-789"),
        Leak5(name: "C6-11 viber link, percent plus", attackClass: "C identifiers", body: "Viber: viber://chat?number=%2B996555123456",
              shown: "996555123456"),
        Leak5(name: "C6-12 tel: link, percent plus", attackClass: "C identifiers", body: "[Call](tel:%2B996555123456)", shown: "996555123456"),
        Leak5(name: "C6-13 DOB Spanish nacido el", attackClass: "C identifiers", body: "Nacido el 03/03/1990.", shown: "03/03/1990"),
        Leak5(name: "C6-14 DOB Kazakh туған күні", attackClass: "C identifiers", body: "Туған күні: 03.03.1990.", shown: "03.03.1990"),
        // Other members of the classes.
        Leak5(name: "DOB Uzbek Cyrillic туғилган, State", attackClass: "C identifiers", body: "Туғилган санаси: 12-05-1987.", shown: "12-05-1987",
              audience: "state"),
        Leak5(name: "DOB French née, HTML", attackClass: "C identifiers", body: "Sa sœur, née le 7/11/1985, a écrit.", shown: "7/11/1985",
              format: "html"),
        Leak5(name: "DOB Turkish doğumlu after the date", attackClass: "C identifiers", body: "Tutuklu 1990-03-03 doğumlu.", shown: "1990-03-03"),
        Leak5(name: "whatsapp link, percent plus and spaces", attackClass: "C identifiers",
              body: "[WhatsApp](https://wa.me/%2B996%20700%20123456)", shown: "123456"),
        Leak5(name: "e-mail with (at) and (dot), JSON", attackClass: "C identifiers", body: "Почта: kara.suu77 (at) mail (dot) ru.",
              shown: "kara.suu77", format: "json"),
    ]

    @Test(arguments: identifiers6) func round6IdentifierCasesAreWithheld(_ c: Leak5) throws {
        try Self.expectNoLeak4(c.asLeak4)
    }

    static let identifierClean6: [Clean5] = [
        Clean5(name: "c6-5 statute with an organisation's 14-digit INN", body: "ИНН учреждения: 01234567891011.", word: "01234567891011"),
        Clean5(name: "c6-6 period with an en dash", body: "Отчётный период: 01.01.2014–31.12.2014.", word: "01.01.2014–31.12.2014"),
        Clean5(name: "c6-8 period with a hyphen", body: "Период: 01.01.2014-31.12.2014.", word: "01.01.2014-31.12.2014"),
        Clean5(name: "c6-9 ISO interval", body: "Period: 2014-01-01/2014-12-31.", word: "2014-01-01/2014-12-31"),
        Clean5(name: "c6-15 period with a spaced dash", body: "Период: 01.01.2014 – 31.12.2014.", word: "01.01.2014 – 31.12.2014"),
        Clean5(name: "period with an em dash, State", body: "Мезгил: 01.07.2015—30.06.2016", word: "01.07.2015—30.06.2016", audience: "state"),
        Clean5(name: "receipt with the last four digits of a card", body: "Оплата картой **** **** **** 5678.", word: "5678"),
        Clean5(name: "German visit date without a birth word", body: "Besuch am 28.10.2014 in Bischkek.", word: "28.10.2014"),
        Clean5(name: "a percentage before a year", body: "Рост на 50%, 2014 год.", word: "50%, 2014"),
    ]

    @Test(arguments: identifierClean6) func round6IdentifierCleanReportsExportIntact(_ c: Clean5) throws {
        try Self.expectIntact5(c)
    }
}
