@testable import TamgaCore

/// The inputs of the golden corpus (`NamesGoldenTests`) and, when asked to
/// regenerate, the current engine's answers for them. The inputs are the
/// ones the frozen reference engine was compared on (large mixed texts under
/// every option set, many small registries, fuzzed strings, long runs of
/// spaces and invisible characters, rarely repeated words, skeleton keys),
/// smaller so the file stays reviewable, plus the spelling classes of issue 15.
enum NamesGoldenCorpus {
    static let optionLabels = ["default", "all always", "all never", "all capitalized"]

    static let fuzzPersons = [
        PersonNames(personID: "D-1", spellings: ["Aibek Sadykov", "Айбек Садыков", "А.С."]),
        PersonNames(personID: "D-2", spellings: ["Гульнара Садыкова"]),
        PersonNames(personID: "D-3", spellings: ["Ли Вэй"]),
        PersonNames(personID: "D-4", spellings: ["Болот Исаков"]),
        PersonNames(personID: "D-5", spellings: ["Айбек Мамыт уулу"]),
        PersonNames(personID: "D-6", spellings: ["Щукин Цой", "Dzhumabaev Ch."]),
        PersonNames(personID: "D-7", spellings: ["Фёдор Достоевский"]),
    ]

    static func generate() -> NamesGoldenTests.Golden {
        var cases: [NamesGoldenTests.Case] = []
        func add(_ label: String, _ options: String, _ persons: [PersonNames], _ texts: [String]) {
            let matcher = NameMatcher(persons: persons, options: NamesGoldenTests.options[options] ?? .init())
            cases.append(NamesGoldenTests.Case(
                label: label, options: options,
                persons: persons.map { NamesGoldenTests.Person(id: $0.personID, spellings: $0.spellings) },
                texts: texts.map { NamesGoldenTests.Sample(text: $0, matches: NamesGoldenTests.describe(matcher.matches(in: $0), in: $0)) }))
        }
        for (number, label) in optionLabels.enumerated() {
            var corpus = NamesCorpus(seed: 0x7A36A + UInt64(number))
            let persons = corpus.persons(150)
            add("large text, \(label)", label, persons, [corpus.text(bytes: number == 0 ? 60_000 : 25_000, persons: persons)])
        }
        var corpus = NamesCorpus(seed: 2024)
        for round in 0..<24 {
            let persons = corpus.persons([0, 1, 2, 5, 20, 60][round % 6])
            let planted = persons.isEmpty ? corpus.persons(3) : persons
            add("registry round \(round)", optionLabels[round % optionLabels.count], persons,
                [corpus.text(bytes: 3_000, persons: planted, every: 4)])
        }
        var fuzz = NamesCorpus(seed: 99)
        let fuzzed = fuzzPersons + fuzz.persons(30)
        for label in optionLabels {
            add("fuzz, \(label)", label, fuzzed, (0..<250).map { _ in fuzz.fuzz(maxPieces: 12) })
        }
        add("long runs and block edges", "default", fuzzPersons, [longRuns()])
        var rare = NamesCorpus(seed: 77)
        let rarePersons = fuzzPersons + rare.persons(40)
        add("rarely repeated words", "default", rarePersons, [rarelyRepeated(&rare, rarePersons)])
        let spelling = NameSpellingClassTests.persons.map {
            PersonNames(personID: $0.id, spellings: ["\($0.given) \($0.surname)"])
        }
        var spellingTexts = NameSpellingGenerator.Kind.allCases.map { kind in
            NameSpellingClassTests.persons.flatMap {
                NameSpellingGenerator.variants(of: $0.surname, given: $0.given, kind: kind)
            }.map(NameSpellingClassTests.sentence).joined(separator: "\n")
        }
        spellingTexts.append(NameSpellingGenerator.negatives.map(NameSpellingClassTests.sentence).joined(separator: "\n"))
        add("spelling classes (issue 15)", "default", spelling, spellingTexts)

        var keyCorpus = NamesCorpus(seed: 5)
        var words = NamesCorpus.givenNames + NamesCorpus.latinSurnames + NamesCorpus.caseEndings
        for _ in 0..<600 { words.append(keyCorpus.fuzz(maxPieces: 4)) }
        return NamesGoldenTests.Golden(
            regenerate: "TAMGA_REGENERATE_GOLDEN=1 swift test --filter NamesGoldenTests, then review git diff (NamesGoldenTests)",
            cases: cases, keys: words.map { [$0, SkeletonText.key($0)] })
    }

    /// Hundreds of spaces or invisible characters inside and between names, and
    /// names at every offset around the offset map's 256-symbol blocks.
    static func longRuns() -> String {
        let runs = [
            String(repeating: " ", count: 300), String(repeating: "\u{200B}", count: 100), String(repeating: "\n", count: 260),
            String(repeating: "\u{00AD}", count: 140), String(repeating: "#", count: 270), String(repeating: "\u{0301}", count: 130),
        ]
        var text = ""
        for (index, run) in runs.enumerated() {
            text += "Айбек\(run)Садыков, Сады\(run)ков, Sadykov\(run)A., А.\(run)Садыков \(run)Айбек Мамыт\(run)уулу. "
            text += String(repeating: "x", count: index * 37) + " "
        }
        for shift in 0..<120 {
            text += String(repeating: "и ", count: shift % 7) + String(repeating: "ab", count: shift) + " Садыкову Dostoievsky Aibek Sadykov's "
        }
        return text + String(repeating: " ", count: 400)
    }

    /// Made-up words of both scripts that rarely repeat, so the scanner's word memo gives up.
    static func rarelyRepeated(_ corpus: inout NamesCorpus, _ persons: [PersonNames]) -> String {
        let latin = ["ka", "ro", "mi", "sta", "ne", "lo", "tri", "ve", "da", "pho", "gu", "zen", "ar", "el", "sch", "ts"]
        let cyrillic = ["ка", "ро", "ми", "ста", "не", "ло", "три", "ве", "да", "фо", "гу", "щи", "жу", "ць", "ий", "ые"]
        var text = ""
        while text.utf8.count < 40_000 {
            if corpus.random.int(20) == 0 {
                text += corpus.mention(of: corpus.random.pick(persons))
            } else {
                let syllables = corpus.random.chance(50) ? latin : cyrillic
                for _ in 0..<(3 + corpus.random.int(4)) { text += corpus.random.pick(syllables) }
            }
            text += corpus.random.chance(90) ? " " : corpus.random.pick([", ", ". ", "\n", "-", "'s "])
        }
        return text
    }
}
