import Testing
@testable import TamgaCore

/// Red-team round 5, the name classes (A) and the clean over-redactions,
/// generated over Kyrgyz and Russian names: the Russian possessive adjective
/// of a given name in every case form and script (Айбеков брат, в Нурлановом
/// доме, Aibekov brat, aibekov-brat) must be replaced by the matcher and stop
/// the scan; the same word used as another person's surname ("Nazira
/// Aibekova", "прокурор Айбеков", "Айбеков А.Б.") and the -ов surname of a
/// Russian given name (Иванов, Михайлов) must do neither. Russian diminutives
/// of Kyrgyz names (Айгерка, Гера, Нура); Иван-чай and «Еркін Қазақстан».
@Suite struct NameRound5ClassTests {
    static let persons: [(id: String, given: String, surname: String, latinGiven: String, latinSurname: String)] = [
        ("D-01", "Айбек", "Садыков", "Aibek", "Sadykov"), ("D-02", "Эркин", "Асанов", "Erkin", "Asanov"),
        ("D-03", "Нурлан", "Осмонова", "Nurlan", "Osmonova"), ("D-04", "Максат", "Белов", "Maksat", "Belov"),
        ("D-05", "Иван", "Старостин", "Ivan", "Starostin"), ("D-06", "Михаил", "Петров", "Mikhail", "Petrov"),
        ("D-07", "Айгерим", "Токтосунова", "Aigerim", "Toktosunova"), ("D-08", "Айнура", "Мамытова", "Ainura", "Mamytova"),
        ("D-09", "Жаныбек", "Чоробаев", "Zhanybek", "Chorobaev"),
    ]

    static let front: String = {
        var lines = ["level: state", "persons:"]
        for person in persons {
            lines += ["  \(person.id):", "    name: \(person.given) \(person.surname)",
                      "    also: [\(person.latinGiven) \(person.latinSurname)]", "    role: detainee", "    consent: []"]
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    struct Setup {
        let document: Document
        let matcher: NameMatcher
        let scanner: LeakScanner

        init() throws {
            document = try Fixture.parse(front: NameRound5ClassTests.front, body: "## A\n\nText.\n")
            let registry = try PersonRegistry(documents: [document])
            matcher = NameMatcher(persons: registry.personNames)
            scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: matcher, sensitive: [])
        }

        func matched(_ text: String) -> Set<String> { Set(matcher.matches(in: text).flatMap(\.candidates)) }

        /// The persons the scan finds in the text as written (no projection).
        func refused(_ text: String) -> Set<String> {
            do {
                try scanner.scan("## A\n\nText.\n\n\(text)\n", format: .markdown, fileName: "T-1.state.md", document: document, audience: .state)
                return []
            } catch {
                return Set(error.hits.compactMap(\.personID))
            }
        }
    }

    // MARK: - Given-name possessives

    /// Sentences with the possessive `P` (nominative masculine stem) in each case form and position.
    static let possessiveUses: [@Sendable (String) -> String] = [
        { "\($0) брат пришёл к воротам." }, { "Нашли \($0)а сына в камере." }, { "Обыск в \($0)ом доме длился час." },
        { "\($0)а жена ждала у ворот." }, { "\($0)о дело передали в суд." }, { "\($0)ы родственники жаловались." },
        { "У \($0)ой сестры забрали паспорт." }, { "Передали \($0)у отцу письмо." }, { "Расследовать обыск: \($0) брат избит." },
        { "Задержанный \($0) брат тоже был там." }, { "С \($0)ыми друзьями не говорили." }, { "\($0) адвокат подал жалобу." },
    ]

    static let kyrgyzPossessives: [(id: String, stem: String, latin: String)] = [
        ("D-01", "Айбеков", "Aibekov"), ("D-02", "Эркинов", "Erkinov"), ("D-03", "Нурланов", "Nurlanov"),
        ("D-04", "Максатов", "Maksatov"), ("D-09", "Жаныбеков", "Zhanybekov"),
    ]

    @Test(arguments: kyrgyzPossessives)
    func possessiveOfAKyrgyzGivenNameIsReplacedAndRefused(_ p: (id: String, stem: String, latin: String)) throws {
        let setup = try Setup()
        var texts = Self.possessiveUses.map { $0(p.stem) }
        texts += ["\(p.latin) brat prishel k vorotam.", "Tag: \(p.latin.lowercased())-brat", "V \(p.latin)om dome byl obysk.",
                  "\(p.stem.uppercased()) БРАТ ПРИШЁЛ.", "\(p.latin)a zhena zhdala."]
        for text in texts {
            #expect(setup.matched(text).contains(p.id), "not replaced: \(text)")
            #expect(setup.refused(text).contains(p.id), "not refused: \(text)")
        }
    }

    /// The same words as another person's surname, and the -ов surnames of Russian given names.
    @Test(arguments: kyrgyzPossessives)
    func possessiveUsedAsASurnameIsLeft(_ p: (id: String, stem: String, latin: String)) throws {
        let setup = try Setup()
        let texts = ["The lawyer Nazira \(p.latin)a attended.", "Прокурор \(p.stem) принял делегацию.",
                     "Делегацию принял прокурор \(p.stem).", "Начальник ИВС А.Б. \(p.stem) встретил монитор.",
                     "Список подписал \(p.stem) А.Б. в тот же день.", "Адвокат Назира \(p.stem)а присутствовала.",
                     "The deputy head, Mr \(p.latin), was present.", "Свидетель \(p.stem) дал показания.",
                     "\(p.stem) пришёл к воротам.", "\(p.latin) skazal, chto ego bili."]
        for text in texts {
            #expect(!setup.matched(text).contains(p.id), "replaced: \(text)")
            #expect(setup.refused(text).isEmpty, "refused: \(text)")
        }
    }

    @Test func russianGivenNamesGiveNoPossessive() throws {
        let setup = try Setup()
        for text in ["Иванов пришёл к воротам.", "Прокурор Михайлов принял делегацию.", "Иванова вызвали в суд.",
                     "Ivanov attended."] {
            #expect(setup.matched(text).isEmpty, "replaced: \(text)")
            #expect(setup.refused(text).isEmpty, "refused: \(text)")
        }
    }

    @Test func possessiveStems() {
        #expect(GivenNamePossessives.stems(of: "Айбек") == ["Айбеков"])
        #expect(GivenNamePossessives.stems(of: "Aibek").contains("Айбеков"))
        #expect(GivenNamePossessives.stems(of: "Иван").isEmpty)
        #expect(GivenNamePossessives.stems(of: "Ким").isEmpty)
        #expect(GivenNamePossessives.stems(of: "Асанбай") == ["Асанбаев"])
    }

    // MARK: - Russian diminutives of Kyrgyz names

    @Test func russianDiminutivesOfKyrgyzNames() throws {
        let setup = try Setup()
        let cases: [(String, String)] = [
            ("Айгерка видела избиение.", "D-07"), ("Гера видела избиение.", "D-07"), ("Потом Геру вызвали на допрос.", "D-07"),
            ("Потом Герим плакала.", "D-07"), ("Айгеримка плакала.", "D-07"), ("Нура плакала.", "D-08"), ("Потом Нуру вызвали.", "D-08"),
        ]
        for (text, id) in cases {
            #expect(setup.matched(text).contains(id), "not replaced: \(text)")
        }
        #expect(KyrgyzDiminutives.forms(of: "айгерим").contains("айгерка"))
        #expect(KyrgyzDiminutives.forms(of: "айгерим").contains("гера"))
        #expect(KyrgyzDiminutives.forms(of: "айнура").contains("нура"))
    }

    // MARK: - Clean: compounds and Kazakh titles

    @Test func hyphenatedCompoundsWithANameAreLeft() throws {
        let setup = try Setup()
        for text in ["Заключённым дают Иван-чай.", "Поили иван-чаем.", "Запах Иван-чая стоял в камере.", "Росла иван-да-марья.",
                     "Tea: Ivan-chai."] {
            #expect(!setup.matched(text).contains("D-05"), "replaced: \(text)")
            #expect(setup.refused(text).isEmpty, "refused: \(text)")
        }
        for text in ["Иван чай пил.", "Иван-дурак, кричал охранник.", "Потом Иван-младший сказал."] {
            #expect(setup.matched(text).contains("D-05"), "not replaced: \(text)")
        }
    }

    @Test func kazakhTitleWordIsLeft() throws {
        let setup = try Setup()
        for text in ["Газета «Еркін Қазақстан» писала.", "«Еркін Қазақстан» газеті жазды."] {
            #expect(!setup.matched(text).contains("D-02"), "replaced: \(text)")
            #expect(setup.refused(text).isEmpty, "refused: \(text)")
        }
        for text in ["Ұсталған Еркін шағымданды.", "Ұсталған Еркін Асанов шағымданды.", "Потом Еркін сказал."] {
            #expect(setup.matched(text).contains("D-02") || setup.refused(text).contains("D-02"), "leaked: \(text)")
        }
    }
}
