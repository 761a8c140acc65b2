import Testing
@testable import TamgaCore

/// Issue 15, red-team round 2, the name classes found after round 1, each
/// generated over a registry of Kyrgyz and Russian names (the generator's
/// tables are this test's own): leaks that must be replaced by the matcher
/// or stop the export, and clean text that must do neither. Recall and
/// over-refusal are printed per family ("fused: 96/96").
///
/// Leaks: names fused into one word (hashtags, handles, capitals, with an
/// initial), the Kyrgyz voiced stem (Айбегибиз), the surname without -ova
/// beside the given name, the particle fused to the father's name.
/// Clean: other names built from a name part (Темирлан, Эркинбек,
/// Михайлов, Айбекова), named entities (Кыргыз Темир Жолу), dictionary
/// words in lower case that begin like a surname (беловатые), patronymics
/// made from a surname's father (Анна Петровна).
@Suite struct NameUseClassTests {
    static let persons: [(id: String, given: String, surname: String, latinGiven: String, latinSurname: String)] = [
        ("D-01", "Айбек", "Садыков", "Aibek", "Sadykov"), ("D-02", "Эркин", "Асанов", "Erkin", "Asanov"),
        ("D-03", "Темир", "Осмонов", "Temir", "Osmonov"), ("D-04", "Максат", "Белов", "Maksat", "Belov"),
        ("D-05", "Михаил", "Петров", "Mikhail", "Petrov"), ("D-06", "Жыпар", "Токтосунова", "Zhypar", "Toktosunova"),
        ("D-07", "Бактыбек", "Жумабеков", "Baktybek", "Zhumabekov"), ("D-08", "Гульнара", "Мамытова", "Gulnara", "Mamytova"),
    ]

    static let front: String = {
        var lines = ["level: state", "persons:"]
        for person in persons {
            lines += ["  \(person.id):", "    name: \(person.given) \(person.surname)",
                      "    also: [\(person.latinGiven) \(person.latinSurname)]", "    role: detainee", "    consent: []"]
        }
        lines += ["  D-09:", "    name: Нурлан Асан уулу", "    also: [Nurlan Asan uulu]", "    role: detainee", "    consent: []"]
        return lines.joined(separator: "\n") + "\n"
    }()

    struct Setup {
        let document: Document
        let matcher: NameMatcher
        let scanner: LeakScanner

        init() throws {
            document = try Fixture.parse(front: NameUseClassTests.front, body: "## A\n\nText.\n")
            let registry = try PersonRegistry(documents: [document])
            matcher = NameMatcher(persons: registry.personNames)
            scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: matcher, sensitive: [])
        }

        func matched(_ text: String) -> Set<String> { Set(matcher.matches(in: text).flatMap(\.candidates)) }

        func refused(_ text: String) -> Set<String> {
            do {
                try scanner.scan("## A\n\nText.\n\n\(text)\n", format: .markdown, fileName: "T-1.state.md", document: document, audience: .state)
                return []
            } catch {
                return Set(error.hits.compactMap(\.personID))
            }
        }
    }

    // MARK: - Leaks

    /// Each family's texts, with the person they name.
    static func leaks(_ family: String) -> [(id: String, text: String)] {
        var out: [(String, String)] = []
        for person in persons {
            switch family {
            case "fused":
                for prefix in ["", "free", "justicefor", "save"] {
                    let latin = (prefix + person.latinGiven + person.latinSurname).lowercased()
                    out += [(person.id, "Support #\(latin) now."), (person.id, "Campaign \(latin.uppercased()) started."),
                            (person.id, "Follow \(latin) on Instagram.")]
                }
                for prefix in ["", "свободу"] {
                    out.append((person.id, "Поддержите #\((prefix + person.given + person.surname).lowercased())!"))
                }
                out.append((person.id, "Поддержите #свободу\((person.given + "у" + person.surname + "у").lowercased())!"))
            case "initial fused":
                let initial = person.latinGiven.prefix(1).lowercased()
                out += [(person.id, "Follow \(initial)\(person.latinSurname.lowercased()) on Instagram."),
                        (person.id, "Write to \(initial)\(person.latinSurname.lowercased())1990 today.")]
            case "voiced stem":
                guard person.given.hasSuffix("к") else { continue }
                let stem = person.given.dropLast() + "г"
                for suffix in ["им", "ибиз", "ибизди", "ин", "иңиз", "ине", "и", "ибиздин"] {
                    out.append((person.id, "Менин \(stem)\(suffix) эч нерсе кылган жок."))
                }
            case "surname without -ova":
                for (given, surname) in [(person.given, person.surname), (person.latinGiven, person.latinSurname)] {
                    for ending in ["ова", "ова", "ов", "ova", "ov"] where surname.hasSuffix(ending) && surname.count - ending.count >= 5 {
                        out.append((person.id, "\(given) \(surname.dropLast(ending.count)) said she had been beaten."))
                    }
                }
            default: break
            }
        }
        if family == "fused particle" {
            out += ["Nurlan Asanuulu complained.", "Асануулу келди.", "Нурлан Асануулунун арызы.", "ASANUULU"].map { ("D-09", $0) }
        }
        return out
    }

    static let leakFamilies = ["fused", "initial fused", "voiced stem", "surname without -ova", "fused particle"]

    @Test(arguments: leakFamilies) func everyLeakOfTheFamilyIsReplacedOrStopped(family: String) throws {
        let setup = try Setup()
        let cases = Self.leaks(family)
        var caught = 0
        var misses: [String] = []
        for (id, text) in cases {
            if setup.matched(text).contains(id) || setup.refused(text).contains(id) { caught += 1 } else { misses.append(text) }
        }
        print("\(family): \(caught)/\(cases.count)")
        #expect(!cases.isEmpty)
        #expect(misses.isEmpty, "\(family) leaked: \(misses.prefix(10).joined(separator: " | "))")
    }

    // MARK: - Clean text

    static func clean(_ family: String) -> [String] {
        switch family {
        case "another name from a part":
            var out: [String] = []
            for person in persons where person.given.count >= 5 {
                for element in ["бек", "лан", "бай"] {
                    out.append("Сотрудник \(person.given)\(element) Осмоналиев вёл записи.")
                    out.append("Staff member \(person.latinGiven)\(Transliteration.latin(element, system: .bgnPCGNKyrgyz)) Usenov took notes.")
                }
                // A surname from a given name: its final vowel or й dropped (Гульнара → Гульнаров).
                let soft = "йьи".contains(person.given.last ?? " ")
                let base = "йьиаяе".contains(person.given.last ?? " ") ? String(person.given.dropLast()) : person.given
                let latinBase = "aey".contains(person.latinGiven.last ?? " ") ? String(person.latinGiven.dropLast()) : person.latinGiven
                out.append("Прокурор \(base)\(soft ? "ев" : "ов") принял делегацию.")
                out.append("Юрист Назира \(base)\(soft ? "ева" : "ова") присутствовала.")
                out.append("Prosecutor \(latinBase)ov received the team.")
            }
            out += ["Dr Petrović from Belgrade attended.", "Dr Osmonović attended."]
            return out
        case "named entity":
            return ["Сотрудники ГП «НК «Кыргыз Темир Жолу»» охраняли вагон.", "Guards of Kyrgyz Temir Jolu escorted the wagon.",
                    "Отчёт опубликован в газете «Эркин Тоо».", "The report appeared in the newspaper Erkin Too.",
                    "Его доставили на Петровку, 38.", "The facility is called Temir-Kazyk.",
                    "Кыргыз Темир Жолунун кызматкерлери келди.", "«Эркин Тоо» гезитинде жарыяланды."]
        case "lower-case dictionary word":
            return ["The figures below show the occupancy.", "See the table below.", "Guards would bellow orders at night.",
                    "His beloved wife visited him.", "Стены были беловатые от извести.", "Это беловик отчёта.",
                    "Мониторлор камактагылар менен эркин сүйлөштү.", "Сөз эркиндиги чектелген.", "Below is the list of recommendations.",
                    "Темир торлор дат басып калган.", "## ТЕМИР ТОРЛОР"]
        case "patronymic of a surname's father":
            return ["Врач Анна Петровна Орлова осмотрела задержанных.", "Начальник Иван Петрович Смирнов ответил.",
                    "Юрист Айгуль Садыковна присутствовала.", "Лейтенант Садыкович вышел."]
        default: return []
        }
    }

    static let cleanFamilies = ["another name from a part", "named entity", "lower-case dictionary word", "patronymic of a surname's father"]

    @Test(arguments: cleanFamilies) func cleanTextOfTheFamilyIsNeitherReplacedNorRefused(family: String) throws {
        let setup = try Setup()
        let cases = Self.clean(family)
        var wrong: [String] = []
        for text in cases {
            let hit = setup.matched(text).union(setup.refused(text))
            if !hit.isEmpty { wrong.append("\(text) → \(hit.sorted())") }
        }
        print("\(family): \(cases.count - wrong.count)/\(cases.count) left intact")
        #expect(!cases.isEmpty)
        #expect(wrong.isEmpty, "\(family): \(wrong.prefix(10).joined(separator: " | "))")
    }
}
