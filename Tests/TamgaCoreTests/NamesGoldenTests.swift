import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// The name engine's answers, pinned by a golden corpus rather than by a
/// frozen second copy of the engine (which had to change with every fix and
/// so pinned nothing): `Tests/Fixtures/NamesGolden/expected.json` holds the
/// inputs (registries, options, texts, words) and the matches and keys the
/// engine gave when a human last reviewed them. A change to the engine that
/// moves a match, a candidate or a byte of a range fails here.
///
/// When a change is meant (a new spelling folded, a false positive fixed),
/// regenerate and review the diff:
///
///     TAMGA_REGENERATE_GOLDEN=1 swift test --filter NamesGoldenTests
///     git diff Tests/Fixtures/NamesGolden/expected.json
///
/// Regenerating writes fresh inputs from `NamesGoldenCorpus` (seeded) and the
/// current engine's answers, then fails on purpose, so a regenerated file is
/// never taken for a pass. A lost match in the diff is a leak.
@Suite struct NamesGoldenTests {
    static let file = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/NamesGolden/expected.json")

    struct Golden: Codable {
        var regenerate: String
        var cases: [Case]
        /// Word and its skeleton key (`SkeletonText.key`).
        var keys: [[String]]
    }

    struct Case: Codable {
        var label: String
        var options: String
        var persons: [Person]
        var texts: [Sample]
    }

    struct Person: Codable {
        var id: String
        var spellings: [String]
    }

    struct Sample: Codable {
        var text: String
        /// "start..<end person [candidates]", UTF-8 offsets, in order.
        var matches: [String]
    }

    static let options: [String: NameMatcher.Options] = [
        "default": .init(),
        "all always": .init(distinctiveGivenNames: .always, shortNames: .always, commonWordNames: .always),
        "all never": .init(distinctiveGivenNames: .never, shortNames: .never, commonWordNames: .never),
        "all capitalized": .init(distinctiveGivenNames: .capitalized, shortNames: .capitalized, commonWordNames: .capitalized),
    ]

    static func describe(_ matches: [NameMatch], in text: String) -> [String] {
        matches.map { match in
            let start = text.utf8.distance(from: text.startIndex, to: match.range.lowerBound)
            let end = text.utf8.distance(from: text.startIndex, to: match.range.upperBound)
            return "\(start)..<\(end) \(match.personID) [\(match.candidates.joined(separator: ","))]"
        }
    }

    static func matcher(for golden: Case) -> NameMatcher {
        NameMatcher(persons: golden.persons.map { PersonNames(personID: $0.id, spellings: $0.spellings) },
                    options: options[golden.options] ?? .init())
    }

    /// The word filter skips only words no key can cover: the matcher finds
    /// the same with it as without it (every word skeletonized).
    static func expectFilterExact(_ matcher: NameMatcher, _ text: String, _ label: String) {
        let filtered = describe(matcher.matches(in: text), in: text)
        let unfiltered = describe(matcher.matches(in: text, filtered: false), in: text)
        guard filtered != unfiltered else { return }
        let index = zip(filtered, unfiltered).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(filtered.count, unfiltered.count)
        Issue.record("""
            \(label): \(filtered.count) matches with the word filter, \(unfiltered.count) without; first difference at #\(index): \
            \(index < filtered.count ? filtered[index] : "none") vs \(index < unfiltered.count ? unfiltered[index] : "none")
            """)
    }

    @Test func engineGivesTheReviewedAnswers() throws {
        if ProcessInfo.processInfo.environment["TAMGA_REGENERATE_GOLDEN"] == "1" {
            let golden = NamesGoldenCorpus.generate()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try FileManager.default.createDirectory(at: Self.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try encoder.encode(golden).write(to: Self.file)
            Issue.record("regenerated \(Self.file.path): review `git diff` before committing (this run fails on purpose)")
            return
        }
        let golden = try JSONDecoder().decode(Golden.self, from: Data(contentsOf: Self.file))
        #expect(golden.cases.count > 20)
        var differences: [String] = []
        for item in golden.cases {
            let matcher = Self.matcher(for: item)
            for (number, sample) in item.texts.enumerated() {
                let found = Self.describe(matcher.matches(in: sample.text), in: sample.text)
                guard found != sample.matches else { continue }
                let index = zip(found, sample.matches).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(found.count, sample.matches.count)
                let bytes = Array(sample.text.utf8)
                let at = index < sample.matches.count ? Int(sample.matches[index].prefix { $0 != "." }) ?? 0 : 0
                let context = String(decoding: bytes[max(0, min(bytes.count, at - 40))..<min(bytes.count, at + 60)], as: UTF8.self)
                differences.append("""
                    \(item.label) #\(number): \(found.count) matches vs \(sample.matches.count) reviewed; at #\(index): \
                    now \(index < found.count ? found[index] : "none"), reviewed \(index < sample.matches.count ? sample.matches[index] : "none"); \
                    context \(context.debugDescription)
                    """)
            }
        }
        var keyDifferences: [String] = []
        for pair in golden.keys where pair.count == 2 && SkeletonText.key(pair[0]) != pair[1] {
            keyDifferences.append("\(pair[0].debugDescription): \(SkeletonText.key(pair[0])) vs reviewed \(pair[1])")
        }
        #expect(differences.isEmpty, "\(differences.count) texts differ: \(differences.prefix(5).joined(separator: "\n"))")
        #expect(keyDifferences.isEmpty, "\(keyDifferences.count) keys differ: \(keyDifferences.prefix(10))")
    }

    /// Over the same inputs, the word filter changes nothing.
    @Test func wordFilterIsExactOnTheGoldenInputs() throws {
        let golden = try JSONDecoder().decode(Golden.self, from: Data(contentsOf: Self.file))
        for item in golden.cases {
            let matcher = Self.matcher(for: item)
            for (number, sample) in item.texts.enumerated() {
                Self.expectFilterExact(matcher, sample.text, "\(item.label) #\(number)")
            }
        }
    }
}
