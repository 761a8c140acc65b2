import Testing
@testable import TamgaCore

/// Red team round 10, scope case C-551 (issue 15): a police car's plate
/// identifies the officers' unit, a family's car the family. The policy now
/// holds them (`vehicle-plate`): Kyrgyz plates in the new (`01KG 123 ABC`)
/// and the old (`B 1234 AB`) format, the neighbours' (Russian `А123ВС 77`,
/// Kazakh `123 ABC 02`, Uzbek `01 A 123 BC`), and any plate after a plate word.
@Suite struct VehiclePlateDetectorTests {
    static let cases: [(text: String, needle: String)] = [
        ("Задержали и увезли на машине 01KG 123 ABC.", "123 ABC"),
        ("The car 01KG123ABC was parked at the IVS.", "01KG123ABC"),
        ("Машина с номером 01 KG 456 AEK стояла у входа.", "456 AEK"),
        ("Увезли на Ладе 08KG 777 BBK.", "777 BBK"),
        ("Старый номер: B 1234 AB.", "1234"),
        ("Автоунаа B 7777 AC мамлекеттик номери менен.", "7777"),
        ("Его увезли на машине O 4321 BK.", "4321"),
        ("Russian plate А123ВС 77 was seen.", "А123ВС"),
        ("На машине А 123 ВС 777 приехали двое.", "123 ВС"),
        ("Kazakh plate 123 ABC 02 at the border.", "123 ABC"),
        ("Uzbek car 01 A 123 BC stopped them.", "123 BC"),
        ("Госномер 01kg 123 abc записан.", "123 abc"),
        ("г/н 01 123 ABC", "123 ABC"),
        ("The licence plate was 05-123-KBA.", "05-123-KBA"),
        ("Мамлекеттик номери 01KG 123 ABC болгон машина.", "123 ABC"),
        ("Номерной знак В 1234 АВ (кириллицей).", "1234"),
    ]

    @Test func platesAreFound() {
        let missed = ScopeIdentifierCheck.missed(.vehiclePlate, Self.cases)
        print("VehiclePlate: detector \(Self.cases.count - missed.count)/\(Self.cases.count)")
        #expect(missed.isEmpty, "not found: \(missed.joined(separator: "\n"))")
    }

    @Test func nothingOfAPlateIsPublished() throws {
        let published = try ScopeIdentifierCheck.published(Self.cases)
        print("VehiclePlate: whole path held \(Self.cases.count - published.count)/\(Self.cases.count)")
        #expect(published.isEmpty, "published: \(published.joined(separator: "\n"))")
    }

    static let clean = [
        "IVS-1 Bishkek, cell 12, was visited in 2014.", "ИК-31 и СИЗО-1 посещены 12 мая.", "Статья 305 УК КР, п. 2.",
        "The UN CAT 2014 report, para 12 AB.", "Room B 12 and B 14.", "Заключение № 123 ВС от 2014 года.",
        "Всего 123 АВС-анализа.", "ГОСТ Р 52872-2019 соблюдён.", "Модель ВАЗ 2107 стояла во дворе.",
        "Form T-2014 was filled in 2 copies.", "Камеры 1-4 и 15-20.", "KG 2014 annual report",
    ]

    @Test(arguments: clean)
    func otherCodesStay(_ text: String) throws {
        let damaged = try ScopeIdentifierCheck.damaged(.vehiclePlate, [text])
        #expect(damaged.isEmpty, "damaged: \(text)")
    }
}
