import Testing
@testable import TamgaCore

/// Recommendations as data: the catalogue, status derived from histories, repeats.
@Suite struct RecommendationTests {
    static func document(_ id: String, date: String, facility: String = "IVS-1", body: String) throws -> Document {
        let text = "---\nid: \(id)\nkind: visit-report\ndate: \(date)\nfacility: \(facility)\nlevel: public\n---\n\n\(body)\n"
        return try DocumentParser.parse(text: text, file: "\(id).md").validated(against: try ShippedPolicy.load())
    }

    static func event(_ kind: RecommendationEvent.Kind, date: String, status: RecommendationStatus? = nil,
                      finding: VerificationFinding? = nil, recorded: String = "2020-01-01T00:00:00Z") -> RecommendationEvent {
        RecommendationEvent(kind: kind, recommendation: "R-1", date: date, from: "Ministry", status: status,
                            visit: kind == .verification ? "VR-9" : nil, finding: finding, level: .state, recorded: recorded)
    }

    @Test func catalogueReadsIdsAttributesAndMultiLineSpans() throws {
        let doc = try Self.document("VR-1", date: "2014-10-28", body: """
        1. [Reduce occupancy to the official capacity
           of each cell.]{.recommendation #R-1 to="Ministry of Interior" theme=overcrowding}
        2. [Keep registers.]{.recommendation #R-2}
        """)
        let catalog = try RecommendationCatalog(documents: [doc])
        #expect(catalog.records.map(\.id) == ["R-1", "R-2"])
        let first = try #require(catalog.record("R-1"))
        #expect(first.addressee == "Ministry of Interior")
        #expect(first.theme == "overcrowding")
        #expect(first.facility == "IVS-1")
        #expect(first.report == "VR-1" && first.date == "2014-10-28" && first.level == .public)
        #expect(first.text.contains("official capacity") && first.text.contains("of each cell"))
        #expect(catalog.record("R-2")?.addressee == nil)
    }

    @Test func aDuplicateIdWithOtherTextNamesBothPlaces() throws {
        let a = try Self.document("VR-1", date: "2014-01-01", body: "[Do this.]{.recommendation #R-1}")
        let b = try Self.document("VR-2", date: "2015-01-01", body: "\n\n[Do that.]{.recommendation #R-1}")
        let error = try #require(throws: RecommendationError.self) { try RecommendationCatalog(documents: [a, b]) }
        #expect(error.message.contains("VR-1.md:") && error.message.contains("VR-2.md:"), "\(error.message)")
        #expect(!error.message.contains("Do th"))
        // The same text twice (a document re-added) is no clash.
        #expect(try RecommendationCatalog(documents: [a, a]).records.count == 1)
    }

    @Test(arguments: [
        ([], RecommendationStatus.noResponse),
        ([event(.response, date: "2015-01-01", status: .accepted)], .accepted),
        ([event(.response, date: "2015-01-01", status: .accepted), event(.response, date: "2015-06-01", status: .inProgress)], .inProgress),
        ([event(.response, date: "2015-06-01", status: .implemented), event(.verification, date: "2016-03-01", finding: .notImplemented)], .notImplemented),
        ([event(.verification, date: "2016-03-01", finding: .partially), event(.response, date: "2015-06-01", status: .rejected)], .partiallyImplemented),
        ([event(.response, date: "2015-01-01", status: .accepted, recorded: "2020-01-02T00:00:00Z"),
          event(.response, date: "2015-01-01", status: .rejected, recorded: "2020-01-01T00:00:00Z")], .accepted),
    ])
    func statusIsDerivedFromTheLatestEvent(_ events: [RecommendationEvent], _ expected: RecommendationStatus) {
        #expect(RecommendationEvent.status(of: events) == expected)
    }

    @Test func repeatsBySameAddresseeFacilityAndTheme() throws {
        let a = try Self.document("VR-1", date: "2014-01-01", body: "[Repair ventilation.]{.recommendation #R-1 to=\"GSIN\" theme=conditions}")
        let b = try Self.document("VR-2", date: "2016-01-01", body: "[Install fans in every cell.]{.recommendation #R-7 to=\"GSIN\" theme=conditions}")
        let c = try Self.document("VR-3", date: "2016-02-01", facility: "SIZO-1",
                                  body: "[Install fans in every cell.]{.recommendation #R-8 to=\"GSIN\" theme=other}")
        let repeats = RepeatDetector.repeats(in: try RecommendationCatalog(documents: [a, b, c]).records)
        #expect(repeats.contains { $0.earlier == "R-1" && $0.later == "R-7" && $0.reason.contains("addressee") && $0.earlierYear == "2014" })
        #expect(repeats.contains { $0.earlier == "R-7" && $0.later == "R-8" && $0.reason.contains("text") })
        #expect(!repeats.contains { $0.earlier == "R-1" && $0.later == "R-8" })
    }

    @Test(arguments: [
        ("Ensure a medical examination of every person on admission.", "Ensure a medical examination of every detainee on admission.", true),
        ("Ensure a medical examination of every person on admission.", "Reduce occupancy to the official capacity.", false),
        ("Обеспечить регистрацию всех жалоб задержанных.", "Обеспечить регистрацию всех жалоб задержанных лиц.", true),
    ])
    func nearlyTheSameText(_ a: String, _ b: String, _ expected: Bool) {
        #expect((RepeatDetector.similarity(a, b) >= RepeatDetector.similarityThreshold) == expected)
    }

    @Test func theFollowUpReportEscapesAndListsHistory() throws {
        let record = RecommendationRecord(id: "R-1", text: "Use <b>care</b>", report: "VR-1", date: "2014-01-01", facility: "F",
                                          addressee: "GSIN", theme: "t", level: .public, place: "VR-1.md:3")
        let report = FollowUpReport(addressee: "GSIN", classification: "SHARED WITH STATE AUTHORITIES", date: "2016-01-01",
                                    items: [.init(record: record, text: record.text, status: .accepted,
                                                  events: [Self.event(.response, date: "2015-01-01", status: .accepted)])])
        let html = report.html()
        #expect(html.contains("Use &lt;b&gt;care&lt;/b&gt;"))
        #expect(html.contains("SHARED WITH STATE AUTHORITIES"))
        #expect(report.markdown().contains("2015-01-01: response from Ministry: accepted"))
    }
}
