import Foundation
import Testing
@testable import TamgaCore

/// Issue 4, item 8: every corpus document exported for `state` and
/// `public` leaks nothing the gold file protects, and the marked public and
/// State passages survive (at least 95%). The figures are printed so they
/// can be quoted.
@Suite struct EvaluationCorpusTests {
    static let loaded = Result { try EvaluationCorpus() }

    static let audiences: [Audience] = [.state, .public]

    @Test func corpusCoversWhatTheIssueAsksFor() throws {
        let corpus = try Self.loaded.get()
        #expect(corpus.documents.count >= 200)
        let gold = corpus.gold.values
        #expect(Set(gold.map(\.language)) == ["en", "ru"])
        #expect(Set(gold.map(\.kind)) == ["visit-report", "interview"])
        #expect(Set(corpus.registry.persons.values.map(\.role)) == ["detainee", "witness", "relative", "official", "staff"])
        #expect(corpus.registry.persons.values.contains { $0.consent == [.state] })
        #expect(corpus.registry.persons.values.contains { $0.consent == [.state, .public] })
        let protected = gold.flatMap { $0.protected.values.joined() }
        #expect(Set(protected.map(\.category)) == ["name", "identifier", "sensitive", "withheld"])
        #expect(Set(protected.compactMap(\.form))
            == ["declared", "surname", "case-form", "kyrgyz-case", "transliteration", "initial-after", "given-name"])
        // Persons are named in documents that do not declare them.
        let declaredIn = Dictionary(grouping: corpus.documents.flatMap { document in document.persons.map { ($0.id, document.id) } },
                                    by: \.0).mapValues { Set($0.map(\.1)) }
        let crossMentions = gold.flatMap { entry in
            entry.protected.values.joined().compactMap(\.person).filter { declaredIn[$0]?.contains(entry.id) == false }
        }
        #expect(crossMentions.count >= 50)
        // Every kind of mark is used somewhere.
        let sources = try corpus.documents.map { try String(contentsOf: EvaluationCorpus.folder.appendingPathComponent($0.file), encoding: .utf8) }
        for mark in ["{.internal}", "::: internal", "::: {.internal}", "]{.internal}", "{.public}", "{.state}", "::: state", "@"] {
            #expect(sources.contains { $0.contains(mark) }, "no document uses \(mark)")
        }
    }

    /// The gold file agrees with the documents: every protected string and
    /// every passage is in its document's source, so a gold entry can never
    /// pass by being absent from the start.
    @Test func goldStringsAreInTheirDocuments() throws {
        let corpus = try Self.loaded.get()
        for document in corpus.documents {
            let gold = try #require(corpus.gold[document.id])
            let source = EvaluationText.normalized(try String(contentsOf: EvaluationCorpus.folder.appendingPathComponent(gold.file), encoding: .utf8))
            for (audience, entries) in gold.protected {
                for (index, entry) in entries.enumerated() {
                    #expect(EvaluationText.containsWords(source, EvaluationText.normalized(entry.text)),
                            "\(document.id) \(audience) protected #\(index) (\(entry.category)) is not in the source")
                }
            }
            for (index, passage) in gold.survive.enumerated() {
                #expect(EvaluationText.containsWords(source, EvaluationText.normalized(passage.text)),
                        "\(document.id) passage #\(index) is not in the source")
            }
        }
    }

    /// Markdown over the whole corpus; HTML and JSON (other escaping, other
    /// reader's text) over every sixth document, to keep the run short.
    @Test(arguments: [(ExportFormat.markdown, 1), (.html, 6), (.json, 6)])
    func noLeakAndMarkedContentSurvives(format: ExportFormat, everyNth step: Int) throws {
        let corpus = try Self.loaded.get()
        let best = EvaluationNameFinder.best(persons: corpus.registry.personNames)
        let exporter = corpus.exporter(names: best.finder)
        var tally = EvaluationTally(format: format, finder: best.name)
        let documents = stride(from: 0, to: corpus.documents.count, by: step).map { corpus.documents[$0] }
        tally.documents = documents.count
        for document in documents {
            let gold = try #require(corpus.gold[document.id])
            for audience in Self.audiences {
                tally.attempted += 1
                let expected = gold.survive.filter { $0.audiences.contains(audience.rawValue) }
                let withinFinder = best.derivesVariants || !gold.needsVariantEngine(audience)
                tally.expected += expected.count
                if withinFinder { tally.expectedWithinFinder += expected.count }
                let export: Export
                do {
                    export = try exporter.export(document, for: audience, as: format)
                } catch let error as ProjectionError {
                    switch error.code {
                    case .aboveCeiling: tally.refusedAboveCeiling += 1
                    case .nothingVisible: tally.refusedNothingVisible += 1
                    case .unknownPerson: Issue.record("\(document.id) \(audience): \(error.message)")
                    }
                    // A refusal by policy must not cost a passage the gold expects.
                    #expect(expected.isEmpty, "\(document.id) for \(audience) was refused by policy but has passages for it")
                    continue
                } catch let error as LeakError {
                    tally.refusedByScan += 1
                    for rule in Set(error.hits.map(\.rule.rawValue)) { tally.scanRules[rule, default: 0] += 1 }
                    if explainedByUnknownForms(error, gold: gold, audience: audience, finder: best, registry: corpus.registry) {
                        tally.refusedForUnknownForms += 1
                    } else {
                        let causes = overRefusalCauses(error, audience: audience, corpus: corpus, document: document, format: format)
                        for cause in causes { tally.overRefusalCauses[cause, default: 0] += 1 }
                        tally.overRefusals.append("\(document.id) \(audience.rawValue) [\(causes.sorted().joined(separator: ", "))]: "
                            + error.hits.map(\.description).joined(separator: "; "))
                    }
                    continue
                }
                tally.exported += 1
                tally.sharedNamesWithheld += export.projection.manifest.counts
                    .filter { $0.rule == "person" && $0.category == "ambiguous" }.map(\.count).reduce(0, +)
                let reader = EvaluationText.normalized(EvaluationText.readerText(export.text, format: format.rawValue))
                for (index, entry) in (gold.protected[audience.rawValue] ?? []).enumerated()
                where EvaluationText.containsWords(reader, EvaluationText.normalized(entry.text)) {
                    tally.leaks.append("\(document.id) \(audience.rawValue): protected #\(index), \(entry.category)"
                        + (entry.form.map { " (\($0))" } ?? "") + (entry.person.map { " of \($0)" } ?? ""))
                }
                let survived = expected.filter { EvaluationText.containsWords(reader, EvaluationText.normalized($0.text)) }.count
                tally.survived += survived
                if withinFinder { tally.survivedWithinFinder += survived }
            }
        }
        print(tally.report)
        for refusal in tally.overRefusals { print("  over-refusal: \(refusal)") }
        #expect(tally.leaks.isEmpty, "leaks: \(tally.leaks.joined(separator: "\n"))")
        #expect(tally.exported + tally.refusedAboveCeiling + tally.refusedNothingVisible + tally.refusedByScan == tally.attempted)
        // Issue 4, item 8: at least 95% of the marked public and State
        // passages survive. (Before the leak scan's stem rule spared names
        // of persons the audience may see and its withheld-text rule runs
        // the document also has in visible text, about two thirds did.)
        #expect(tally.survival >= 0.95, "\(tally.report)")
    }

    static let sharedNamePart = "protected-name: stem of a name part shared with a person named to the audience"
    static let visibleRepeat = "withheld-text: a run the document also has in a visible part"

    /// Why the scan refused an export no planted derived form explains, per
    /// hit: a stem hit whose every matching word is part of a spelling of a
    /// person the audience may see named (`Nurlan` of a named official
    /// while a protected detainee is also a Nurlan); a withheld-text hit on
    /// a run of eight words the source also has in text the audience sees;
    /// otherwise the hit's rule.
    private func overRefusalCauses(_ error: LeakError, audience: Audience, corpus: EvaluationCorpus, document: Document,
                                   format: ExportFormat) -> Set<String> {
        let policy = Fixture.policy
        let registry = corpus.registry.including(document)
        let named = registry.persons.values.filter { policy.disclosesName(role: $0.role, consent: $0.consent, to: audience) }
        let namedWords = Set(named.flatMap { $0.spellings.flatMap(Self.words) })
        let projection = try? Projector(policy: policy, registry: corpus.registry, names: bestNameFinder(persons: corpus.registry.personNames),
                                        sensitive: corpus.sensitive).project(document, for: audience)
        let exportWords = projection.map { Self.words(of: EvaluationText.readerText($0.rendered(as: format), format: format.rawValue)) } ?? []
        let visibleWords = document.pieces.filter { policy.audience(audience, sees: $0.level) }.flatMap { Self.words(of: $0.text) }
        var causes: Set<String> = []
        for hit in error.hits {
            switch hit.rule {
            case .protectedName:
                guard let id = hit.personID, let person = registry.persons[id] else { continue }
                let stems = Self.stems(of: person)
                let matching = exportWords.filter { word in
                    stems.contains { word.hasPrefix($0) && word.unicodeScalars.count - $0.unicodeScalars.count <= LeakScanner.suffixLetters }
                }
                causes.insert(!matching.isEmpty && matching.allSatisfy(namedWords.contains) ? Self.sharedNamePart : "protected-name: other")
            case .withheldText:
                let withheld = document.pieces.filter { $0.location.line == hit.sourceLine && !policy.audience(audience, sees: $0.level) }
                    .flatMap { Self.words(of: $0.text) }
                let size = LeakScanner.shingleWords
                let visibleRuns = Set(visibleWords.count < size ? [] : (0...(visibleWords.count - size)).map {
                    visibleWords[$0..<($0 + size)].joined(separator: " ")
                })
                let repeated = withheld.count >= size && (0...(withheld.count - size)).contains {
                    visibleRuns.contains(withheld[$0..<($0 + size)].joined(separator: " "))
                }
                causes.insert(repeated ? Self.visibleRepeat : "withheld-text: other")
            default:
                causes.insert(hit.rule.rawValue)
            }
        }
        return causes
    }

    /// Whether a scan refusal is the scan doing its job for a finder that
    /// knows no variants: every hit is a protected name, of a person one of
    /// whose spelling words (the scan's stems, 5 letters or more) begins a
    /// word of a derived form planted in text this audience sees. Shared
    /// surnames count: `Mr Ibraimov` stops the export for every protected
    /// Ibraimov. Anything else is an over-refusal, listed by the test.
    private func explainedByUnknownForms(_ error: LeakError, gold: EvaluationCorpus.Gold, audience: Audience,
                                         finder: EvaluationNameFinder, registry: PersonRegistry) -> Bool {
        guard !finder.derivesVariants, let derived = gold.visibleDerivedNames[audience.rawValue], !derived.isEmpty else { return false }
        let plantedWords = derived.flatMap { Self.words(of: $0.text) }
        return error.hits.allSatisfy { hit in
            guard hit.rule == .protectedName, let id = hit.personID, let person = registry.persons[id] else { return false }
            let stems = Self.stems(of: person)
            return plantedWords.contains { word in stems.contains { word.hasPrefix($0) } }
        }
    }

    /// The leak scan's stems of a person (its rule, restated): every word
    /// of a spelling, and the word without a final vowel, of 5 letters or more.
    private static func stems(of person: RegisteredPerson) -> [String] {
        person.spellings.flatMap(words).flatMap { word in
            word.last.map { "aeiouyаеоуыэяюиьй".contains($0) } == true ? [word, String(word.dropLast())] : [word]
        }.filter { $0.unicodeScalars.count >= LeakScanner.stemLetters }
    }

    private static func words(of text: String) -> [String] {
        EvaluationText.normalized(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
