import Testing
@testable import TamgaCore

/// Issue 15, leak class 4 ("spellings not folded"): for realistic Kyrgyz and
/// Russian names declared in Cyrillic, a generator writes each class of
/// spelling a red team used (other languages' transliteration, doubled and
/// dropped letters, Kyrgyz relational and plural stacks, Russian cases), and
/// every variant must be (a) found by the `NameMatcher` and (b) stop a State
/// export in the `LeakScanner`. The Kyrgyz stacks must also stop it through
/// the scan's own stem rule alone (with the exact-spelling finder). A
/// negative set of ordinary words and other people's names must match none
/// of these persons. Recall per class is printed ("german: 40/40").
///
/// The generator's tables are the test's own (`NameSpellingGenerator`), not
/// the engine's, so a table the engine lacks shows up here as a miss.
@Suite struct NameSpellingClassTests {
    static let persons: [(id: String, given: String, surname: String)] = [
        ("D-01", "Айбек", "Садыков"), ("D-02", "Нурлан", "Чоробаев"), ("D-03", "Гульнара", "Джумабекова"),
        ("D-04", "Бакытбек", "Ибраимов"), ("D-05", "Айгерим", "Ассанбекова"), ("D-06", "Эрмек", "Шаршенов"),
        ("D-07", "Жыпар", "Токтосунова"), ("D-08", "Канат", "Усупов"), ("D-09", "Данияр", "Жээнбеков"),
        ("D-10", "Мирлан", "Кочкорбаев"), ("D-11", "Чынара", "Мамытова"), ("D-12", "Руслан", "Ташиев"),
        ("D-13", "Мухаммед", "Аббасов"), ("D-14", "Элмира", "Исмаилова"),
    ]

    /// The registry as a document declares it: Cyrillic name, the BGN/PCGN Kyrgyz Latin as `also`.
    static let front: String = {
        var lines = ["level: state", "persons:"]
        for person in persons {
            let cyrillic = "\(person.given) \(person.surname)"
            lines += ["  \(person.id):", "    name: \(cyrillic)",
                      "    also: [\(Transliteration.latin(cyrillic, system: .bgnPCGNKyrgyz))]",
                      "    role: detainee", "    consent: []"]
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    struct Setup {
        let document: Document
        let registry: PersonRegistry
        let matcher: NameMatcher
        let scanner: LeakScanner
        let stemOnly: LeakScanner

        init() throws {
            document = try Fixture.parse(front: NameSpellingClassTests.front, body: "## A\n\nText.\n")
            registry = try PersonRegistry(documents: [document])
            matcher = NameMatcher(persons: registry.personNames)
            scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: matcher, sensitive: [])
            stemOnly = LeakScanner(policy: Fixture.policy, registry: registry,
                                   names: ExactNameFinder(persons: registry.personNames), sensitive: [])
        }

        func matched(_ text: String) -> Set<String> { Set(matcher.matches(in: text).flatMap(\.candidates)) }

        /// The persons a State export of `text` is refused for (empty: it passes).
        func refused(_ text: String, by scanner: LeakScanner) -> Set<String> {
            do {
                try scanner.scan("## A\n\nText.\n\n\(text)\n", format: .markdown, fileName: "T-1.state.md",
                                 document: document, audience: .state)
                return []
            } catch {
                return Set(error.hits.compactMap(\.personID))
            }
        }
    }

    static func sentence(_ variant: String) -> String { "Во время визита \(variant) сообщил о давлении." }

    @Test(arguments: NameSpellingGenerator.Kind.allCases)
    func everyVariantOfAClassIsFoundAndStopsTheExport(kind: NameSpellingGenerator.Kind) throws {
        let setup = try Setup()
        var found = 0, stopped = 0, stemStopped = 0, total = 0
        var misses: [String] = []
        for person in Self.persons {
            for variant in NameSpellingGenerator.variants(of: person.surname, given: person.given, kind: kind) {
                total += 1
                let text = Self.sentence(variant)
                if setup.matched(text).contains(person.id) { found += 1 } else { misses.append("matcher: \(variant)") }
                if setup.refused(text, by: setup.scanner).contains(person.id) { stopped += 1 } else { misses.append("scan: \(variant)") }
                if kind.stemRuleMustCatch {
                    if setup.refused(text, by: setup.stemOnly).contains(person.id) { stemStopped += 1 } else {
                        misses.append("stem rule: \(variant)")
                    }
                }
            }
        }
        let stem = kind.stemRuleMustCatch ? ", stem rule \(stemStopped)/\(total)" : ""
        print("\(kind.rawValue): \(found)/\(total) (leak scan \(stopped)/\(total)\(stem))")
        #expect(total > 0)
        #expect(misses.isEmpty, "\(kind.rawValue) missed: \(misses.prefix(20).joined(separator: "; "))")
    }

    /// The stem rule takes more than six letters after a stem only when they
    /// are a Kyrgyz suffix stack: longer words that merely begin with a
    /// surname (compounds, derived words, a surname run into the next word)
    /// do not refuse an export by the stem rule, while the stacks do.
    @Test func stemRuleTakesLongSuffixesOnlyByTheGrammar() throws {
        let setup = try Setup()
        let unrelated = ["Садыковградский", "Чоробаевщинология", "Ибраимовскийпроезд", "Sadykovgradskiy", "Ташиевшоссейная"]
        let stacks = ["Садыковдордукунда", "Чоробаевдердикинен", "Sadykovdordukunda", "Ибраимовдукунан"]
        var refusedUnrelated: [String] = []
        for word in unrelated where !setup.refused(Self.sentence(word), by: setup.stemOnly).isEmpty {
            refusedUnrelated.append(word)
        }
        let caught = stacks.filter { !setup.refused(Self.sentence($0), by: setup.stemOnly).isEmpty }
        print("stem rule: unrelated longer words refused \(refusedUnrelated.count)/\(unrelated.count), stacks caught \(caught.count)/\(stacks.count)")
        #expect(refusedUnrelated.isEmpty, "\(refusedUnrelated)")
        #expect(caught == stacks)
    }

    /// Ordinary Russian, Kyrgyz and English words and other people's names: no
    /// match to these persons, and no refusal of an export that holds them.
    @Test func ordinaryWordsAndOtherNamesMatchNobody() throws {
        let setup = try Setup()
        var falsePositives: [String] = []
        for word in NameSpellingGenerator.negatives {
            let text = Self.sentence(word)
            let matched = setup.matched(text)
            let refused = setup.refused(text, by: setup.scanner)
            if !matched.isEmpty || !refused.isEmpty {
                falsePositives.append("\(word) → \(matched.union(refused).sorted())")
            }
        }
        print("negatives: \(falsePositives.count)/\(NameSpellingGenerator.negatives.count) false positives")
        #expect(falsePositives.isEmpty, "\(falsePositives.joined(separator: "; "))")
    }
}
