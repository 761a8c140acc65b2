import Testing
@testable import TamgaCore

/// Red-team round 6, class A (names): spellings no rule derived, each one
/// edit from a declared spelling once read by sound (`LeakNearNames`):
/// vowels of another language, Kyrgyz ү as Russian ю, -of for -ov, a
/// dropped h, ng for ң, and typos. The 21 cases as the red team wrote them,
/// then every one-edit spelling of every protected name part generated in
/// both scripts, alone and with a case ending; and the other side: words
/// and names near a protected name that are not that person.
@Suite struct NameRound6ClassTests {
    /// The red team's persons (round6.md, "Persons used"): rounds 2–5 and six new ones, no consent.
    static let persons6: [(id: String, role: String, latin: String, cyrillic: String)] = [
        ("D-G", "detainee", "Mikhail Petrov", "Михаил Петров"), ("D-F", "detainee", "Erke Toktosunova", "Эрке Токтосунова"),
        ("D-A", "detainee", "Aibek Sadykov", "Айбек Садыков"), ("D-C", "detainee", "Erkin Asanov", "Эркин Асанов"),
        ("D-D", "detainee", "Ivan Starostin", "Иван Старостин"), ("D-E", "detainee", "Maksat Belov", "Максат Белов"),
        ("O-1", "official", "Temir Osmonov", "Темир Осмонов"), ("D-H", "detainee", "Aleksandr Kuznetsov", "Александр Кузнецов"),
        ("R-1", "relative", "Natalya Orlova", "Наталья Орлова"), ("D-K", "detainee", "Nurlan Bakyt uulu", "Нурлан Бакыт уулу"),
        ("W-1", "witness", "Aigerim Talant kyzy", "Айгерим Талант кызы"),
        ("D-M", "detainee", "Zhyldyz Abdrakhmanova-Kasymova", "Жылдыз Абдрахманова-Касымова"),
        ("D-N", "detainee", "Ruslan Igorevich Shevchenko", "Руслан Игоревич Шевченко"),
        ("D-Q", "detainee", "Chyngyz Azamat uulu", "Чыңгыз Азамат уулу"), ("D-R", "detainee", "Dilshod Rakhimov", "Дилшод Рахимов"),
        ("D-S", "detainee", "Pyotr Semyonov", "Пётр Семёнов"), ("D-T", "detainee", "Aizhan Zheenbekova", "Айжан Жээнбекова"),
        ("D-U", "detainee", "Bubusara Omurbekova", "Бүбүсара Өмүрбекова"),
    ]

    static let front6: String = {
        var lines = ["level: public", "persons:"]
        for person in persons6 {
            lines += ["  \(person.id):", "    name: \(person.latin)", "    also: [\(person.cyrillic)]", "    role: \(person.role)", "    consent: []"]
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    struct Setup6 {
        let document: Document
        let scanner: LeakScanner

        init() throws {
            document = try Fixture.parse(front: NameRound6ClassTests.front6, body: "## A\n\nText.\n")
            let registry = try PersonRegistry(documents: [document])
            scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        }

        /// The persons the public scan finds in the text as written (no projection).
        func refused(_ text: String) -> Set<String> {
            do {
                try scanner.scan("## A\n\nText.\n\n\(text)\n", format: .markdown, fileName: "T-1.public.md", document: document, audience: .public)
                return []
            } catch {
                return Set(error.hits.compactMap(\.personID))
            }
        }
    }

    /// Round 6's failing cases: the word, and the person it names.
    static let cases6: [(word: String, id: String)] = [
        ("Dilshad", "D-R"), ("Saydkov", "D-A"), ("Садыкв", "D-A"), ("Nurlon", "D-K"), ("Rakhimof", "D-R"), ("Chyngys", "D-Q"),
        ("Dilshood", "D-R"), ("Dilshat", "D-R"), ("Дилшат", "D-R"), ("Айбак", "D-A"), ("Sadykvo", "D-A"), ("Садыквов", "D-A"),
        ("Бюбюсара", "D-U"), ("Byubyusara", "D-U"), ("Biubiusara", "D-U"), ("Oybek", "D-A"),
        ("Usmonov", "O-1"), ("Hasanov", "D-C"), ("Asanof", "D-C"), ("Irkin", "D-C"),
    ]

    @Test(arguments: cases6)
    func roundSixNameIsRefused(_ c: (word: String, id: String)) throws {
        let setup = try Setup6()
        let cyrillic = c.word.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
        let sentence = cyrillic ? "Задержанный \(c.word) жаловался." : "Detainee \(c.word) complained."
        #expect(setup.refused(sentence).contains(c.id), "not refused: \(sentence)")
    }
}

extension NameRound6ClassTests {
    static let latinVowels6: [Character] = ["a", "e", "i", "o", "u", "y"]
    static let cyrillicVowels6: [Character] = ["а", "е", "и", "о", "у", "ы", "э", "ю", "я"]

    /// The kinds of one-edit spelling, each measured on its own.
    enum Edit6: String, CaseIterable {
        case vowel = "another vowel", vowelOut = "a vowel left out", swap = "two neighbours swapped",
             doubled = "a letter doubled", consonantOut = "a consonant left out"
    }

    /// Every one-edit spelling of a part, by kind; five letters or more, never the part itself.
    static func oneEditSpellings6(_ part: String) -> [Edit6: Set<String>] {
        let letters = Array(part.lowercased())
        let vowels = letters.contains { cyrillicVowels6.contains($0) } ? cyrillicVowels6 : latinVowels6
        var out: [Edit6: Set<String>] = [:]
        for i in letters.indices {
            if vowels.contains(letters[i]) {
                for v in vowels where v != letters[i] { var l = letters; l[i] = v; out[.vowel, default: []].insert(String(l)) }
            }
            var deleted = letters; deleted.remove(at: i)
            out[vowels.contains(letters[i]) ? .vowelOut : .consonantOut, default: []].insert(String(deleted))
            var doubled = letters; doubled.insert(letters[i], at: i); out[.doubled, default: []].insert(String(doubled))
            if i + 1 < letters.count, letters[i] != letters[i + 1] { var l = letters; l.swapAt(i, i + 1); out[.swap, default: []].insert(String(l)) }
        }
        return out.mapValues { spellings in
            Set(spellings.filter { $0.count >= 5 && $0 != part.lowercased() }.map { $0.prefix(1).uppercased() + $0.dropFirst() })
        }
    }

    /// The parts the scan reads alone (not the father's name of a patronymic, not the particle), five letters or more.
    static var parts6: [(id: String, part: String)] {
        persons6.flatMap { person in
            [person.latin, person.cyrillic].flatMap { spelling -> [(id: String, part: String)] in
                let words = spelling.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
                return words.indices.filter { i in
                    !["uulu", "kyzy", "уулу", "кызы"].contains(words[i])
                        && !(i + 1 < words.count && ["uulu", "kyzy", "уулу", "кызы"].contains(words[i + 1]))
                }.map { (person.id, words[$0]) }.filter { $0.part.count >= 5 }
            }
        }
    }

    /// Recall per kind over every one-edit spelling of every protected part,
    /// alone in a sentence and (Cyrillic) with a genitive ending; lexicon
    /// words are left to the lexicon by design and counted apart. A
    /// consonant left out is not claimed (it makes other surnames:
    /// Жээнбеков, Жээнбаев): measured, not required.
    @Test func everyOneEditSpellingIsRefused() throws {
        let setup = try Setup6()
        var total: [Edit6: Int] = [:], refused: [Edit6: Int] = [:], lexicon = 0
        var missed: [String] = []
        for (id, part) in Self.parts6 {
            for (kind, spellings) in Self.oneEditSpellings6(part) {
                for spelling in spellings.sorted() {
                    if CommonWords.shared.isWordForm(spelling.lowercased()) { lexicon += 1; continue }
                    let cyrillic = spelling.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
                    var sentences = [cyrillic ? "Задержанный \(spelling) жаловался." : "Detainee \(spelling) complained."]
                    if cyrillic, let last = spelling.last, !Self.cyrillicVowels6.contains(last) { sentences.append("Допросили \(spelling)а ночью.") }
                    for sentence in sentences {
                        total[kind, default: 0] += 1
                        if setup.refused(sentence).contains(id) {
                            refused[kind, default: 0] += 1
                        } else if kind != .consonantOut, missed.count < 40 { missed.append(sentence) }
                    }
                }
            }
        }
        for kind in Edit6.allCases { print("round 6 one-edit spellings, \(kind.rawValue): \(refused[kind] ?? 0)/\(total[kind] ?? 0) refused") }
        print("round 6 one-edit spellings: \(lexicon) lexicon words left to the lexicon")
        for kind in Edit6.allCases where kind != .consonantOut {
            #expect(Double(refused[kind] ?? 0) >= 0.97 * Double(total[kind] ?? 1), "\(kind.rawValue): missed\n\(missed.joined(separator: "\n"))")
        }
    }
}

extension NameRound6ClassTests {
    /// Other people's names one edit from a protected one by the way Kyrgyz
    /// and Russian surnames are built, and the words the rule must leave:
    /// none is refused.
    @Test func otherSurnamesOneEditAwayAreLeft() throws {
        let setup = try Setup6()
        let clean = [
            "Staff member Usenov took notes.", "Прокурор Усенов принял делегацию.", "Прокурор Сатыков принял делегацию.",
            "Юрист Садыкбаева присутствовала.", "Врач Жээнбаев осмотрел его.", "Врач Ибрагимов осмотрел его.",
            "Врач Марат Иманов осмотрел его.", "Юрист Айгуль Садыковна присутствовала.", "An expert from Orlando attended.",
            "Conditions Below Minimum Standards", "Газета «Еркін Қазақстан» писала.", "Nurlanbek Toktomushev signed.",
        ]
        let refused = clean.filter { !setup.refused($0).isEmpty }
        #expect(refused.isEmpty, "\(refused)")
    }
}

extension NameRound6ClassTests {
    /// Round 6 clean cases: a given name inside a named thing (Bishkek's main
    /// avenue, the Petri dish, Pushkin's poem) is neither replaced nor
    /// refused (entities.txt); the same name alone still is.
    @Test func namesInsideNamedThingsAreLeft() throws {
        let setup = try Setup6()
        let registry = try PersonRegistry(documents: [setup.document])
        let matcher = NameMatcher(persons: registry.personNames)
        let clean = ["Пробы поместили в чашку Петри.", "Samples were put in a Petri dish.", "Офис находится на Чыңгыз Айтматов көчөсү.",
                     "The office is on Chingiz Aitmatov Avenue.", "Офис на проспекте Чингиза Айтматова.", "Он читал «Руслана и Людмилу»."]
        for text in clean {
            #expect(matcher.matches(in: text).isEmpty, "replaced: \(text)")
            #expect(setup.refused(text).isEmpty, "refused: \(text)")
        }
        for text in ["Задержанный Чыңгыз жаловался.", "Petri complained.", "Руслан жаловался."] {
            #expect(!matcher.matches(in: text).isEmpty || !setup.refused(text).isEmpty, "left: \(text)")
        }
    }
}

extension NameRound6ClassTests {
    /// Kyrgyz ү and ө after a consonant are written ю and ё in Russian
    /// (Бүбүсара → Бюбюсара, Өмүрбекова → Омюрбекова) and so in the Latin
    /// read from the Russian (Byubyusara, Biubiusara): the matcher keys that
    /// spelling, so the name is replaced by the pseudonym, not only refused
    /// by the scan (round 6, A6-14…16).
    @Test(arguments: ["Бюбюсара", "Бюбюсаре", "Byubyusara", "Biubiusara", "Омюрбекова", "Omyurbekova"])
    func russianSpellingOfKyrgyzUIsMatched(_ word: String) throws {
        let document = try Fixture.parse(front: Self.front6, body: "## A\n\nText.\n")
        let registry = try PersonRegistry(documents: [document])
        let matcher = NameMatcher(persons: registry.personNames)
        let found = Set(matcher.matches(in: "Задержанная \(word) жаловалась.").flatMap(\.candidates))
        #expect(found.contains("D-U"), "not matched: \(word)")
    }
}
