import Foundation
import Testing
@testable import TamgaCore

/// Issue 15, red-team round 4: the NAME classes, each generated over several
/// declared persons rather than the one example the red team found.
///
/// A leak counts as caught when the matcher replaces it AND the leak scan on
/// its own (a `LeakScanner` whose matcher finds nothing) stops it: the scan is
/// the independent second line (redaction.md F20). A clean sentence must be
/// neither replaced nor refused. Each class prints its recall.
@Suite struct NameRound4ClassTests {
    static let front = """
        level: state
        persons:
          P-01: {name: Александр Кузнецов, also: [Aleksandr Kuznetsov], role: detainee, consent: []}
          P-02: {name: Наталья Орлова, also: [Natalya Orlova], role: relative, consent: []}
          P-03: {name: Нурлан Бакыт уулу, also: [Nurlan Bakyt uulu], role: detainee, consent: []}
          P-04: {name: Айгерим Талант кызы, also: [Aigerim Talant kyzy], role: witness, consent: []}
          P-05: {name: Максат Белов, also: [Maksat Belov], role: detainee, consent: []}
          P-06: {name: Эрке Токтосунова, also: [Erke Toktosunova], role: detainee, consent: []}
          P-07: {name: Эркин Асанов, also: [Erkin Asanov], role: detainee, consent: []}
          P-08: {name: Михаил Петров, also: [Mikhail Petrov], role: detainee, consent: []}
          P-09: {name: Темир Осмонов, also: [Temir Osmonov], role: detainee, consent: []}
          P-10: {name: Руслан Гусев, role: detainee, consent: []}
          P-11: {name: Анатолий Лосев, role: detainee, consent: []}
          P-12: {name: Владимир Луценко, role: detainee, consent: []}
          P-13: {name: Бүбү Голицына, role: relative, consent: []}
          P-14: {name: Максим Смирнов, role: detainee, consent: []}
          P-15: {name: Самат Садыров, role: detainee, consent: []}
          P-16: {name: Вячеслав Ким, role: detainee, consent: []}
          P-17: {name: Иван Старостин, also: [Ivan Starostin], role: detainee, consent: []}
          P-18: {name: Улан Марат уулу, role: detainee, consent: []}
          P-19: {name: Бакытбек Жумабеков, role: detainee, consent: []}

        """

    struct Setup {
        let document: Document
        let matcher: NameMatcher
        let scanAlone: LeakScanner

        init() throws {
            document = try Fixture.parse(front: NameRound4ClassTests.front, body: "## A\n\nText.\n")
            let registry = try PersonRegistry(documents: [document])
            matcher = NameMatcher(persons: registry.personNames)
            scanAlone = LeakScanner(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: []), sensitive: [])
        }

        func matched(_ text: String) -> Set<String> { Set(matcher.matches(in: text).flatMap(\.candidates)) }

        func refusedByScanAlone(_ text: String) -> Set<String> {
            Set(scanAloneHits(text).compactMap(\.personID))
        }

        func scanAloneHits(_ text: String) -> [LeakHit] {
            do {
                try scanAlone.scan("## A\n\nText.\n\n\(text)\n", format: .markdown, fileName: "T-1.state.md", document: document, audience: .state)
                return []
            } catch {
                return error.hits
            }
        }
    }

    /// Sentences a form is put in (at `_`): mid-sentence, at a sentence start, in a chat, in Kyrgyz.
    static let framings = ["Вчера _ сказал, что его били.", "_ камерада отурат.", "Chat: _ was moved to cell 14.",
                           "Күзөтчү «_, кел!» деп кыйкырды."]

    struct Form { let id: String; let word: String }

    /// Runs every form in every framing; returns the misses of the matcher and of the scan alone.
    static func run(_ name: String, _ forms: [Form], framings: [String] = framings, scanOnly: Set<String> = []) throws {
        let setup = try Setup()
        var missed: [String] = [], scanMissed: [String] = []
        for form in forms {
            for framing in framings {
                let text = framing.replacingOccurrences(of: "_", with: form.word)
                if !scanOnly.contains(text), !setup.matched(text).contains(form.id) { missed.append(text) }
                if !setup.refusedByScanAlone(text).contains(form.id) { scanMissed.append(text) }
            }
        }
        if !scanOnly.isEmpty { print("round 4 class \(name): left to the scan alone: \(scanOnly.sorted())") }
        let total = forms.count * framings.count
        print("round 4 class \(name): matcher \(total - missed.count)/\(total), scan alone \(total - scanMissed.count)/\(total)")
        #expect(missed.isEmpty, "matcher missed: \(missed.prefix(10).joined(separator: " | "))")
        #expect(scanMissed.isEmpty, "scan missed: \(scanMissed.prefix(10).joined(separator: " | "))")
    }

    /// Sentences neither replaced nor refused.
    static func runClean(_ name: String, _ texts: [String]) throws {
        let setup = try Setup()
        var wrong: [String] = []
        for text in texts {
            let (matched, refused) = (setup.matched(text), setup.refusedByScanAlone(text))
            if !matched.isEmpty || !refused.isEmpty { wrong.append("\(text) → replaced \(matched.sorted()), refused \(refused.sorted())") }
        }
        print("round 4 clean \(name): \(texts.count - wrong.count)/\(texts.count) intact")
        #expect(wrong.isEmpty, "\(wrong.joined(separator: " | "))")
    }

    // MARK: - A: diminutives and short forms

    @Test func russianIkDiminutivesOfShortForms() throws {
        try Self.run("Russian -ик", [Form(id: "P-01", word: "Шурик"), Form(id: "P-11", word: "Толик"), Form(id: "P-12", word: "Вовик"),
                                     Form(id: "P-16", word: "Славик"), Form(id: "P-01", word: "Шурика")])
    }

    @Test func kyrgyzIkDiminutivesOfAnyGivenName() throws {
        try Self.run("Kyrgyz -ик", [Form(id: "P-03", word: "Нурик"), Form(id: "P-15", word: "Самик"), Form(id: "P-10", word: "Русик"),
                                    Form(id: "P-09", word: "Темик"), Form(id: "P-03", word: "Нурика")])
    }

    @Test func kyrgyzRespectfulClippings() throws {
        try Self.run("Kyrgyz clipping -ке", [Form(id: "P-03", word: "Нуке"), Form(id: "P-05", word: "Маке"), Form(id: "P-15", word: "Саке"),
                                             Form(id: "P-19", word: "Баке"), Form(id: "P-10", word: "Руке")],
                     framings: ["Вчера _ сказал, что его били.", "«_, чыдагыла» деп жазышты.", "Chat: _ was moved to cell 14."])
    }

    @Test func kyrgyzShDiminutivesOfVowelNames() throws {
        try Self.run("Kyrgyz -ш", [Form(id: "P-06", word: "Эркеш"), Form(id: "P-13", word: "Бүбүш")])
    }

    @Test func shortFormsFromTheTable() throws {
        try Self.run("short forms", [Form(id: "P-02", word: "Ната"), Form(id: "P-05", word: "Макс"), Form(id: "P-05", word: "Макса"),
                                     Form(id: "P-14", word: "Макс")],
                     framings: ["Вчера _ сказал, что его били.", "_, его мать, ждала.", "Из чата: вчера _ перевели в карцер."])
    }

    @Test func englishShortForms() throws {
        try Self.run("English short forms", [Form(id: "P-01", word: "Alex"), Form(id: "P-05", word: "Max"), Form(id: "P-14", word: "Max"),
                                             Form(id: "P-08", word: "Mike")],
                     framings: ["Chat: _ was moved to cell 14.", "Yesterday _ said the guards beat him."],
                     // Mike is a three-symbol key that is a word: at a sentence start the matcher
                     // reads it as the word (as it reads Ким "who"); the scan stops it there.
                     scanOnly: ["Chat: Mike was moved to cell 14."])
    }

    @Test func surnameClippings() throws {
        try Self.run("surname clippings", [Form(id: "P-01", word: "Кузя"), Form(id: "P-01", word: "Кузю"), Form(id: "P-10", word: "Гуся"),
                                           Form(id: "P-11", word: "Лося")],
                     framings: ["Сокамерники зовут его _ с первого дня.", "Вчера _ избили ночью."])
    }

    /// The nickname is a Russian surname's: made of a Russian word or given
    /// name (кузнец, гусь, лось, Пётр), never of a Kyrgyz name (Турдубаев,
    /// Джунушалиев, Жолдошев, Садыков), whose clippings read back as Kyrgyz
    /// words (түрү, күнү, жолу: the red-team evaluation's over-refusals).
    @Test func surnameNicknamesOnlyOfRussianRoots() {
        let russian = ["Кузнецов": "Кузя", "Гусева": "Гуся", "Лосев": "Лося", "Петров": "Петя"]
        for (surname, nickname) in russian { #expect(NameDiminutiveSpellings.surnameNickname(surname) == nickname, "\(surname)") }
        for surname in ["Турдубаева", "Джунушалиев", "Жолдошев", "Садыков", "Чоробаев", "Мамытов", "Кадыров"] {
            #expect(NameDiminutiveSpellings.surnameNickname(surname) == nil, "\(surname)")
        }
    }

    /// The scan reads the scripts a person is declared in: Lutzenko of a person
    /// declared only in Cyrillic is the matcher's (as Lutsenko is).
    @Test func tzTransliterations() throws {
        try Self.run("tz for ц", [Form(id: "P-01", word: "Kuznetzov"), Form(id: "P-01", word: "Kuznetzova")],
                     framings: ["The detainee _ was in the yard."])
        let setup = try Setup()
        let matcherOnly = ["The detainee Lutzenko was in the yard.", "The detainee Golitzyna was in the yard."]
        #expect(matcherOnly.allSatisfy { !setup.matched($0).isEmpty })
    }

    @Test func diminutivesInsideAddresses() throws {
        let setup = try Setup()
        let cases = [("P-01", "Write to sasha.k91@mail.ru for the family."), ("P-01", "Family e-mail: shurik.kuz@mail.ru."),
                     ("P-17", "Contact: vanya.st@gmail.com"), ("P-03", "Mail nurik.88@gmail.com today.")]
        // Since round 5 a private e-mail address is itself withheld and refused
        // (`email-address`), a stronger rule than the name inside it: the scan
        // stops at the address and need not name the person.
        let missed = cases.filter { form in
            let hits = setup.scanAloneHits(form.1)
            return !hits.contains { $0.personID == form.0 || $0.detector == .emailAddress }
        }
        print("round 4 class diminutives in addresses: scan alone \(cases.count - missed.count)/\(cases.count)")
        #expect(missed.isEmpty, "\(missed.map(\.1))")
    }

    // MARK: - Clean: a father's name is not the person alone

    @Test func fathersNamesOfOtherPeopleStayIntact() throws {
        try Self.runClean("fathers' names", [
            "Директор Бакыт Төрөбаев комиссияны кабыл алды.", "Прокурор Эмиль Талантович принял жалобу.",
            "Адвокат Асан уулу Марат катышты.", "Омбудсмен Жамила Асан кызы отчетту кабыл алды.",
            "Врач Марат Иманов осмотрел его.", "Следователь Эмиль Маратович допросил его.", "Адвокат Марат уулу Болот катышты.",
            "Омбудсмен Жамила Марат кызы отчетту кабыл алды.", "Прокурор Айдар Бакытович принял жалобу.",
        ])
    }

    @Test func fathersNamesNextToTheirOwnPersonAreStillCaught() throws {
        let setup = try Setup()
        let cases = [("P-03", "Нурлан Бакыт уулу камерада."), ("P-03", "Бакыт уулу камерада."), ("P-03", "Нурлан Бакытович жаловался."),
                     ("P-04", "Айгерим Талант кызы келди."), ("P-18", "Улан Марат уулу камерада."), ("P-18", "Марат уулу камерада."),
                     ("P-07", "Эркин Асан уулу камерада.")]
        let missed = cases.filter { !setup.matched($0.1).contains($0.0) }
        print("round 4 fathers' names with their person: matcher \(cases.count - missed.count)/\(cases.count)")
        #expect(missed.isEmpty, "\(missed.map(\.1))")
    }

    @Test func dictionaryWordsReachedByAShortFormStayWords() throws {
        try Self.runClean("dictionary words", [
            "Médecins Sans Frontières provided TB drugs.", "<text font-family=\"DejaVu Sans\">2014</text>",
            "Capacity: max. 20 persons per cell.", "Шурупы торчали из нар.", "Санаторий закрыт на ремонт.",
            "The nuke plant is far away.", "Камерага күндүн нуру тийбейт.", "Колония в Таласской области переполнена.",
            "Мы купили валик и краску.", "The dataset has a max value of 20.", "Women in the colony sew sashiko patterns.",
        ])
    }
}
