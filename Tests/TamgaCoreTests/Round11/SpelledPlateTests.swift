import Testing
@testable import TamgaCore

/// Session 43's plate leftovers (issue 15, class 5): the Kyrgyz plate with its
/// groups split further than a plate's own spaces (`01 К Г 123 АВС`), with
/// the letter O typed for a zero (`O1KG123ABC`), or with dots between the
/// groups. The `KG` pair after a region code 01–09 and before three digits is
/// what makes the shape a plate without any plate word; weights written with
/// the same pair (`02 кг 150 гр`) stay.
@Suite struct SpelledPlateTests {
    static let plates: [(text: String, needle: String)] = [
        ("Его увезли: 01 К Г 123 АВС.", "123 АВС"),
        ("Seen: 01 K G 123 ABC near the gate.", "123 ABC"),
        ("Записан номер O1KG123ABC.", "O1KG123ABC"),
        ("Записан номер О1 KG 123 ABC.", "123 ABC"),
        ("Отмечено: 0 1 KG 1 2 3 ABC.", "ABC"),
        ("Отмечено: 01-K-G-123-ABC.", "123-ABC"),
        ("Отмечено: 01.KG.123.ABC у ворот.", "123.ABC"),
        ("Белая Нексия 07 k g 4 5 6 ab стояла у ворот.", "4 5 6 ab"),
        ("Жол боюнча O3 KG 777 BBK келди.", "777 BBK"),
    ]

    static let clean = [
        "Выдано 02 кг 150 гр сахара.", "Выдано 2 кг 150 г муки.", "Оценка 0 1 кг к 123 абонентам.",
        "В 01 кг было 123 грамма.", "Код 01KG12345 в реестре.", "Рейс O1 KG 12 вылетел.",
        "The ration was 0.5 kg 250 ml per day.", "Дали 01 кг 500 мг соли.",
    ]

    @Test func splitAndMistypedPlatesAreFound() throws {
        try Round11IdentifierTests.expectHeld(.vehiclePlate, Self.plates, "spelled plates")
    }

    @Test(arguments: clean)
    func weightsAndCodesStay(_ text: String) throws {
        #expect(try ScopeIdentifierCheck.damaged(.vehiclePlate, [text]).isEmpty, "damaged: \(text)")
    }
}
