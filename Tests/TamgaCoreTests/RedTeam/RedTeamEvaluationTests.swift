import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// Issue 15's evaluation: the red-team corpus (`RedTeamCorpus`, over a
/// thousand exports) run through the whole export path (projector, then
/// leak scan) with the production name engine, and each export read back
/// by Pandoc as a reader sees it. A leak is a protected text (or six
/// digits of an identifier) readable in an export that was written; a
/// refusal of a clean document is an over-refusal. The figures are printed
/// and, with TAMGA_WRITE_EVALUATION=1, written to docs/redaction-evaluation.md.
@Suite struct RedTeamEvaluationTests {
    static let audiences: [Audience] = [.state, .public]

    @Test func recallPerClassAndOverRefusal() throws {
        let cases = RedTeamCorpus.generate()
        var tally = RedTeamTally()
        var documents: [String: Document] = [:]
        var intakeErrors: [String: String] = [:]
        for item in cases {
            do {
                documents[item.id] = try DocumentParser.parse(text: item.source, file: "\(item.id).md").validated(against: Fixture.policy)
            } catch {
                intakeErrors[item.id] = "\(error)"
            }
        }
        let all = documents.values.sorted { $0.id < $1.id }
        let registry = try PersonRegistry(documents: all)
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: bestNameFinder(persons: registry.personNames),
                                sensitive: all.flatMap(\.sensitive))
        var written: [(item: RedTeamCase, audience: Audience, format: ExportFormat, text: String)] = []
        for (index, item) in cases.enumerated() {
            for audience in Self.audiences {
                let formats: [ExportFormat] = index % 5 == 0 ? [.markdown, .html] : [.markdown]
                for format in formats {
                    guard let document = documents[item.id] else {
                        tally.record(item.kind, item.form) { item.kind == .clean ? ($0.overRefused += 1) : ($0.refused += 1) }
                        if item.kind == .clean { tally.overRefusals.append("\(item.id) \(item.form): refused at add: \(intakeErrors[item.id] ?? "")") }
                        continue
                    }
                    do {
                        written.append((item, audience, format, try exporter.export(document, for: audience, as: format).text))
                    } catch let error as any UserFacingError {
                        tally.record(item.kind, item.form) { item.kind == .clean ? ($0.overRefused += 1) : ($0.refused += 1) }
                        if item.kind == .clean { tally.overRefusals.append("\(item.id) \(audience) \(item.form): \(error.message)") }
                    }
                }
            }
        }
        for format in [ExportFormat.markdown, .html] {
            let batch = written.filter { $0.format == format }
            let texts = try RedTeamReader.plainTexts(batch.map(\.text), html: format == .html)
            for (export, text) in zip(batch, texts) {
                let reader = EvaluationText.normalized(text)
                let item = export.item
                if item.kind == .clean {
                    let lost = item.survive.filter { !EvaluationText.containsWords(reader, EvaluationText.normalized($0)) }
                    tally.record(item.kind, item.form) { lost.isEmpty ? ($0.exported += 1) : ($0.overRedacted += 1) }
                    if !lost.isEmpty { tally.overRefusals.append("\(item.id) \(export.audience) \(item.form): lost \(lost)") }
                    continue
                }
                let shown = item.protected.filter { EvaluationText.containsWords(reader, EvaluationText.normalized($0)) }
                    + item.protectedDigits.filter { RedTeamReader.showsDigits(text, $0) }
                tally.record(item.kind, item.form) { shown.isEmpty ? ($0.replaced += 1) : ($0.leaked += 1) }
                if !shown.isEmpty {
                    // The planted text is synthetic: shown to whoever runs the evaluation, to see what leaked.
                    let planted = ProcessInfo.processInfo.environment["TAMGA_EVALUATION_VERBOSE"] == "1" ? ": \(shown)" : ""
                    tally.leaks.append("\(item.id) \(export.audience) \(format.rawValue) \(item.kind.rawValue) / \(item.form)\(planted)")
                }
            }
        }
        print("red-team evaluation: \(cases.count) documents, \(tally.byForm.values.flatMap(\.values).map(\.attempts).reduce(0, +)) exports")
        print(tally.report)
        for leak in tally.leaks.prefix(40) { print("  leak: \(leak)") }
        for refusal in tally.overRefusals.prefix(40) { print("  over-refusal: \(refusal)") }
        if ProcessInfo.processInfo.environment["TAMGA_WRITE_EVALUATION"] == "1" {
            try RedTeamEvaluationDocument.write(tally, documents: cases.count)
        }
        #expect(cases.count >= 1000)
        for kind in RedTeamCase.Kind.allCases where kind != .clean {
            #expect(tally.total(kind).leaked <= RedTeamEvaluationDocument.leakCeiling[kind] ?? 0, "\(kind.rawValue): \(tally.total(kind).leaked) leaks")
        }
        let clean = tally.total(.clean)
        #expect(clean.overRefused + clean.overRedacted <= RedTeamEvaluationDocument.overRefusalCeiling, "clean corpus: \(clean)")
    }
}
