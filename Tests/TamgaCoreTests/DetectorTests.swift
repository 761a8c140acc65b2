import Testing
@testable import TamgaCore

@Suite struct DetectorTests {
    /// The matched texts of `kind` in `text`.
    func found(_ kind: DetectorKind, _ text: String) -> [String] {
        kind.matches(in: text).map { String(text[$0]) }
    }

    @Test(arguments: [
        ("Passport AN1234567 was seized.", ["AN1234567"]),
        ("ID-карта ID1234567 выдана", ["ID1234567"]),
        ("паспорт серии AC 7654321", ["AC 7654321"]),
        ("(born 02.03.1991, passport ID 2345678)", ["ID 2345678"]),
        ("Паспорту: АН1234567", ["АН1234567"]),
        ("lower case an1234567 as typed", ["an1234567"]),
        ("паспорт серии AN № 1234567", ["AN № 1234567"]),
        ("passport AN 123 45 67.", ["AN 123 45 67"]),
        ("паспорт № 1234567", ["1234567"]),
    ])
    func documentNumbers(text: String, expected: [String]) {
        #expect(found(.documentNumber, text) == expected)
    }

    @Test(arguments: ["AN12345678 is too long", "AN123456 is too short", "xAN1234567", "на 1500000 сом", "ISO 9001 certified",
                      "паспорт выдан 12-03-2015"])
    func notDocumentNumbers(text: String) {
        #expect(found(.documentNumber, text).isEmpty)
    }

    @Test(arguments: [
        ("PIN 20203199100123.", ["20203199100123"]),
        ("ПИН: 12505198500321", ["12505198500321"]),
        ("ИНН20203199100123", ["20203199100123"]),
        ("Жеке номери (ПИН) 22201199000456", ["22201199000456"]),
    ])
    func personalNumbers(text: String, expected: [String]) {
        #expect(found(.personalNumber, text) == expected)
    }

    /// A Luhn-valid card number is found as a personal number by its own rule (`PersonalNumberDetector+Cards`), not as a PIN.
    @Test(arguments: ["account 40702810900000012345", "1234567890123 has thirteen"])
    func longerOrShorterNumbersAreNotPersonalNumbers(text: String) {
        #expect(found(.personalNumber, text).isEmpty)
    }

    @Test(arguments: [
        ("reachable at +996 555 123 456, was", ["+996 555 123 456"]),
        ("тел. 0555 123456", ["0555 123456"]),
        ("call 0555-123-456.", ["0555-123-456"]),
        ("+996(312)62-12-34", ["+996(312)62-12-34"]),
        ("0 (312) 62 12 34", ["0 (312) 62 12 34"]),
        ("8 (912) 345-67-89", ["8 (912) 345-67-89"]),
        ("апасынын телефону 996555123456", ["996555123456"]),
        ("cell 14 0555 123456", ["0555 123456"]),
        ("+7 912 345 67 89", ["+7 912 345 67 89"]),
    ])
    func phoneNumbers(text: String, expected: [String]) {
        #expect(found(.phoneNumber, text) == expected)
    }

    @Test(arguments: ["| 0 | 0 | 0 | 0 | 0 |", "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "art. 21 of Law 2014-15",
                      "on 28.10.2014 at 10:00", "cells 14 and 15, 2014", "between 2010 - 2014", "PIN 20203199100123", "AN1234567"])
    func notPhoneNumbers(text: String) {
        #expect(found(.phoneNumber, text).isEmpty)
    }

    @Test(arguments: [
        ("The interviewee (born 02.03.1991, passport", ["02.03.1991"]),
        ("DOB: 1991-03-02", ["1991-03-02"]),
        ("D.O.B. 2/3/1991", ["2/3/1991"]),
        ("date of birth 02.03.1991", ["02.03.1991"]),
        ("Задержанный, 02.03.1991 г.р., сообщил", ["02.03.1991"]),
        ("Садыков А., 1991 г.р.", ["1991"]),
        ("родился 2 марта, дата рождения 02.03.1991", ["2 марта", "02.03.1991"]),
        ("Ал 1991-жылы туулган.", ["1991"]),
        ("туулган күнү 02.03.1991", ["02.03.1991"]),
        ("He was born in 1991 in Osh.", ["1991"]),
        // Roman-numeral months (red-team cases), and births counted still leave a date of birth found.
        ("b. 2.III.1991", ["2.III.1991"]),
        ("р. 02.III.1991", ["02.III.1991"]),
        ("born 2 III 1991", ["2 III 1991"]),
        ("DOB 12/xi/91", ["12/xi/91"]),
        ("д.р. 2-ІХ-1991", ["2-ІХ-1991"]),
        ("д.р. 2.Ⅻ.1991", ["2.Ⅻ.1991"]),
        ("birth March 1991", ["March 1991"]),
        ("birthday: 2 March 1991", ["2 March 1991"]),
        ("дата рождения 02.03.1991", ["02.03.1991"]),
    ])
    func birthDates(text: String, expected: [String]) {
        #expect(found(.birthDate, text) == expected)
    }

    @Test(arguments: [
        "The visit took place on 28.10.2014.",
        "Визит состоялся 28.10.2014 года.",
        "He was born in Osh. On 28.10.2014 he was arrested.",
        "Report of 2014-10-28, reborn 2014-10-29",
        "In 2014 the team made 12 visits.",
        "Иш сапар 2014-жылы өттү.",
        "He was born in Osh, and on 28.10.2014 he was detained.",
        "Он родился в Оше; 28.10.2014 его задержали.",
        "телесные повреждения у 16 задержанных из 33, осмотр 2011-жылдын 1-августунда.",
        "| March 1991 births | 0 |",
        "There were 4 births in March 1991.",
        "Число рождений в марте 1991 года: 0.",
        "Штраф 2000 р. уплачен.",
        "born in Osh, chapter 2.XIII.1991",
        "born 2 III 91",
    ])
    func datesThatAreNotBirthDates(text: String) {
        #expect(found(.birthDate, text).isEmpty)
    }
}
