import Testing
@testable import TamgaCore

/// Red team round 10, over-refusal (E-523, E-541, E-961, E-962, clean-971,
/// clean-974): `tamga summary` was refused on its own template's words (the
/// Kyrgyz header `эркиндигинен ажыратуу` read as D-4 Erkin; English HTML
/// read as N-6 Lyubov Morozova), naming summary lines no document wrote.
/// The scan reads what the documents contribute (`AnnualSummary.scannedText`):
/// every language, audience and format of a clean vault is written, and a
/// name any document puts into the summary (title, facility, tag, released
/// text) is still refused.
@Suite struct CleanSummaryRound10Tests {
    /// The summary of the one round-10 document, scanned as the vault scans it; the persons read, or [] when it passes.
    static func refused(_ vault: Round10Vault, audience: Audience, format: SummaryFormat, language: DocumentLanguage,
                        whole: Bool = false) throws -> Set<String> {
        let projection = try vault.exporter.projector.project(vault.document, for: audience)
        let visit = try SummaryVisit(record: StatisticsRecord(document: vault.document, projected: projection), report: projection)
        let summary = try AnnualSummary(year: 2014, visits: [visit], policy: Fixture.policy, audience: audience, language: language)
        do {
            try vault.exporter.scanner.scan(whole ? summary.rendered(as: format) : summary.scannedText(as: format), format: format.exportFormat,
                                            fileName: "summary-2014.\(audience.rawValue).\(format.fileExtension)",
                                            document: vault.document, audience: audience)
            return []
        } catch {
            return Set(error.hits.map { $0.personID ?? $0.rule.rawValue })
        }
    }

    static let combinations: [(Audience, SummaryFormat, DocumentLanguage)] = [Audience.state, .public].flatMap { audience in
        SummaryFormat.allCases.flatMap { format in DocumentLanguage.allCases.map { (audience, format, $0) } }
    }

    /// Clean bodies: the red team's, and others of the same class (tags, a second section, Kyrgyz and Russian text).
    static let cleanBodies: [(front: String, body: String)] = [
        ("", "## Findings {.public}\n\nAll fine.\n"),
        ("", "## Findings {.public}\n\nTynchtyk Orozbaev was beaten.\n"),
        ("tags: [overcrowding, food]\n", "## Жыйынтык {.public}\n\nБаары жакшы.\n\n## Выводы {.public}\n\nЗамечаний нет.\n"),
        ("title: \"Токтогуловдун ишине байланыштуу баруу\"\n", "## Findings {.public}\n\nAll fine.\n"),
    ]

    @Test func theTemplateIsNoPerson() throws {
        var total = 0, written = 0, writtenBefore = 0
        var refusals: [String] = []
        for (front, body) in Self.cleanBodies {
            let vault = try Round10Vault(body: body, extraFront: front)
            for (audience, format, language) in Self.combinations {
                total += 1
                let persons = try Self.refused(vault, audience: audience, format: format, language: language)
                // Before: the whole rendered summary, template words included, was scanned.
                if try Self.refused(vault, audience: audience, format: format, language: language, whole: true).isEmpty { writtenBefore += 1 }
                if persons.isEmpty { written += 1 } else { refusals.append("\(audience) \(format) \(language) \(persons.sorted()): \(body)") }
            }
        }
        print("CleanSummaryRound10: clean summaries written \(written)/\(total) (whole text scanned, as before: \(writtenBefore)/\(total))")
        #expect(written == total, "\(refusals.joined(separator: "\n"))")
    }

    /// A name a document's projection would carry into the summary (a
    /// projector miss: in the released text, a heading, the title, the
    /// facility or a tag) is still refused, in every language, audience and format.
    static let leakingVisits: [(title: String?, facility: String?, tags: [String], blocks: [ProjectedBlock], person: String)] = [
        (nil, "IVS-1", [], [.paragraph(text: "Эркин Асанов was beaten.")], "D-4"),
        (nil, "IVS-1", [], [.paragraph(text: "Lyubov Morozova called us.")], "N-6"),
        (nil, "IVS-1", [], [.paragraph(text: "Эркинди сабашкан.")], "D-4"),
        (nil, "IVS-1", [], [.heading(rank: 1, text: "Любовь Морозова")], "N-6"),
        ("Visit after Erkin Asanov's complaint", "IVS-1", [], [], "D-4"),
        (nil, "Морозова's house", [], [], "N-6"),
        (nil, "IVS-1", ["morozova-complaint"], [], "N-6"),
        (nil, "IVS-1", [], [.paragraph(text: "Эркиндигинен ажыратылган Эркин Асанов.")], "D-4"),
    ]

    @Test func aNameADocumentContributesIsStillRefused() throws {
        let vault = try Round10Vault()
        var total = 0, caught = 0
        var passed: [String] = []
        for (title, facility, tags, blocks, person) in Self.leakingVisits {
            for (audience, format, language) in Self.combinations {
                let visit = try SummaryTests.visit("T-1", "2014-10-28", facility: facility, tags: tags, title: title, blocks: blocks,
                                                   audience: audience)
                let summary = try AnnualSummary(year: 2014, visits: [visit], policy: Fixture.policy, audience: audience, language: language)
                total += 1
                do {
                    try vault.exporter.scanner.scan(summary.scannedText(as: format), format: format.exportFormat,
                                                    fileName: "summary-2014.\(audience.rawValue).\(format.fileExtension)",
                                                    document: vault.document, audience: audience)
                    passed.append("\(audience) \(format) \(language): \(person) \(blocks) \(title ?? "") \(facility ?? "") \(tags)")
                } catch {
                    if error.hits.contains(where: { $0.personID == person }) { caught += 1 } else { passed.append("\(person): other hits") }
                }
            }
        }
        print("CleanSummaryRound10: names in documents refused \(caught)/\(total)")
        #expect(caught == total, "\(passed.joined(separator: "\n"))")
    }

    /// The text the scan reads keeps every line and every document text where the written summary has it.
    @Test(arguments: SummaryFormat.allCases)
    func theScannedTextKeepsTheLines(format: SummaryFormat) throws {
        let vault = try Round10Vault(body: "## Findings {.public}\n\nAll fine.\n", extraFront: "tags: [overcrowding]\n")
        let projection = try vault.exporter.projector.project(vault.document, for: .public)
        let visit = try SummaryVisit(record: StatisticsRecord(document: vault.document, projected: projection), report: projection)
        let summary = try AnnualSummary(year: 2014, visits: [visit], policy: Fixture.policy, audience: .public, language: .kyrgyz)
        let written = summary.rendered(as: format).split(separator: "\n", omittingEmptySubsequences: false)
        let scanned = summary.scannedText(as: format).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(written.count == scanned.count)
        #expect(scanned.contains { $0.contains("All fine.") } && scanned.contains { $0.contains("overcrowding") })
        #expect(!scanned.contains { $0.contains("эркиндигинен") })
    }
}
