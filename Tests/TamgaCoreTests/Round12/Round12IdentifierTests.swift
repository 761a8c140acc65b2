import Testing
@testable import TamgaCore

/// Red team round 12, class C (issue 15): a prisoner's personal file and a
/// medical record carry a number that names the person as a case's does,
/// written with words between the file and its sign, before the Kyrgyz
/// case word, or abbreviated (`л/д`). Withheld as case numbers; counts and
/// the same words without a number stay.
@Suite struct Round12IdentifierTests {
    static let records: [(text: String, needle: String)] = [
        ("Личное дело осуждённого № 12-3456 не предъявлено.", "12-3456"),
        ("Личное дело осуждённого № 4512 не предъявлено.", "4512"),
        ("Номер личного дела 4512 нам не назвали.", "4512"),
        ("Согласно л/д № 4512 он прибыл в 2013 г.", "4512"),
        ("Личное дело заключённого за № 4512 утеряно.", "4512"),
        ("Соттолгондун жеке иши № 7788 көрсөтүлгөн жок.", "7788"),
        ("Жеке иш № 7788 көрсөтүлгөн жок.", "7788"),
        ("Анын жеке ишинде № 7788 деп жазылган.", "7788"),
        ("История болезни № 2345/14 в ЦРБ подтверждает перелом.", "2345/14"),
        ("Медициналык картасы № 5678 дарыгерде калды.", "5678"),
        ("Hospital MRN 00451923 shows two broken ribs.", "00451923"),
        ("His medical record no. 45123 was lost.", "45123"),
        ("Амбулаторная карта № 3345 у врача.", "3345"),
        ("Тергөөчү № 123-45/2015 кылмыш ишин токтотту.", "123-45/2015"),
        ("№ 123-45/2015 кылмыш иши козголду.", "123-45/2015"),
        ("Уголовное дело, зарегистрированное под № 123-45/2015, прекращено.", "123-45/2015"),
    ]

    static let clean = [
        "Личные дела 120 осуждённых проверены.", "В истории болезни 3 записи о травмах.", "Медициналык карталар 45 кишиге берилди.",
        "The medical records of 12 detainees were read.", "Личное дело было в порядке.",
        "Дело осуждённого, 15 человек в камере.",
    ]

    @Test func recordNumbersAreFound() throws {
        try Round11IdentifierTests.expectHeld(.caseNumber, Self.records, "record numbers")
    }

    @Test(arguments: clean)
    func countsAndWordsStay(_ text: String) throws {
        #expect(try ScopeIdentifierCheck.damaged(.caseNumber, [text]).isEmpty, "damaged: \(text)")
    }
}
