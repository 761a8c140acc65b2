import Testing
@testable import TamgaCore

/// Red team round 9, clean texts damaged or refused: the Kyrgyz word урмат
/// ("respect") is also the given name Urmat. Its derived words (урматтуу
/// "dear", the opening of nearly every formal letter; урматтоо "to
/// respect"; урмат-сый "esteem") are words, as the lemma already was in
/// lower case; the person Urmat in his case forms is still the person.
/// Left as a trade-off: "Урмат менен" (a letter's "with respect") is also
/// "with Urmat", and stays read as the person.
@Suite struct CleanRound9Tests {
    /// Urmat and Kairat, whose given names are Kyrgyz words, declared.
    static func setup() throws -> NameRound7ClassTests.Setup7 {
        try NameRound7ClassTests.Setup7(front: "persons:\n  D-W:\n    name: Urmat Dzhusupov\n    also: [Урмат Джусупов]\n    role: detainee\n"
            + "  D-K:\n    name: Kairat Osmonov\n    also: [Кайрат Осмонов]\n    role: detainee\n")
    }

    static let words = [
        "Урматтуу Акыйкатчы мырза!", "Урматтуу мырзалар жана айымдар!",
        "Биз мыйзамды урматтоо керек деп айттык.", "Кызматкерлер урмат-сый көрсөтүштү.", "Адамдын укуктарын урматтабаган кызматкер.",
        "Кайраттуу жигит экен.", "Эркиндикте жүргөн адамдар.", "Кубаттуу генератор орнотулган.",
    ]

    @Test(arguments: words)
    func derivedWordsOfANameWordAreWords(_ text: String) throws {
        let setup = try Self.setup()
        #expect(setup.refused(text).isEmpty, "refused: \(text)")
        #expect(setup.replaced(text).isEmpty, "replaced: \(text)")
    }

    @Test(arguments: ["Камерада Урматты көрдүк.", "Биз Урмат Джусупов менен сүйлөштүк.", "Кечээ Урматтын апасы келди.",
                      "Мы видели Урмата в камере.", "Кайратка жолуктук, ал Кайрат Осмонов."])
    func thePersonIsStillThePerson(_ text: String) throws {
        #expect(!(try Self.setup().refused(text)).isEmpty, "not refused: \(text)")
    }
}
