import Testing
@testable import TamgaCore

@Suite struct LeakScannerTests {
    let vault: ExampleVault

    init() throws { vault = try ExampleVault() }

    var scanner: LeakScanner {
        LeakScanner(policy: Fixture.policy, registry: vault.registry, names: ExactNameFinder(persons: vault.registry.personNames),
                    sensitive: vault.documents.values.flatMap(\.sensitive))
    }

    static let exportable: [(String, Audience)] = [
        ("VR-2014-017", .state), ("VR-2014-017", .public), ("INT-2014-044", .state), ("VR-2014-021", .public),
    ]

    /// The fallback finder knows only the declared spellings, so the State
    /// export of the Russian report keeps Жумабаеву and Жумабаева: the scan's
    /// stem rule refuses it. (The name engine's `NameMatcher` replaces them.)
    @Test func inflectedNamesTheFallbackFinderMissesStopTheExport() throws {
        let document = try #require(vault.documents["VR-2014-021"])
        let text = try vault.export("VR-2014-021", .state)
        #expect(text.contains("Задержанный A"))
        let error = #expect(throws: LeakError.self) {
            try scanner.scan(text, format: .markdown, fileName: "x.md", document: document, audience: .state)
        }
        #expect(error?.hits.map(\.personID) == ["D-0051"])
        #expect(error?.message.contains("Жумабаев") == false)
    }

    @Test(arguments: ["Mr Sadykov", "Садыковым", "Садыковдун", "Sadykov's"])
    func surnamesAloneAndInflectedAreCaught(planted: String) throws {
        let document = try #require(vault.documents["VR-2014-017"])
        let text = try vault.export("VR-2014-017", .state) + "\n\(planted) said.\n"
        let error = #expect(throws: LeakError.self) {
            try scanner.scan(text, format: .markdown, fileName: "x.md", document: document, audience: .state)
        }
        #expect(error?.hits.map(\.personID) == ["D-0042"])
    }

    @Test(arguments: exportable, ExportFormat.allCases)
    func correctExportsPassTheScan(example: (String, Audience), format: ExportFormat) throws {
        let document = try #require(vault.documents[example.0])
        let exporter = Exporter(policy: Fixture.policy, registry: vault.registry,
                                names: ExactNameFinder(persons: vault.registry.personNames),
                                sensitive: vault.documents.values.flatMap(\.sensitive))
        let export = try exporter.export(document, for: example.1, as: format)
        #expect(export.fileName == "\(example.0).\(example.1.rawValue).\(format.rawValue)")
    }

    /// Renders through a projector with one step switched off and returns
    /// the scan's hits (none if the scan passed).
    func hitsThroughBrokenProjector(_ id: String, _ audience: Audience, _ fault: Projector.TestOnlyFault,
                                    format: ExportFormat = .markdown) throws -> [LeakHit] {
        var broken = vault.projector
        broken.testOnlyFaults = [fault]
        let document = try #require(vault.documents[id])
        let text = try broken.project(document, for: audience).rendered(as: format)
        do {
            try scanner.scan(text, format: format, fileName: "out.\(format.rawValue)", document: document, audience: audience)
            return []
        } catch {
            #expect(!error.message.contains("Sadykov") && !error.message.contains("cell 14") && !error.message.contains("555"))
            return error.hits
        }
    }

    @Test(arguments: ExportFormat.allCases)
    func withheldTextPastTheProjectorIsCaught(format: ExportFormat) throws {
        let hits = try hitsThroughBrokenProjector("VR-2014-017", .state, .keepWithheldText, format: format)
        // The internal div (source line 39) is rendered as if visible.
        #expect(hits.contains { $0.rule == .withheldText && $0.sourceLine == 39 })
        // "Mr Sadykov" in that passage is also a protected surname.
        #expect(hits.allSatisfy { $0.rule == .withheldText || ($0.rule == .protectedName && $0.personID == "D-0042") })
    }

    @Test(arguments: ExportFormat.allCases)
    func namesPastTheProjectorAreCaught(format: ExportFormat) throws {
        let hits = try hitsThroughBrokenProjector("VR-2014-017", .state, .skipNames, format: format)
        #expect(hits.contains { $0.rule == .protectedName && $0.personID == "D-0042" })
        #expect(!hits.contains { $0.personID == "O-0007" })
    }

    @Test(arguments: ExportFormat.allCases)
    func sensitiveStringsPastTheProjectorAreCaught(format: ExportFormat) throws {
        let document = try Fixture.parse(front: "level: state\nsensitive: [block B]\n", body: "Held in block B, then moved.\n")
        let vault = try ExampleVault(extra: [document])
        var broken = vault.projector
        broken.testOnlyFaults = [.skipSensitive]
        let text = try broken.project(document, for: .state).rendered(as: format)
        let error = #expect(throws: LeakError.self) {
            try scanner.scan(text, format: format, fileName: "x", document: document, audience: .state)
        }
        #expect(Set(error?.hits.map(\.rule) ?? []) == [.sensitiveString])
    }

    @Test(arguments: ExportFormat.allCases)
    func detectorMatchesPastTheProjectorAreCaught(format: ExportFormat) throws {
        let document = try Fixture.parse(front: "level: state\n", body: "Call +996 555 123 456 or ID 2345678; born 02.03.1991.\n")
        var broken = vault.projector
        broken.testOnlyFaults = [.skipDetectors]
        let text = try broken.project(document, for: .state).rendered(as: format)
        let error = #expect(throws: LeakError.self) {
            try scanner.scan(text, format: format, fileName: "x", document: document, audience: .state)
        }
        #expect(Set(error?.hits.compactMap(\.detector) ?? []) == [.phoneNumber, .documentNumber, .birthDate])
        #expect(error?.failureClass == .refused)
    }

    @Test(arguments: [
        "Aibek Sady\u{200B}kov", "Aibek\u{A0}Sadykov", "AIBEK SADYKOV", "Aibek S\u{0430}dykov", "Aibek\nSadykov", "Айбек Садыков",
    ])
    func disguisedNamesAreCaught(planted: String) throws {
        let document = try #require(vault.documents["VR-2014-017"])
        let text = try vault.export("VR-2014-017", .state) + "\nAlso seen: \(planted).\n"
        let error = #expect(throws: LeakError.self) {
            try scanner.scan(text, format: .markdown, fileName: "x.md", document: document, audience: .state)
        }
        #expect(error?.hits.contains { $0.rule == .protectedName && $0.personID == "D-0042" } == true)
    }

    @Test func escapedHTMLIsReadAsText() throws {
        let document = try #require(vault.documents["VR-2014-017"])
        let html = try vault.export("VR-2014-017", .state, as: .html)
            .replacingOccurrences(of: "</main>", with: "<p>Aibek&#32;Sad&#x79;kov</p></main>")
        let error = #expect(throws: LeakError.self) {
            try scanner.scan(html, format: .html, fileName: "x.html", document: document, audience: .state)
        }
        #expect(error?.hits.isEmpty == false)
        #expect(error?.hits.allSatisfy { $0.personID == "D-0042" } == true)
        #expect(error?.hits.contains { $0.view == "export text" } == true)
    }

    @Test(arguments: ["{.internal}", "::: internal", "see @D-0042"])
    func markupResidueIsCaught(residue: String) throws {
        let document = try #require(vault.documents["VR-2014-017"])
        let text = try vault.export("VR-2014-017", .state) + "\n\(residue)\n"
        let error = #expect(throws: LeakError.self) {
            try scanner.scan(text, format: .markdown, fileName: "x.md", document: document, audience: .state)
        }
        #expect(error?.hits.map(\.rule) == [.markupResidue])
    }

    @Test func theFileNameIsScanned() throws {
        let document = try #require(vault.documents["VR-2014-017"])
        let error = #expect(throws: LeakError.self) {
            try scanner.scan(vault.export("VR-2014-017", .state), format: .markdown, fileName: "VR-2014-017_Aibek_Sadykov.state.md",
                             document: document, audience: .state)
        }
        #expect(error?.hits.isEmpty == false)
        #expect(error?.hits.allSatisfy { $0.view == "file name" } == true)
    }

    @Test func unreadableOrEmptyExportsAreRefused() throws {
        let document = try #require(vault.documents["VR-2014-017"])
        #expect(throws: LeakError.self) { try scanner.scan("{not json", format: .json, fileName: "x", document: document, audience: .state) }
        #expect(throws: LeakError.self) { try scanner.scan(" \n", format: .markdown, fileName: "x", document: document, audience: .state) }
    }

    @Test func shortWithheldPiecesAndMarkersDoNotTrigger() throws {
        let document = try Fixture.parse(front: "level: state\n", body: "Held in [cell 7]{.internal} for two days.\n\nHeld in cell 7 as well.\n")
        let text = try vault.projector.project(document, for: .state).rendered(as: .markdown)
        try scanner.scan(text, format: .markdown, fileName: "x.md", document: document, audience: .state)
    }
}

@Suite struct RegistryGapTests {
    /// A vault that forgot to register the document's own persons still
    /// protects them: the projector refuses the reference, and the scan
    /// catches a written-out name.
    @Test func personsOfTheExportedDocumentAreProtectedEvenIfUnregistered() throws {
        let front = "level: state\npersons:\n  W-5:\n    name: Bolot Tashiev\n    role: witness\n"
        let document = try Fixture.parse(front: front, body: "Bolot Tashiev and @W-5 spoke.\n")
        let empty = try PersonRegistry(persons: [])
        let projector = Projector(policy: Fixture.policy, registry: empty, names: ExactNameFinder(persons: []), sensitive: [])
        let text = try projector.project(document, for: .state).rendered(as: .markdown)
        #expect(text.contains("Bolot Tashiev and Witness A spoke."))
        let scanner = LeakScanner(policy: Fixture.policy, registry: empty, names: ExactNameFinder(persons: []), sensitive: [])
        let error = #expect(throws: LeakError.self) {
            try scanner.scan(text, format: .markdown, fileName: "x.md", document: document, audience: .state)
        }
        #expect(Set(error?.hits.map(\.personID) ?? []) == ["W-5"])
    }
}
