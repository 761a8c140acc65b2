import Testing
@testable import TamgaCore

/// Red team round 10, scope case C-550 (issue 15): a criminal case number
/// identifies the detainee to anyone with access to the courts' or the
/// prosecutor's register. The policy now holds them (`case-number`): the
/// number after a case word, in Russian, Kyrgyz and English. An order's or
/// a law's number, a cell and a year stay.
@Suite struct CaseNumberDetectorTests {
    static let cases: [(text: String, needle: String)] = [
        ("Уголовное дело № 01-123/2014 возбуждено против задержанного.", "01-123/2014"),
        ("Кылмыш иши № 01-123/2014 козголгон.", "01-123/2014"),
        ("По уголовному делу №1-45/15 он проходит свидетелем.", "1-45/15"),
        ("Материалы уголовного дела № 2014-0567 переданы в суд.", "2014-0567"),
        ("в рамках у/д № 145/2014", "145/2014"),
        ("Дело № УД-123/2014 рассматривает Октябрьский суд.", "УД-123/2014"),
        ("Зарегистрировано в ЕРП за № 02-123-2014-000456.", "02-123-2014-000456"),
        ("ЕРПП № 01-234-2019-001122", "001122"),
        ("Кылмыш ишинин № 12-345/14 материалдары.", "12-345/14"),
        ("Ага каршы 01-123/2014-номерлүү кылмыш иши козголгон.", "01-123/2014"),
        ("Criminal case No. 01-123/2014 was opened against him.", "01-123/2014"),
        ("criminal case no 01-123/2014", "01-123/2014"),
        ("In case #145/2014 the court remanded him.", "145/2014"),
        ("Case file No. 1-45/15 was sent to the court.", "1-45/15"),
        ("Уголовное дело 01-123/2014 возбуждено.", "01-123/2014"),
        ("уголовное дело №0112345 по ст. 305 УК", "0112345"),
        ("Личное дело № 4512 осуждённого.", "4512"),
    ]

    @Test func caseNumbersAreFound() {
        let missed = ScopeIdentifierCheck.missed(.caseNumber, Self.cases)
        print("CaseNumber: detector \(Self.cases.count - missed.count)/\(Self.cases.count)")
        #expect(missed.isEmpty, "not found: \(missed.joined(separator: "\n"))")
    }

    @Test func nothingOfACaseNumberIsPublished() throws {
        let published = try ScopeIdentifierCheck.published(Self.cases)
        print("CaseNumber: whole path held \(Self.cases.count - published.count)/\(Self.cases.count)")
        #expect(published.isEmpty, "published: \(published.joined(separator: "\n"))")
    }

    static let clean = [
        "Приказ МВД № 1234567 от 2014 года.", "Статья 305 УК, часть 2.", "В деле важна каждая деталь.",
        "Дело было в 2014 году.", "Уголовное дело возбуждено в 2014 году.", "Case 3 of the 2014 series was closed.",
        "In any case, 15 detainees were held.", "Кылмыш иши 2014-жылы козголгон.", "Это дело 15 человек.",
        "Уголовных дел в 2014 году: 15.", "In this case 1-4 cells were empty.", "Иш 2014-жылы башталган.",
    ]

    @Test(arguments: clean)
    func otherNumbersStay(_ text: String) throws {
        let damaged = try ScopeIdentifierCheck.damaged(.caseNumber, [text])
        #expect(damaged.isEmpty, "damaged: \(text)")
    }
}
