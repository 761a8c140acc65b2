import Testing
@testable import TamgaCore

@Suite struct ProjectorExampleTests {
    let vault: ExampleVault

    init() throws { vault = try ExampleVault() }

    @Test func visitReportForTheState() throws {
        let text = try vault.export("VR-2014-017", .state)
        for leaked in ["Sadykov", "Садыков", "Aibek", "cell 14", "night-shift duty officer", "INT-2014-044", "fears reprisals"] {
            #expect(!text.contains(leaked), "leaked \(leaked)")
        }
        #expect(text.contains("Temir Osmonov"))
        #expect(text.contains("Detainee A, showed the team bruising"))
        #expect(text.contains("31 °C in [withheld]."))
        #expect(text.contains("[A passage was withheld.]"))
        #expect(text.contains("Investigate promptly every allegation of ill-treatment."))
        #expect(text.contains("- Classification: SHARED WITH STATE AUTHORITIES"))
        #expect(text.contains("# Visit to Temporary Detention Facility No. 1, Bishkek"))
    }

    @Test func visitReportForThePublic() throws {
        let text = try vault.export("VR-2014-017", .public)
        for leaked in ["Sadykov", "Osmonov", "Cells designed for four", "cell 14", "beaten"] {
            #expect(!text.contains(leaked), "leaked \(leaked)")
        }
        #expect(text.contains("On 28 October 2014 a team of two monitors"))
        #expect(text.contains("[Section withheld.]"))
        #expect(text.contains("Reduce occupancy to the official capacity of each cell."))
    }

    @Test func visitReportInternalIsComplete() throws {
        let text = try vault.export("VR-2014-017", .internal)
        for kept in ["Aibek Sadykov", "cell 14", "night-shift duty officer", "Temir Osmonov", "Mr Sadykov asked"] {
            #expect(text.contains(kept))
        }
        #expect(!text.contains("{.internal}"))
        #expect(!text.contains(":::"))
        #expect(text.contains("- Authors: Gulnara Abdyldaeva, Nurlan Toktogulov"))
    }

    @Test func interviewForTheStateShowsOnlyTheObservations() throws {
        let projection = try vault.projector.project(#require(vault.documents["INT-2014-044"]), for: .state)
        let text = projection.rendered(as: .markdown)
        #expect(text.contains("The monitors observed bruising consistent with the account."))
        for leaked in ["Sadykov", "02.03.1991", "2345678", "555 123", "plastic bottle", "mother"] {
            #expect(!text.contains(leaked), "leaked \(leaked)")
        }
        #expect(projection.manifest.counts.contains { $0.rule == "level" && $0.category == "block" })
    }

    @Test func interviewIsRefusedForThePublic() throws {
        let error = #expect(throws: ProjectionError.self) {
            try vault.projector.project(#require(vault.documents["INT-2014-044"]), for: .public)
        }
        #expect(error?.code == .aboveCeiling)
        #expect(error?.failureClass == .refused)
    }

    @Test func interviewInternalKeepsTheDetectorMatches() throws {
        let text = try vault.export("INT-2014-044", .internal)
        #expect(text.contains("born 02.03.1991, passport ID 2345678"))
        #expect(text.contains("+996 555 123 456"))
    }

    @Test func russianReportPseudonymizesEveryForm() throws {
        let text = try vault.export("VR-2014-021", .state)
        #expect(!text.contains("Эрмек Жумабаев"))
        // The pseudonym speaks the report's language (issue 19.13) and takes
        // in the author's own "Задержанный" before the name: one role word.
        #expect(text.contains("Задержанный A сообщил"))
        #expect(!text.contains("Задержанный Задержанный"))
        #expect(!text.contains("Detainee"))
        let publicText = try vault.export("VR-2014-021", .public)
        #expect(publicText.contains("3 ноября 2014 года мониторинговая группа посетила"))
        #expect(!publicText.contains("Жумабаев"))
    }

    @Test(arguments: ExportFormat.allCases)
    func everyFormatCarriesTheBannerAndNoSecret(format: ExportFormat) throws {
        let text = try vault.export("VR-2014-017", .state, as: format)
        #expect(text.contains("SHARED WITH STATE AUTHORITIES"))
        #expect(!text.contains("Sadykov"))
        #expect(!text.contains("cell 14"))
    }

    @Test func disclosureRecordsNamesAndPseudonyms() throws {
        let projection = try vault.projector.project(#require(vault.documents["VR-2014-017"]), for: .state)
        #expect(projection.disclosure.namedPersonIDs == ["O-0007"])
        #expect(projection.disclosure.pseudonyms == ["D-0042": "Detainee A"])
    }
}
