import Foundation
import Testing
@testable import TamgaCore

@Suite struct StatisticsTableTests {
    typealias F = StatisticsFixture

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static let records = [
        StatisticsRecord(id: "A", kind: "visit-report", facility: "IVS-1", date: date("2014-03-02"), tags: ["overcrowding", "medical-care"]),
        StatisticsRecord(id: "B", kind: "visit-report", facility: "IVS-1", date: date("2014-03-20"), tags: ["overcrowding"]),
        StatisticsRecord(id: "C", kind: "interview", facility: "SIZO-1", date: date("2014-05-01"), tags: []),
        StatisticsRecord(id: "D", kind: "visit-report", facility: nil, date: date("2014-06-30"), tags: ["medical-care", "medical-care"]),
        StatisticsRecord(id: "E", kind: "visit-report", facility: "SIZO-1", date: date("2015-01-10"), tags: ["overcrowding"]),
    ]

    @Test func facilityByTagCountsADocumentOnceUnderEachTag() throws {
        let query = try StatisticsQuery(rows: .facility, columns: .tag, to: Self.date("2014-12-31"))
        let counts = query.count(Self.records)
        #expect(counts.rowLabels == ["IVS-1", "SIZO-1", StatisticsDimension.noFacility])
        #expect(counts.columnLabels == ["medical-care", "overcrowding"])
        #expect(counts[F.position(0, 0)] == 1)
        #expect(counts[F.position(0, 1)] == 2)
        // A tag repeated in one document counts once; C has no tags.
        #expect(counts[F.position(2, 0)] == 1)
        #expect(counts[F.position(1, nil)] == 0)
        #expect(counts[F.position(0, nil)] == 3)
        #expect(counts[.grandTotal] == 4)
    }

    @Test(arguments: [
        ("2014-03-02", "2014-03-20", 2),
        ("2014-03-03", "2014-06-30", 3),
        ("2015-01-10", "2015-01-10", 1),
        ("2016-01-01", "2016-12-31", 0),
    ])
    func dateRangeIsInclusive(from: String, to: String, expected: Int) throws {
        let query = try StatisticsQuery(rows: .kind, from: Self.date(from), to: Self.date(to))
        #expect(query.count(Self.records)[.grandTotal] == expected)
    }

    @Test func monthsRunWithoutGapsOverTheRange() throws {
        let query = try StatisticsQuery(rows: .month, from: Self.date("2014-02-15"), to: Self.date("2014-07-01"))
        let counts = query.count(Self.records)
        #expect(counts.rowLabels == ["2014-02", "2014-03", "2014-04", "2014-05", "2014-06", "2014-07"])
        #expect((0..<6).map { counts[F.position($0, nil)] } == [0, 2, 0, 1, 1, 0])
        let open = try StatisticsQuery(rows: .month).count(Self.records)
        #expect(open.rowLabels.first == "2014-03")
        #expect(open.rowLabels.last == "2015-01")
        #expect(open.rowLabels.count == 11)
    }

    @Test func queryRefusesTheSameDimensionTwiceAndAnEmptyRange() {
        let same = #expect(throws: StatisticsError.self) { try StatisticsQuery(rows: .tag, columns: .tag) }
        #expect(same?.code == .sameDimensionTwice)
        let range = #expect(throws: StatisticsError.self) {
            try StatisticsQuery(rows: .tag, from: Self.date("2014-02-01"), to: Self.date("2014-01-31"))
        }
        #expect(range?.code == .emptyDateRange)
        #expect(range?.failureClass == .badInput)
    }

    // MARK: Rendering

    static func published() throws -> StatisticsTable {
        let query = try StatisticsQuery(rows: .facility, columns: .tag)
        let counts = CountTable(query: query, rowLabels: ["IVS-1", "SIZO \"Ak, Bulak\""], columnLabels: ["medical-care", "overcrowding"],
                                cells: [[3, 10], [12, 9]])
        return StatisticsTable(counts: counts, audience: .public, disclosure: .suppressed(threshold: 5))
    }

    @Test func textIsAlignedAndExplainsEverySuppression() throws {
        let expected = """
            Tag mentions by facility and tag
            Audience: public (counts below 5 suppressed)

            facility \\ tag    medical-care  overcrowding  Total
            IVS-1                       <5             x     13
            SIZO "Ak, Bulak"             x             x     21
            Total                       15            19     34

            A document counts once under each of its tags, so counts and totals are tag mentions, not documents; totals add up the counts shown in their row or column.
            "<5": a count from 1 to 4, suppressed. "x": suppressed so that a suppressed count cannot be worked out from the totals.

            Suppressed:
              IVS-1 / medical-care: below the threshold of 5
              IVS-1 / overcrowding: protects IVS-1 / medical-care
              SIZO "Ak, Bulak" / medical-care: protects IVS-1 / medical-care
              SIZO "Ak, Bulak" / overcrowding: protects IVS-1 / medical-care

            """
        #expect(try Self.published().text == expected)
    }

    @Test func csvFollowsRFC4180WithEmptySuppressedFieldsAndNotes() throws {
        let csv = try Self.published().csv
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines == [
            "facility \\ tag,medical-care,overcrowding,Total,notes",
            "IVS-1,,,13,medical-care: below the threshold of 5; overcrowding: protects IVS-1 / medical-care",
            "\"SIZO \"\"Ak, Bulak\"\"\",,,21,medical-care: protects IVS-1 / medical-care; overcrowding: protects IVS-1 / medical-care",
            "Total,15,19,34,",
            "",
        ])
        #expect(!csv.contains("\n") || csv.components(separatedBy: "\n").dropLast().allSatisfy { $0.hasSuffix("\r") })
    }

    @Test func jsonFollowsTheSchemaAndHoldsNoSuppressedValue() throws {
        let json = try Self.published().json
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "tamga-statistics")
        #expect(object["version"] as? Int == 1)
        #expect(object["audience"] as? String == "public")
        #expect(object["threshold"] as? Int == 5)
        #expect(object["from"] is NSNull)
        let rows = try #require(object["rows"] as? [String: Any])
        #expect(rows["dimension"] as? String == "facility")
        let cells = try #require(object["cells"] as? [[String: Any]])
        #expect(cells.count == 9)
        let first = cells[0]
        #expect(first["row"] as? String == "IVS-1")
        #expect(first["count"] is NSNull)
        #expect((first["suppressed"] as? [String: Any])?["reason"] as? String == "below-threshold")
        let second = try #require(cells[1]["suppressed"] as? [String: Any])
        #expect(second["reason"] as? String == "protects")
        #expect(second["row"] as? String == "IVS-1")
        #expect(second["column"] as? String == "medical-care")
        let total = cells[8]
        #expect(total["row"] is NSNull && total["column"] is NSNull)
        #expect(total["count"] as? Int == 34)
        for cell in cells where !(cell["suppressed"] is NSNull) {
            #expect(cell["count"] is NSNull)
        }
    }

    @Test func oneDimensionalRenderingHasOneCountColumn() throws {
        let query = try StatisticsQuery(rows: .kind)
        let table = StatisticsTable(counting: Self.records, query: query, for: .state, policy: Fixture.policy)
        #expect(table.csv == "kind,documents,notes\r\ninterview,1,\r\nvisit-report,4,\r\nTotal,5,\r\n")
        #expect(table.text.contains("Audience: state (exact counts)"))
        #expect(!table.json.contains("\"columns\" : {"))
    }
}
