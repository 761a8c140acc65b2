import Testing
@testable import TamgaCore

/// The optimized `NameMatcher` returns exactly what the straightforward one
/// (`NamesReference.NameMatcher`, a frozen copy) returns: the same persons,
/// candidates and UTF-8 ranges, on large generated texts, on fuzzed short
/// strings, and under every `Options`. A difference is either a missed name
/// (a leak) or a new over-redaction; both are failures here.
@Suite struct NamesEquivalenceTests {
    /// A match as plain values, so a difference prints readably.
    struct Found: Equatable, CustomStringConvertible {
        var start: Int, end: Int, person: String, candidates: [String]
        var description: String { "\(person)\(candidates)@\(start)..<\(end)" }
    }

    static func found(_ matches: [NameMatch], in text: String) -> [Found] {
        matches.map { match in
            Found(start: text.utf8.distance(from: text.startIndex, to: match.range.lowerBound),
                  end: text.utf8.distance(from: text.startIndex, to: match.range.upperBound),
                  person: match.personID, candidates: match.candidates)
        }
    }

    /// Compares both matchers on `text`; on a difference, records the first one with its context.
    static func expectSame(_ optimized: NameMatcher, _ reference: NamesReference.NameMatcher, _ text: String, _ label: String) {
        let fast = found(optimized.matches(in: text), in: text)
        let slow = found(reference.matches(in: text), in: text)
        guard fast != slow else { return }
        let index = zip(fast, slow).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset ?? min(fast.count, slow.count)
        let at = index < slow.count ? slow[index].start : (index < fast.count ? fast[index].start : 0)
        let bytes = Array(text.utf8)
        let context = String(decoding: bytes[max(0, at - 60)..<min(bytes.count, at + 80)], as: UTF8.self)
        Issue.record("""
            \(label): \(fast.count) matches vs \(slow.count) in the reference; first difference at #\(index):
            optimized \(index < fast.count ? fast[index].description : "none"), reference \(index < slow.count ? slow[index].description : "none")
            context: \(context.debugDescription)
            """)
    }

    /// The reference's options: issue 15 made `.capitalizedMidSentence` the
    /// default for common words and added the place rule, on purpose; the
    /// comparison runs without them (OverRefusalTests covers them).
    static let optionSets: [(String, NameMatcher.Options)] = [
        ("default", .init(commonWordNames: .never, placeConstructions: false)),
        ("all always", .init(distinctiveGivenNames: .always, shortNames: .always, commonWordNames: .always, placeConstructions: false)),
        ("all never", .init(distinctiveGivenNames: .never, shortNames: .never, commonWordNames: .never, placeConstructions: false)),
        ("all capitalized", .init(distinctiveGivenNames: .capitalized, shortNames: .capitalized, commonWordNames: .capitalized,
                                  placeConstructions: false)),
    ]

    /// The optimized matcher with the reference's common words (its hand list,
    /// read per skeleton key) instead of the lexicon (issue 15), so the two
    /// engines are compared on the same classification.
    static func optimized(_ persons: [PersonNames], options: NameMatcher.Options = optionSets[0].1) -> NameMatcher {
        NameMatcher(persons: persons, options: options, commonWords: .init { _, key in
            key.utf8.count >= 4 && NamesReference.NameKey.commonWords.contains(key)
        })
    }

    static func reference(_ options: NameMatcher.Options) -> NamesReference.NameMatcher.Options {
        func alone(_ rule: NameMatcher.Options.Alone) -> NamesReference.NameMatcher.Options.Alone {
            switch rule {
            case .always: .always
            case .capitalized, .capitalizedMidSentence: .capitalized
            case .never: .never
            }
        }
        return .init(distinctiveGivenNames: alone(options.distinctiveGivenNames), shortNames: alone(options.shortNames),
                     commonWordNames: alone(options.commonWordNames))
    }

    /// A few hundred persons over a large mixed text with planted, disguised mentions.
    @Test(arguments: optionSets.indices)
    func largeTextMatchesTheReference(option: Int) {
        let (label, options) = Self.optionSets[option]
        var corpus = NamesEquivalenceCorpus(seed: 0x7A36A + UInt64(option))
        let persons = corpus.persons(300)
        let text = corpus.text(bytes: option == 0 ? 600_000 : 150_000, persons: persons)
        let optimized = Self.optimized(persons, options: options)
        let reference = NamesReference.NameMatcher(persons: persons, options: Self.reference(options))
        #expect(reference.matches(in: text).count > 1_000)
        Self.expectSame(optimized, reference, text, "large text, \(label)")
    }

    /// Many registries, each over its own text: shared names, families, empty registries.
    @Test func manyRegistriesMatchTheReference() {
        var corpus = NamesEquivalenceCorpus(seed: 2024)
        for round in 0..<40 {
            let persons = corpus.persons([0, 1, 2, 5, 20, 60][round % 6])
            let planted = persons.isEmpty ? corpus.persons(3) : persons
            let text = corpus.text(bytes: 6_000, persons: planted, every: 4)
            let (label, options) = Self.optionSets[round % Self.optionSets.count]
            let optimized = Self.optimized(persons, options: options)
            let reference = NamesReference.NameMatcher(persons: persons, options: Self.reference(options))
            Self.expectSame(optimized, reference, text, "registry round \(round), \(label)")
        }
    }

    /// Short strings over a hostile alphabet: the edges of the text, lone marks and initials, glued fragments.
    @Test func fuzzedStringsMatchTheReference() {
        var corpus = NamesEquivalenceCorpus(seed: 99)
        let persons = Self.fuzzPersons + corpus.persons(30)
        for (label, options) in Self.optionSets {
            let optimized = Self.optimized(persons, options: options)
            let reference = NamesReference.NameMatcher(persons: persons, options: Self.reference(options))
            for round in 0..<1_500 {
                let text = corpus.fuzz(maxPieces: 12)
                Self.expectSame(optimized, reference, text, "fuzz \(round) \(text.debugDescription), \(label)")
            }
        }
    }

    /// The skeleton of names (what keys are made of) is unchanged.
    @Test func keysMatchTheReference() {
        var corpus = NamesEquivalenceCorpus(seed: 5)
        var words = NamesEquivalenceCorpus.givenNames + NamesEquivalenceCorpus.latinSurnames + NamesEquivalenceCorpus.caseEndings
        for _ in 0..<2_000 { words.append(corpus.fuzz(maxPieces: 4)) }
        for word in words {
            #expect(SkeletonText.key(word) == NamesReference.SkeletonText.key(word), "\(word.debugDescription)")
        }
    }

    /// Long runs (hundreds of spaces or invisible characters, inside and between
    /// names) and names at every offset around the offset map's 256-symbol
    /// blocks: the compact offset map's escapes and checkpoints.
    @Test func longRunsAndBlockEdgesMatchTheReference() {
        let persons = NamesEquivalenceTests.fuzzPersons
        let optimized = Self.optimized(persons)
        let reference = NamesReference.NameMatcher(persons: persons)
        let runs = [
            String(repeating: " ", count: 300), String(repeating: "\u{200B}", count: 100), String(repeating: "\n", count: 260),
            String(repeating: "\u{00AD}", count: 140), String(repeating: "#", count: 270), String(repeating: "\u{0301}", count: 130),
        ]
        var text = ""
        for (index, run) in runs.enumerated() {
            text += "Айбек\(run)Садыков, Сады\(run)ков, Sadykov\(run)A., А.\(run)Садыков \(run)Айбек Мамыт\(run)уулу. "
            text += String(repeating: "x", count: index * 37) + " "
        }
        for shift in 0..<300 {
            text += String(repeating: "и ", count: shift % 7) + String(repeating: "ab", count: shift) + " Садыкову Dostoievsky Aibek Sadykov's "
        }
        Self.expectSame(optimized, reference, text, "long runs and block edges")
        let tail = text + String(repeating: " ", count: 400)
        Self.expectSame(optimized, reference, tail, "long runs, trailing spaces")
    }

    static let fuzzPersons = [
        PersonNames(personID: "D-1", spellings: ["Aibek Sadykov", "Айбек Садыков", "А.С."]),
        PersonNames(personID: "D-2", spellings: ["Гульнара Садыкова"]),
        PersonNames(personID: "D-3", spellings: ["Ли Вэй"]),
        PersonNames(personID: "D-4", spellings: ["Болот Исаков"]),
        PersonNames(personID: "D-5", spellings: ["Айбек Мамыт уулу"]),
        PersonNames(personID: "D-6", spellings: ["Щукин Цой", "Dzhumabaev Ch."]),
        PersonNames(personID: "D-7", spellings: ["Фёдор Достоевский"]),
    ]

    /// A text whose words rarely repeat (made-up words of both scripts), so the
    /// scanner's word memo gives up after its trial and the rest is read without it.
    @Test func rarelyRepeatedWordsMatchTheReference() {
        var corpus = NamesEquivalenceCorpus(seed: 77)
        let persons = Self.fuzzPersons + corpus.persons(40)
        let latin = ["ka", "ro", "mi", "sta", "ne", "lo", "tri", "ve", "da", "pho", "gu", "zen", "ar", "el", "sch", "ts"]
        let cyrillic = ["ка", "ро", "ми", "ста", "не", "ло", "три", "ве", "да", "фо", "гу", "щи", "жу", "ць", "ий", "ые"]
        var text = ""
        while text.utf8.count < 500_000 {
            if corpus.random.int(20) == 0 {
                text += corpus.mention(of: corpus.random.pick(persons))
            } else {
                let syllables = corpus.random.chance(50) ? latin : cyrillic
                for _ in 0..<(3 + corpus.random.int(4)) { text += corpus.random.pick(syllables) }
            }
            text += corpus.random.chance(90) ? " " : corpus.random.pick([", ", ". ", "\n", "-", "'s "])
        }
        let optimized = Self.optimized(persons)
        let reference = NamesReference.NameMatcher(persons: persons)
        Self.expectSame(optimized, reference, text, "rarely repeated words")
    }
}
