import Foundation
import Testing
@testable import TamgaCore

/// The leak scan with its registry indexed once per scanner reports exactly
/// what the per-person scan did (`LeakScanReference`, a frozen copy): the
/// same hits, rules, views, lines and persons, in the same order. The scan
/// is the last check before an export leaves the vault, so a hit lost here
/// is a leak, and a new one a refused export.
@Suite struct LeakScanEquivalenceTests {
    /// Scans with both and records the first difference; returns the
    /// reference's hits.
    @discardableResult
    static func expectSame(_ scanner: LeakScanner, _ text: String, format: ExportFormat, document: Document,
                           audience: Audience, _ label: String) -> [LeakHit] {
        let fileName = "\(document.id).\(audience.rawValue).\(format.fileExtension)"
        // The reference predates issue 15's common-word and place rules: compared without them.
        let fast: [LeakHit] = LeakStemFilter.$isEnabled.withValue(false) {
            do {
                try scanner.scan(text, format: format, fileName: fileName, document: document, audience: audience)
                return []
            } catch {
                return (error as? LeakError)?.hits ?? []
            }
        }
        let slow = LeakScanReference.scan(scanner, text, format: format, fileName: fileName, document: document, audience: audience)
        guard fast != slow else { return slow }
        let index = zip(fast, slow).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset ?? min(fast.count, slow.count)
        Issue.record("""
            \(label): \(fast.count) hits vs \(slow.count) in the reference; first difference at #\(index):
            indexed \(index < fast.count ? fast[index].description : "none"), reference \(index < slow.count ? slow[index].description : "none")
            text: \(text.prefix(400).debugDescription)
            """)
        return slow
    }

    /// A document declaring `persons` (some the registry lacks) and `sensitive`,
    /// with a withheld section, so every rule of the scan has input.
    static func document(persons: [RegisteredPerson], sensitive: [String], withheld: String) throws -> Document {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var front = persons.isEmpty ? "" : "persons:\n"
        for person in persons {
            front += "  \(person.id):\n    name: \(quoted(person.name))\n"
            if !person.also.isEmpty { front += "    also: [\(person.also.map(quoted).joined(separator: ", "))]\n" }
            front += "    role: \(person.role)\n    consent: []\n"
        }
        front += sensitive.isEmpty ? "" : "sensitive:\n" + sensitive.map { "  - \(quoted($0))\n" }.joined()
        return try Fixture.parse(front: front, body: "## Visit\n\nThe team visited.\n\n::: internal\n\(withheld)\n:::\n")
    }

    /// Many small registries: each round a new registry, document, text,
    /// format and audience.
    @Test func randomExportsGetTheSameHits() throws {
        var corpus = LeakScanEquivalenceCorpus(seed: 0x1EA4)
        var rules: [LeakHit.Rule: Int] = [:]
        var detectors: [DetectorKind: Int] = [:]
        for round in 0..<120 {
            let registry = corpus.persons([0, 1, 3, 12, 40][round % 5])
            let sensitive = (0..<(round % 3)).map { _ in corpus.pick(["cell 14", "the night-shift duty officer", "Block B", "№ 7"]) }
            // A document declares only spellings with letters.
            func hasLetters(_ spelling: String) -> Bool { spelling.filter(\.isLetter).count > 2 }
            var declared = corpus.persons(round % 4, idPrefix: "Q-").filter { hasLetters($0.name) }.map {
                RegisteredPerson(id: $0.id, role: $0.role, name: $0.name, also: $0.also.filter(hasLetters), consent: [])
            }
            if let shared = registry.first, round % 2 == 0 {
                declared.append(RegisteredPerson(id: shared.id, role: "witness", name: "Other Name", also: [], consent: []))
            }
            let documentSensitive = round % 5 == 0 ? ["Kara-Balta"] : []
            // Withheld text for the document, repeated in some exports.
            let body = String(corpus.text(words: 30, persons: registry, sensitive: sensitive).unicodeScalars.map {
                "@{}[]:#<>&*_\\`".unicodeScalars.contains($0) ? " " : Character($0)
            })
            let document = try Self.document(persons: declared, sensitive: documentSensitive, withheld: body)
            let finder: any NameFinding = round % 3 == 0
                ? NameMatcher(persons: try PersonRegistry(persons: registry).personNames)
                : ExactNameFinder(persons: try PersonRegistry(persons: registry).personNames)
            let scanner = LeakScanner(policy: Fixture.policy, registry: try PersonRegistry(persons: registry), names: finder,
                                      sensitive: sensitive)
            let everyone = registry + declared
            let text = corpus.text(words: 400, persons: everyone, sensitive: sensitive + documentSensitive)
                + (round % 4 == 1 ? "\n" + body : "")
            let format = ExportFormat.allCases[round % ExportFormat.allCases.count]
            let rendered: String
            switch format {
            case .json:
                let data = try JSONSerialization.data(withJSONObject: ["title": "Visit", "body": text], options: [.sortedKeys])
                rendered = String(decoding: data, as: UTF8.self)
            default: rendered = text
            }
            let audience: Audience = round % 2 == 0 ? .state : .public
            for hit in Self.expectSame(scanner, rendered, format: format, document: document, audience: audience, "round \(round)") {
                rules[hit.rule, default: 0] += 1
                if let kind = hit.detector { detectors[kind, default: 0] += 1 }
            }
        }
        // Not vacuous: the texts make every rule of interest fire.
        #expect(rules[.protectedName, default: 0] > 500)
        #expect(rules[.sensitiveString, default: 0] > 20)
        #expect(rules[.withheldText, default: 0] > 5)
        #expect(rules[.markupResidue, default: 0] > 5)
        for kind in DetectorKind.allCases { #expect(detectors[kind, default: 0] > 20, "\(kind)") }
    }

    /// Short texts dense with numbers and dates of birth (format characters
    /// inside them, line breaks across them, letters and digits of other
    /// scripts next to them), some of them withheld in the document and
    /// repeated in the export: the detectors, the withheld-text rule and
    /// the blanking, where the tabled scalar properties are read most.
    @Test func detectorTextsGetTheSameHits() throws {
        var corpus = LeakScanEquivalenceCorpus(seed: 0xD07)
        let registry = corpus.persons(6)
        let registered = try PersonRegistry(persons: registry)
        let scanner = LeakScanner(policy: Fixture.policy, registry: registered,
                                  names: NameMatcher(persons: registered.personNames), sensitive: [])
        var rules: [LeakHit.Rule: Int] = [:]
        var detectors: [DetectorKind: Int] = [:]
        for round in 0..<150 {
            func sentence(_ words: Int) -> String {
                (0..<words).map { _ in
                    corpus.chance(30) ? corpus.detectorSample() : corpus.chance(8) ? corpus.pick(registry).name : corpus.pick(LeakScanEquivalenceCorpus.filler)
                }.joined(separator: corpus.pick([" ", " ", "\n", ", "]))
            }
            let withheld = sentence(12).unicodeScalars.filter { !"@{}[]:#<>&*_\\`".unicodeScalars.contains($0) }
            let body = String(String.UnicodeScalarView(withheld))
            let document = try Self.document(persons: [], sensitive: [], withheld: body)
            let text = sentence(40) + (round % 3 == 0 ? "\n" + body + "\n" : " ") + sentence(20)
            let format: ExportFormat = round % 2 == 0 ? .markdown : .html
            for hit in Self.expectSame(scanner, text, format: format, document: document, audience: round % 4 == 0 ? .state : .public,
                                       "detector round \(round)") {
                rules[hit.rule, default: 0] += 1
                if let kind = hit.detector { detectors[kind, default: 0] += 1 }
            }
        }
        #expect(rules[.withheldText, default: 0] > 20)
        for kind in DetectorKind.allCases { #expect(detectors[kind, default: 0] > 50, "\(kind)") }
    }

    /// One registry of the size that made exports slow (800 persons), over
    /// longer texts.
    @Test func largeRegistryGetsTheSameHits() throws {
        var corpus = LeakScanEquivalenceCorpus(seed: 800)
        let registry = corpus.persons(800)
        let registered = try PersonRegistry(persons: registry)
        let scanner = LeakScanner(policy: Fixture.policy, registry: registered,
                                  names: ExactNameFinder(persons: registered.personNames), sensitive: ["cell 14"])
        let document = try Self.document(persons: [], sensitive: [], withheld: "Nothing to withhold.")
        for round in 0..<4 {
            let text = corpus.text(words: 3_000, persons: Array(registry.prefix(50 + round * 200)), sensitive: ["cell 14"])
            Self.expectSame(scanner, text, format: round % 2 == 0 ? .markdown : .html, document: document,
                            audience: round < 2 ? .state : .public, "large registry, round \(round)")
        }
    }

    /// The normalizer with its table and its NFKC shortcut gives the same
    /// scalars, lines and words as with property lookups on every scalar.
    @Test func normalizerMatchesTheReference() {
        var corpus = LeakScanEquivalenceCorpus(seed: 42)
        let persons = corpus.persons(30)
        for round in 0..<200 {
            var text = corpus.text(words: 60, persons: persons, sensitive: ["cell 14"])
            if round % 4 == 0 {
                // Any scalars at all, also outside the table.
                text += String(String.UnicodeScalarView((0..<80).compactMap { _ in
                    Unicode.Scalar(UInt32.random(in: 0...(round % 8 == 0 ? 0x2100 : 0x1_FFFF), using: &corpus.random))
                }))
            }
            let fast = LeakNormalizer(text), slow = LeakScanReference.Normalizer(text)
            #expect(fast.scalars == slow.scalars, "round \(round)")
            #expect(fast.lines == slow.lines, "round \(round)")
            #expect(fast.words.map(\.word) == slow.words.map(\.word), "round \(round)")
            #expect(fast.words.map(\.line) == slow.words.map(\.line), "round \(round)")
        }
    }

    /// Every scalar the table answers for: the same as its properties.
    @Test func scalarTableMatchesTheProperties() {
        for value in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            #expect(LeakScalarTable.isWordScalar(scalar) == (properties.isAlphabetic || properties.numericType != nil), "\(value)")
            #expect(LeakScalarTable.isFormatScalar(scalar) == (properties.generalCategory == .format), "\(value)")
            let text = String(scalar) + "a" + String(scalar)
            if LeakScalarTable.isNFKCStable(text) {
                #expect(text.precomposedStringWithCompatibilityMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "\(value)")
            }
        }
    }
}
