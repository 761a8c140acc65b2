import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// Issue 15, class 1: tamga's parser and Pandoc agree on the level of every
/// word, over the evaluation corpus and edge cases of headings, code, divs
/// and brackets. A word the two place at different levels is a document
/// whose export might publish what its author marked, or withhold what
/// they did not.
@Suite struct PandocDifferentialTests {
    static let edgeCases: [String] = [
        "## Notes {.internal}\n\nSecret one.\n\n```\n# of detainees counted\n```\n\nSecret two.\n\n## Open {.public}\n\nOpen text.\n",
        "## Notes {.internal}\n\nCounted in cell\n# 14 on the night\nsecret three.\n\n## Open {.public}\n\nOpen text.\n",
        "::: internal\nOuter secret.\n\n::: public\nInner open.\n:::\n\nOuter again.\n:::\n\nAfter.\n",
        "Open [secret words]{.internal} open again, [more]{.state} end.\n",
        "## A {.state}\n\nstate text\n\n### B {.internal}\n\ninternal text\n\n### C\n\nback to state\n\n## D {.public}\n\npublic text\n",
        "~~~\n::: public\nnot a div\n:::\n~~~\n\nAfter code.\n",
        "## Findings {#findings .internal}\n\nSecret.\n\n### Detail {#detail}\n\nStill secret.\n\n## Open {.public #open}\n\nOpen.\n",
        "::: {#box .internal}\nBoxed secret.\n:::\n\nAfter.\n",
    ]

    /// tamga keeps list markers (`1.`) in the text; Pandoc's lists do not
    /// have them as words, so they are left out of the comparison.
    static func tamgaWords(_ document: Document) -> [String: [Level]] {
        var words: [String: [Level]] = [:]
        for piece in document.pieces {
            let text = piece.text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
                let trimmed = line.drop { $0 == " " }
                let digits = trimmed.prefix { $0.isNumber }
                let after = trimmed.dropFirst(digits.count)
                if !digits.isEmpty, digits.count <= 3, after.first == "." || after.first == ")", after.dropFirst().first == " " {
                    return trimmed.dropFirst(digits.count + 1)
                }
                return line
            }.joined(separator: "\n")
            PandocLevels.add(text, piece.level, piece.level, &words)
        }
        return words
    }

    /// `distinctLevels`: compare the levels a word has, not how often it
    /// has each (a table cell Pandoc splits differently repeats no level).
    static func disagreements(_ source: String, file: String, distinctLevels: Bool = false) throws -> [String] {
        let document = try DocumentParser.parse(text: source, file: file).validated(against: Fixture.policy)
        let ours = tamgaWords(document)
        let theirs = try PandocLevels.words(of: source, unmarked: document.level(of: nil))
        var found: [String] = []
        for word in Set(ours.keys).union(theirs.keys).sorted() {
            var a = (ours[word] ?? []).map(\.rawValue).sorted(), b = (theirs[word] ?? []).map(\.rawValue).sorted()
            if distinctLevels { a = Array(Set(a)).sorted(); b = Array(Set(b)).sorted() }
            // Words only one side sees (link targets, markup) are not levels: compare where both read the word.
            guard !a.isEmpty, !b.isEmpty, a != b else { continue }
            found.append("\(file): \(word): tamga \(a), pandoc \(b)")
        }
        return found
    }

    @Test func edgeCasesGetPandocsLevels() throws {
        var found: [String] = []
        for (index, body) in Self.edgeCases.enumerated() {
            found += try Self.disagreements(Fixture.source(front: "level: public\n", body: body), file: "edge-\(index)")
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    /// Generated bodies mixing every construct (`PandocEdgeCaseGenerator`).
    @Test func generatedEdgeCasesGetPandocsLevels() throws {
        var generator = PandocEdgeCaseGenerator(seed: 15)
        var found: [String] = []
        let count = 150
        for index in 0..<count {
            found += try Self.disagreements(Fixture.source(front: "level: public\n", body: generator.body()), file: "generated-\(index)")
        }
        print("pandoc-differential: \(count) generated bodies, \(found.count) words at another level than Pandoc's")
        #expect(found.isEmpty, "\(found.prefix(20).joined(separator: "\n"))")
    }

    @Test func theEvaluationCorpusGetsPandocsLevels() throws {
        var found: [String] = []
        var documents = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: EvaluationCorpus.folder.path).sorted() where name.hasSuffix(".md") {
            let source = try String(contentsOf: EvaluationCorpus.folder.appendingPathComponent(name), encoding: .utf8)
            found += try Self.disagreements(source, file: name)
            documents += 1
        }
        print("pandoc-differential: \(documents) documents, \(found.count) words at another level than Pandoc's")
        #expect(found.isEmpty, "\(found.prefix(20).joined(separator: "\n"))")
    }
}
