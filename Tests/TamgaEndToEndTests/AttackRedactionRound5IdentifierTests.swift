import Foundation
import Testing
import TamgaTestSupport

// MARK: Round 5, class C (identifiers): further members of each class, end to end
//
// The round's open class-C cases are fixed by class (MRZ lines, number words
// after a document word, table headers, the birth word after the date, YYMMDD,
// cards, IMEIs, e-mail addresses); these are other members of the same
// classes the red team did not write, and clean reports near each new rule
// that must export intact (no refusal, the ordinary text kept). Same harness
// as round 5 (`export4`, `expectNoLeak4`, `expectIntact5`).
extension AttackRedactionTests {
    static let identifiers5: [Leak5] = [
        Leak5(name: "TD1 ID card, first line", attackClass: "C identifiers", body: "ID card MRZ:\n\nIDKGZID12345673<<<<<<<<<<<<<<<", shown: "ID1234567"),
        Leak5(name: "TD1 ID card, second line in a code block", attackClass: "C identifiers",
              body: "```\n9103029M2512314KGZ<<<<<<<<<<<6\n```", shown: "910302"),
        Leak5(name: "TD3 name line with given names joined by '<'", attackClass: "C identifiers",
              body: "Скан: P<KGZTOKTOSUNOVA<<AIGERIM<BAKYTOVNA<<<<<<<<<<", shown: "TOKTOSUNOVA"),
        Leak5(name: "passport number in Kyrgyz words", attackClass: "C identifiers",
              body: "Паспортунун номери: бир эки үч төрт беш алты жети.", shown: "бир эки үч төрт беш алты жети"),
        Leak5(name: "passport number in English words", attackClass: "C identifiers",
              body: "Passport A N one two three four five six seven.", shown: "one two three four five six seven"),
        Leak5(name: "phone under a WhatsApp header, State", attackClass: "C identifiers",
              body: "| Родственник | WhatsApp |\n|---|---|\n| сестра | 0700 12 34 56 |", shown: "12 34 56", audience: "state"),
        Leak5(name: "passport number under a Паспорт header", attackClass: "C identifiers",
              body: "| № | Паспорт |\n|---|---|\n| 1 | 1234567 |", shown: "1234567"),
        Leak5(name: "DOB д.р. 910302", attackClass: "C identifiers", body: "Задержанный, д.р. 910302, камера 3.", shown: "910302"),
        Leak5(name: "DOB before 'когда он родился'", attackClass: "C identifiers",
              body: "2 марта 1991 года, когда он родился, семья жила в Оше.", shown: "2 марта 1991"),
        Leak5(name: "Luhn-valid card without a card word", attackClass: "C identifiers",
              body: "Переводы шли на 4111-1111-1111-1111 ежемесячно.", shown: "1111-1111"),
        Leak5(name: "IMEI grouped after the label", attackClass: "C identifiers", body: "IMEI: 35-693803-564380-9.", shown: "564380"),
        Leak5(name: "private e-mail in a mailto link", attackClass: "C identifiers",
              body: "Write to [the mother](mailto:mama1970@inbox.ru).", shown: "mama1970"),
        Leak5(name: "private e-mail in the JSON export", attackClass: "C identifiers",
              body: "Sister: aika.k@gmail.com.", shown: "aika.k@gmail.com", format: "json"),
    ]

    @Test(arguments: identifiers5) func round5IdentifierClassMembersAreWithheld(_ c: Leak5) throws {
        try Self.expectNoLeak4(c.asLeak4)
    }

    static let identifierClean5: [Clean5] = [
        Clean5(name: "function mailbox of the NPM", body: "Жалобы принимаются по адресу info@npm.kg.", word: "info@npm.kg"),
        Clean5(name: "press office address of a ministry, State", body: "Contact press@mvd.gov.kg for comments.", word: "press@mvd.gov.kg",
               audience: "state"),
        Clean5(name: "counts under a phone-calls header", body: "| Месяц | Звонки на телефон доверия |\n|---|---|\n| Май | 12345 |", word: "12345"),
        Clean5(name: "years in a row", body: "Проверки в 2014 2015 2016 2017 годах не проводились.", word: "2014 2015 2016 2017"),
        Clean5(name: "institution's bank account after р/с", body: "Реквизиты: р/с 1280016021234567, БИК 128001.", word: "1280016021234567"),
        Clean5(name: "visit date before 'when the monitors arrived'", body: "On 2 March 2014, when the monitors arrived, 12 detainees were present.",
               word: "2 March 2014"),
        Clean5(name: "count of births with six date-shaped digits", body: "Число рождений: 120512.", word: "120512"),
        Clean5(name: "the word MRZ and agency abbreviations", body: "Проверка MRZ не проводилась; ГСИН, МВД и ГКНБ уведомлены.", word: "MRZ"),
        Clean5(name: "counts under a Паспорт column of yes/no", body: "| Паспорт | Кол-во |\n|---|---|\n| есть | 12 |\n| нет | 7 |", word: "| нет | 7 |"),
        Clean5(name: "number words that count people", body: "В камере было двадцать пять человек, паспорта у семи.", word: "двадцать пять"),
        Clean5(name: "ISBN and an article number", body: "Manual ISBN 978-9967-12-345-6, Article 143.", word: "978-9967-12-345-6"),
    ]

    @Test(arguments: identifierClean5) func round5IdentifierCleanReportsExportIntact(_ c: Clean5) throws {
        try Self.expectIntact5(c)
    }
}
