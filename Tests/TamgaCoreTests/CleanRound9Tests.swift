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
    struct Setup {
        let document: Document
        let scanner: LeakScanner
        let matcher: NameMatcher

        init() throws {
            let front = "persons:\n  D-W:\n    name: Urmat Dzhusupov\n    also: [Урмат Джусупов]\n    role: detainee\n"
                + "  D-K:\n    name: Kairat Osmonov\n    also: [Кайрат Осмонов]\n    role: detainee\n"
            document = try Fixture.parse(front: front, body: "## A\n\nText.\n")
            let registry = try PersonRegistry(documents: [document])
            matcher = NameMatcher(persons: registry.personNames)
            scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: matcher, sensitive: [])
        }

        func refused(_ text: String) -> Set<String> {
            do {
                try scanner.scan("## A\n\nText.\n\n\(text)\n", format: .markdown, fileName: "T-1.public.md", document: document, audience: .public)
                return []
            } catch {
                return Set(error.hits.compactMap(\.personID))
            }
        }

        func replaced(_ text: String) -> Set<String> { Set(matcher.matches(in: text).flatMap(\.candidates)) }
    }

    static let words = [
        "Урматтуу Акыйкатчы мырза!", "Урматтуу мырзалар жана айымдар!",
        "Биз мыйзамды урматтоо керек деп айттык.", "Кызматкерлер урмат-сый көрсөтүштү.", "Адамдын укуктарын урматтабаган кызматкер.",
        "Кайраттуу жигит экен.", "Эркиндикте жүргөн адамдар.", "Кубаттуу генератор орнотулган.",
    ]

    @Test(arguments: words)
    func derivedWordsOfANameWordAreWords(_ text: String) throws {
        let setup = try Setup()
        #expect(setup.refused(text).isEmpty, "refused: \(text)")
        #expect(setup.replaced(text).isEmpty, "replaced: \(text)")
    }

    @Test(arguments: ["Камерада Урматты көрдүк.", "Биз Урмат Джусупов менен сүйлөштүк.", "Кечээ Урматтын апасы келди.",
                      "Мы видели Урмата в камере.", "Кайратка жолуктук, ал Кайрат Осмонов."])
    func thePersonIsStillThePerson(_ text: String) throws {
        #expect(!(try Setup().refused(text)).isEmpty, "not refused: \(text)")
    }
}
