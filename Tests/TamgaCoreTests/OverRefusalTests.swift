import Testing
@testable import TamgaCore

/// Issue 15, over-refusal: a common word equal to a protected person's name
/// (максаты "purpose", надежду "hope", Бакыттуу "happy", эрмек, Ким "who")
/// or a place named like them (Таласской области, ул. Токтогула) made every
/// report using it unexportable, or became a pseudonym. The lexicon and the
/// gazetteer decide; the same names used as names are still caught by the
/// matcher and by the leak scan.
@Suite struct OverRefusalTests {
    /// Detainees without consent: protected for the State and the public.
    static let persons: [RegisteredPerson] = [
        ("D-1", "Максат Садыров", ["Maksat Sadyrov"]), ("D-2", "Надежда Петрова", []), ("D-3", "Бакыт Осмонов", []),
        ("D-4", "Эрмек Жусупов", ["Ermek Zhusupov"]), ("D-5", "Талас Абдыкадыров", ["Talas Abdykadyrov"]),
        ("D-6", "Токтогул Ысаков", ["Toktogul Ysakov"]), ("D-7", "Алексей Ким", ["Aleksei Kim"]),
        ("D-8", "Grace Miller", []), ("D-9", "Роман Белов", []), ("D-10", "Айбек Сатыбалдиев", ["Aibek Satybaldiev"]),
    ].map { RegisteredPerson(id: $0.0, role: "detainee", name: $0.1, also: $0.2, consent: []) }

    static let registry = try! PersonRegistry(persons: persons)
    static let matcher = NameMatcher(persons: registry.personNames)
    static let scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: matcher, sensitive: [])

    /// The red team's sentences: nothing found, nothing refused.
    static let redTeam = [
        "Мониторингдин максаты кыйноолордун алдын алуу.", "Мы выразили надежду, что условия улучшатся.",
        "Бакыттуу адамдар бул жерде жок.", "Камерада эч кандай эрмек жок.", "В ИВС Таласской области 12 человек.",
        "Здание стоит на ул. Токтогула, 125.", "СИЗО находится на улице Токтогула.", "Ким келди? — деп сурады кароолчу.",
        "Группа посетила ИВС Токтогульского района.", "Талас облусундагы ИВСте 12 адам кармалган.",
        "Токтогул көчөсүндөгү имаратта жашашат.", "The facility on Toktogul Street was visited.",
        "In Talas Region the IVS was full.", "There is little hope; the grace period is over.",
    ]

    @Test(arguments: redTeam)
    func redTeamSentencesAreNeitherReplacedNorRefused(text: String) throws {
        #expect(Self.matcher.matches(in: text).isEmpty, "\(text): \(Self.matcher.matches(in: text).map { text[$0.range] })")
        #expect(throws: Never.self) { try Self.scan(text, .public) }
    }

    static func scan(_ text: String, _ audience: Audience) throws(LeakError) {
        let document = try! Fixture.parse(front: "level: public\n", body: "## Findings\n\n\(text)\n")
        try scanner.scan(text, format: .markdown, fileName: "T-1.md", document: document, audience: audience)
    }

    /// The lexicon, not a hand list, decides: these parts are words, these are not.
    @Test func lexiconClassifiesNameParts() {
        let words = CommonWords.shared
        #expect(words.count > 300_000)
        for part in ["Максат", "Надежда", "Бакыт", "Эрмек", "Ким", "Роман", "Grace", "Hope", "Maksat"] {
            #expect(words.isNamePart(part), "\(part)")
        }
        for part in ["Айбек", "Сатыбалдиев", "Нурлан", "Гульнара", "Aibek", "Садыков"] {
            #expect(!words.isNamePart(part), "\(part)")
        }
        #expect(Gazetteer.shared.adjectiveForms.contains("таласской"))
        #expect(Gazetteer.shared.placeForms.contains("токтогула"))
    }

    /// A Kyrgyz first- or second-person possessive of a lexicon word is a
    /// form of the word; a case ending alone, a name, or a non-word stem is not.
    @Test func lexiconReadsKyrgyzPossessives() {
        let words = CommonWords.shared
        for form in ["Максатыбыз", "максатыңыз", "Максатыбыздын", "максатым", "максатыңарга", "темирибиз"] {
            let isWord = words.isWordForm(form)
            #expect(isWord, "\(form)")
        }
        for form in ["Айбекибиз", "Садыковубуз", "Максату", "Нурланым", "максатыбызкан"] {
            let isWord = words.isWordForm(form)
            #expect(!isWord, "\(form)")
        }
    }

    /// A bare plural noun after a common-word name makes it an attribute
    /// ("Темир торлор", iron bars); a case ending, a postposition after the
    /// plural, a capital or a verb leaves it a name (fail closed).
    @Test func attributiveUseNeedsABarePluralNoun() {
        #expect(AttributiveUse.isAttributive(next: "торлор", following: "дат"))
        #expect(AttributiveUse.isAttributive(next: "казандар", following: ""))
        #expect(!AttributiveUse.isAttributive(next: "торлорду", following: "карады"))
        #expect(!AttributiveUse.isAttributive(next: "балдар", following: "менен"))
        #expect(!AttributiveUse.isAttributive(next: "Осмонов", following: "келди"))
        #expect(!AttributiveUse.isAttributive(next: "келди", following: ""))
    }

    /// Loading the lexicon (three files, ~5.9 MB) and a lookup, measured.
    @Test func lexiconLoadsQuickly() {
        let clock = ContinuousClock()
        var lexicon = CommonWords(words: [])
        let load = clock.measure { lexicon = CommonWords(directory: CommonWords.resourceDirectory()) }
        let lookups = clock.measure { for _ in 0..<10_000 { _ = lexicon.contains("надежду") } }
        print("lexicon: \(lexicon.count) words, loaded in \(load), 10 000 lookups in \(lookups)")
        #expect(lexicon.count == CommonWords.shared.count)
        #expect(load < .seconds(2))
    }

    /// ≥ 200 generated paragraphs that use the names only as common words and
    /// places: every export (State and public) passes the scan, unchanged.
    @Test func cleanCorpusExportsUnchanged() throws {
        var corpus = OverRefusalCorpus(seed: 0x15)
        let exporter = Exporter(policy: Fixture.policy, registry: Self.registry, names: Self.matcher, sensitive: [])
        var exported = 0
        var refused: [String] = []
        var changed: [String] = []
        for number in 0..<240 {
            let sentences = corpus.cleanParagraph()
            let paragraph = sentences.joined(separator: " ")
            let document = try Fixture.parse(front: "level: public\n", body: "## Findings\n\n\(paragraph)\n")
            for audience in [Audience.state, .public] {
                do {
                    let text = try exporter.export(document, for: audience, as: .markdown).text
                    exported += 1
                    for sentence in sentences where !text.contains(sentence) { changed.append("#\(number) \(audience): \(sentence)") }
                } catch {
                    refused.append("#\(number) \(audience): \(paragraph) — \(error)")
                }
            }
        }
        print("clean corpus: \(exported) exported, \(refused.count) refused, \(changed.count) sentences changed")
        #expect(exported == 480)
        #expect(refused.isEmpty, "\(refused.prefix(5).joined(separator: "\n"))")
        #expect(changed.isEmpty, "\(changed.prefix(5).joined(separator: "\n"))")
    }

    /// The same persons' names used as names (capitalized mid-sentence, with
    /// case endings, in full) are caught by the matcher and by the scan.
    @Test func namesUsedAsNamesAreStillCaught() {
        var matched = 0, scanned = 0
        var missed: [String] = []
        for (sentence, name) in OverRefusalCorpus.recall {
            let found = Self.matcher.matches(in: sentence).map { String(sentence[$0.range]) }
            if found.contains(where: { $0.contains(name) }) { matched += 1 } else { missed.append("matcher: \(sentence)") }
            do {
                try Self.scan(sentence, .public)
                missed.append("scan: \(sentence)")
            } catch {
                scanned += 1
            }
        }
        let total = OverRefusalCorpus.recall.count
        print("recall: matcher \(matched)/\(total), scan \(scanned)/\(total)")
        #expect(missed.isEmpty, "\(missed.joined(separator: "\n"))")
    }
}
