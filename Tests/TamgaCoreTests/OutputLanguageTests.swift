import Testing
@testable import TamgaCore

/// The annual summary, the follow-up report and the preview print their own
/// words in the language asked for, else in the language most of their
/// documents are in (issue 19.13): a Russian or Kyrgyz output holds the
/// catalogue's words and none of the English headings.
@Suite struct OutputLanguageTests {
    /// A visit whose report is in `language`, in month `month` of 2014.
    static func visit(_ id: String, month: Int, language: DocumentLanguage, tags: [String] = ["overcrowding"]) throws -> SummaryVisit {
        let date = "2014-\(month < 10 ? "0" : "")\(month)-05"
        var visit = try SummaryTests.visit(id, date, tags: tags, title: "Report \(id)", blocks: [.paragraph(text: "Cells were full.")])
        var report = visit.report
        report.language = language
        visit = try SummaryVisit(record: visit.record, report: report)
        return visit
    }

    static let englishHeadings = ["Annual summary", "Visits and findings per month", "Findings by theme and month", "Place of detention",
                                  "Only the parts", "| Month |", "Total", "October", "This summary", "Classification"]

    @Test(arguments: [DocumentLanguage.russian, .kyrgyz], [SummaryFormat.markdown, .html])
    func theSummarySpeaksTheLanguageAskedFor(language: DocumentLanguage, format: SummaryFormat) throws {
        let visits = try [Self.visit("V-1", month: 10, language: .english), Self.visit("V-2", month: 11, language: .english)]
        let summary = try AnnualSummary(year: 2014, visits: visits, policy: Fixture.policy, audience: .public, language: language)
        let text = summary.rendered(as: format)
        let words = ExportCatalogue.for(language).summary
        for word in [words.title(2014), words.visitsHeading, words.chartHeading, words.findingsHeading, words.reportsHeading,
                     words.place, words.total, words.months[9], words.releasedOnly, words.corner, words.mentionsLegend] {
            #expect(text.contains(HTMLRenderer.escape(word)), "\(language) \(format): \(word)")
        }
        #expect(text.contains(ExportCatalogue.for(language).policyTexts.audiences[.public]!.banner))
        for english in Self.englishHeadings { #expect(!text.contains(english), "\(language) \(format): \(english)") }
        if format == .html {
            #expect(text.contains(words.findingsCaption(2014)))
            #expect(text.contains("<html lang=\"\(language.rawValue)\">"))
            #expect(text.contains(">\(words.shortMonths[9])</text>") && !text.contains(">Oct</text>"))
        }
    }

    /// Without `--lang`: the language most of the visit reports are in; a tie is English.
    @Test func theSummaryDefaultsToTheReportsMajorityLanguage() throws {
        let russian = try AnnualSummary(year: 2014, visits: [Self.visit("V-1", month: 1, language: .russian),
                                                             Self.visit("V-2", month: 2, language: .russian),
                                                             Self.visit("V-3", month: 3, language: .english)],
                                        policy: Fixture.policy, audience: .public)
        #expect(russian.language == .russian)
        #expect(russian.rendered(as: .markdown).hasPrefix("# Годовая сводка за 2014 год\n"))
        let tie = try AnnualSummary(year: 2014, visits: [Self.visit("V-1", month: 1, language: .kyrgyz),
                                                         Self.visit("V-2", month: 2, language: .russian)],
                                    policy: Fixture.policy, audience: .public)
        #expect(tie.language == .english)
        #expect(tie.rendered(as: .markdown).hasPrefix("# Annual summary 2014\n"))
    }

    @Test func theMajorityLanguage() {
        #expect(DocumentLanguage.majority(of: []) == .english)
        #expect(DocumentLanguage.majority(of: [.kyrgyz]) == .kyrgyz)
        #expect(DocumentLanguage.majority(of: [.kyrgyz, .russian, .kyrgyz]) == .kyrgyz)
        #expect(DocumentLanguage.majority(of: [.kyrgyz, .russian]) == .english)
        #expect(DocumentLanguage.majority(of: [.english, .russian, .russian, .english]) == .english)
    }

    static func followUp(_ language: DocumentLanguage) -> FollowUpReport {
        let record = RecommendationRecord(id: "R-1", text: "Обеспечить осмотр врача.", report: "VR-1", date: "2014-01-01", facility: "СИЗО-1",
                                          addressee: "Минздрав", theme: "medical-care", level: .public, place: "VR-1.md:3")
        let other = RecommendationRecord(id: "R-2", text: "Вести журнал.", report: "VR-1", date: "2014-01-01", facility: "СИЗО-1",
                                         addressee: "Минздрав", theme: "other", level: .public, place: "VR-1.md:4")
        return FollowUpReport(addressee: "Минздрав", classification: "ПЕРЕДАНО ГОСУДАРСТВЕННЫМ ОРГАНАМ", date: "2016-01-01", items: [
            .init(record: record, text: record.text, status: .partiallyImplemented,
                  events: [RecommendationTests.event(.response, date: "2015-01-01", status: .accepted),
                           RecommendationTests.event(.verification, date: "2015-03-17", finding: .partially)]),
            .init(record: other, text: other.text, status: .noResponse, events: []),
        ], language: language)
    }

    @Test(arguments: [DocumentLanguage.russian, .kyrgyz])
    func theFollowUpReportSpeaksTheLanguageAskedFor(language: DocumentLanguage) {
        let words = ExportCatalogue.for(language).followUp
        for text in [Self.followUp(language).markdown(), Self.followUp(language).html()] {
            for word in [words.title("Минздрав"), words.openCount, words.status, words.noResponse, words.response("Ministry"),
                         words.verification("VR-9"), words.statuses[.partiallyImplemented]!, words.statuses[.accepted]!,
                         words.findings[.partially]!] {
                #expect(text.contains(word), "\(language): \(word)")
            }
            for english in ["Follow-up of", "Status", "No response recorded", "response from", "found it", "Facility", "Open recommendations",
                            "partially-implemented", "accepted"] {
                #expect(!text.contains(english), "\(language): \(english)")
            }
        }
        #expect(Self.followUp(language).html().contains("<html lang=\"\(language.rawValue)\">"))
        // `rec show` keeps its English lines.
        #expect(FollowUpReport.describe(RecommendationTests.event(.response, date: "2015-01-01", status: .accepted))
                    == "2015-01-01: response from Ministry: accepted")
    }

    /// A Russian document whose detainee is pseudonymized and a passage withheld.
    static func russianDocument() throws -> Document {
        try Fixture.parse(front: "level: public\npersons:\n  D-1:\n    name: Айбек Садыков\n    role: detainee\n    consent: []\n",
                          body: "\nСо слов Айбек Садыков, камеры переполнены.\n\n[Дежурный говорил не для протокола.]{.internal}\n")
    }

    @Test(arguments: [DocumentLanguage?.none, .russian, .kyrgyz])
    func thePreviewSpeaksTheLanguageAskedForElseTheDocuments(asked: DocumentLanguage?) throws {
        let document = try Self.russianDocument()
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: ExactNameFinder(persons: registry.personNames), sensitive: [])
        let columns = [Audience.internal, .state, .public].map { PreviewColumn.make(document, for: $0, exporter: exporter) }
        let html = PreviewRenderer.render(document, columns: columns, language: asked)
        let language = asked ?? .russian
        let words = ExportCatalogue.for(language).preview
        for word in [words.banner, words.heading("T-1"), words.note, words.rulesApplied, words.labels["person"]!("detainee"),
                     words.labels["level"]!("block"), words.explanations["person"]!("detainee")] {
            #expect(html.contains(HTMLRenderer.escape(word)), "\(language): \(word)")
        }
        for english in ["NPM INTERNAL — REVIEW COPY", "Preview of", "Rules that applied", "pseudonym:", "withheld:", "This page"] {
            #expect(!html.contains(english), "\(language): \(english)")
        }
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
    }

    @Test(arguments: DocumentLanguage.allCases)
    func everyLanguageHasEveryWord(language: DocumentLanguage) {
        let catalogue = ExportCatalogue.for(language)
        #expect(catalogue.summary.months.count == 12 && catalogue.summary.shortMonths.count == 12)
        #expect(Set(catalogue.followUp.statuses.keys) == Set(RecommendationStatus.allCases))
        #expect(Set(catalogue.followUp.findings.keys) == Set(VerificationFinding.allCases))
        let rules: Set = ["level", "person", "named", "sensitive", "detector", "overlap"]
        #expect(Set(catalogue.preview.labels.keys) == rules && Set(catalogue.preview.explanations.keys) == rules)
    }

    /// The new words are never read as a protected name: a Russian and a
    /// Kyrgyz summary and follow-up report pass the scan of a vault of
    /// hundreds of Kyrgyz and Russian detainees (as the exports' own words do,
    /// `CatalogueTextScanTests`).
    @Test(arguments: [DocumentLanguage.russian, .kyrgyz])
    func theWordsPassTheLeakScanOfABigVault(language: DocumentLanguage) throws {
        let visits = try (1...12).map { try Self.visit("V-\($0)", month: $0, language: language, tags: ["overcrowding", "medical-care"]) }
        let summary = try AnnualSummary(year: 2014, visits: visits, policy: Fixture.policy, audience: .public)
        let document = try Fixture.parse(front: "level: public\n", body: "\nКамеры переполнены.\n")
        let scanner = CatalogueTextScanTests.exporter.scanner
        for (text, format) in [(summary.rendered(as: .html), ExportFormat.html), (summary.rendered(as: .markdown), .markdown),
                               (Self.followUp(language).html(), .html), (Self.followUp(language).markdown(), .markdown)] {
            #expect(throws: Never.self, "\(language) \(format)") {
                try scanner.scan(text, format: format, fileName: "summary.\(format.fileExtension)", document: document, audience: .public)
            }
        }
    }
}
