import Testing
@testable import TamgaCore

/// Red team round 11, class C (issue 15): identifiers the detectors missed in
/// common wording. Each class is tried in forms beyond the round's one
/// example, and with clean texts of the same words that must stay.
///
/// - Police register numbers of a complaint (C-1140 `КУСП № 1234`, C-1901
///   `материал проверки № 1234/15`) and an English `case file 2015/123-CR`
///   without `No.` (C-1141): the register's name or the file's is a case word.
/// - Plates in lower case after `номер машины` (C-1142 `01kg123abc`, E-1954 in
///   a facility) and in Cyrillic look-alikes (C-1143 `01 КG 123 АВС`): the
///   Kyrgyz pair `KG` makes the shape in any case and script, and a vehicle's
///   `номер` is a plate word.
@Suite struct Round11IdentifierTests {
    static let caseNumbers: [(text: String, needle: String)] = [
        ("Заявление зарегистрировано в КУСП № 1234 от 23.10.2014.", "1234"),
        ("Сообщение внесено в КУСП за №5678.", "5678"),
        ("Рапорт: КУСП 4567 от 12.03.2015.", "4567"),
        ("Зарегистрировано в ЖУИ № 345 дежурной части.", "345"),
        ("KUSP No. 1234 was opened on his complaint.", "1234"),
        ("По жалобе заведён материал проверки № 1234/15.", "1234/15"),
        ("Материалы проверки №567-15 направлены прокурору.", "567-15"),
        ("Доследственная проверка № 89/2016 прекращена.", "89/2016"),
        ("Текшерүү материалы № 45/16 прокуратурага жөнөтүлдү.", "45/16"),
        ("The prosecutor opened case file 2015/123-CR against him.", "123-CR"),
        ("Case file 45/2016 was lost by the police.", "45/2016"),
        // Session 43's attacker (D1): other wordings of the same registers.
        ("Заявление внесено в КУСП за номером 3456.", "3456"),
        ("Рапорт зарегистрирован: КУСП-4567.", "4567"),
        ("Запись ЖУИ-7123 от 03.04.2015.", "7123"),
        ("Зарегистрировано в КУСП от 12.05.2015 № 5678.", "5678"),
        ("Отказной материал № 6789/15 приобщён.", "6789/15"),
        ("Сообщение в К.У.С.П. № 5123.", "5123"),
        ("Сообщение зарегистрировано (КУСП) № 9123.", "9123"),
        ("The case-file 2015/789-CR was closed.", "789-CR"),
        ("Docket 2015/456-CR lists him.", "456-CR"),
    ]

    static let cleanCaseWords = [
        "Материалы проверки показали, что 15 человек содержались в одной камере.",
        "Проверка № 3 прошла в мае.", "Материал проверки 2015 года передан в прокуратуру.",
        "In case file sharing is needed, make 2 copies.", "КУСП ведёт дежурная часть.",
        "Case 3 of the 2014 series was closed.", "В КУСП 120 сообщений за месяц.", "ЖУИ 30 записей.", "The file has 12 pages.",
    ]

    static let plates: [(text: String, needle: String)] = [
        ("Его увезли, номер машины 01kg123abc.", "01kg123abc"),
        ("Увезли на машине 01 КG 123 АВС.", "123 АВС"),
        ("Номер машины: 01 kg 345 bca.", "345 bca"),
        ("Машинанын номери 02кг 456 абк болчу.", "456 абк"),
        ("The car number was 08kg 777 bbk.", "777 bbk"),
        ("They drove a police car 01kg123abc.", "01kg123abc"),
        ("Увезли на авто с номером 05 кг 321 аак.", "321 аак"),
        ("номер автомашины а123вс 77", "а123вс"),
        // Session 43's attacker (D3).
        ("The car registration 01 123 abc was noted.", "123 abc"),
        ("The car, number 01 123 abc, left.", "123 abc"),
        ("Unaa nomeri 01 123 abc bolchu.", "123 abc"),
        ("Машина с номером 01 123 abc стояла.", "123 abc"),
        ("They used the van 01 KG 123 AB.", "123 AB"),
    ]

    static let cleanPlateWords = [
        "Номер машины неизвестен.", "Получено 10 kg 500 g муки и 20 kg 300 g сахара.", "Car number 3 was empty.",
        "Номер автора 12 в списке.", "Number cards 12 AB were handed out.", "Delivered 25 kg 100 pcs of rice.",
        "Rice 25 kg 100 som.", "Получено 05 kg 300 som.",
    ]

    /// Every case found by the detector of `kind`, and none published by the whole path.
    static func expectHeld(_ kind: DetectorKind, _ cases: [(text: String, needle: String)], _ label: String) throws {
        let missed = ScopeIdentifierCheck.missed(kind, cases)
        print("Round11 \(label): detector \(cases.count - missed.count)/\(cases.count)")
        #expect(missed.isEmpty, "not found: \(missed.joined(separator: "\n"))")
        let published = try ScopeIdentifierCheck.published(cases)
        #expect(published.isEmpty, "published: \(published.joined(separator: "\n"))")
    }

    @Test func registerNumbersAreFound() throws { try Self.expectHeld(.caseNumber, Self.caseNumbers, "register numbers") }

    @Test func platesAreFound() throws { try Self.expectHeld(.vehiclePlate, Self.plates, "plates") }

    @Test(arguments: cleanCaseWords)
    func otherCaseWordsStay(_ text: String) throws {
        #expect(try ScopeIdentifierCheck.damaged(.caseNumber, [text]).isEmpty, "damaged: \(text)")
    }

    @Test(arguments: cleanPlateWords)
    func otherVehicleWordsStay(_ text: String) throws {
        #expect(try ScopeIdentifierCheck.damaged(.vehiclePlate, [text]).isEmpty, "damaged: \(text)")
    }
}
